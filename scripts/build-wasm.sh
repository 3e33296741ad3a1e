#!/usr/bin/env bash
# The page's wasm, split: the first screens in the main module, the other
# screens in chunks fetched when they are opened (src/lazy.rs). Trunk's own
# wasm step cannot split (trunk issue 1022), so this script does it, the way
# wasm_split_cli_support's authors intend:
#  1. cargo builds the embed crate with the `split` feature, keeping the
#     linker's relocations (`--emit-relocs`) so code can be moved between
#     modules;
#  2. wasm-split-cli cuts out each `#[wasm_split]` function with what only it
#     reaches, and writes the link module (__wasm_split.js) that fetches
#     them;
#  3. wasm-bindgen makes the main module's glue, keeping the exports the
#     chunks link against (`--keep-lld-exports`);
#  4. wasm-opt -Oz shrinks every module.
# Output: target/rebound-wasm/, which scripts/finish-dist.mjs names by
# content and puts into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

OUT=target/rebound-wasm
RAW=target/wasm32-unknown-unknown/release/rebound_embed.wasm

cargo rustc --quiet -p rebound-embed --release --target wasm32-unknown-unknown \
  --features split -- -Clink-args=--emit-relocs

rm -rf "$OUT" "$OUT.split"
mkdir -p "$OUT" "$OUT.split"
wasm-split-cli --out-name rebound-embed "$RAW" "$OUT.split"
wasm-bindgen --target web --keep-lld-exports --no-typescript \
  --out-dir "$OUT" --out-name rebound-embed "$OUT.split/rebound-embed.wasm"
cp "$OUT.split/__wasm_split.js" "$OUT/"

# wasm-opt warns about the name section's newer subsections it does not
# read (it drops them), once per module: that is all it says here.
wasm-opt -Oz "$OUT/rebound-embed_bg.wasm" -o "$OUT/rebound-embed_bg.wasm" 2> >(grep -v 'unknown name subsection' >&2)
for chunk in "$OUT.split"/split_*.wasm "$OUT.split"/chunk_*.wasm; do
  [ -e "$chunk" ] || continue
  wasm-opt -Oz "$chunk" -o "$OUT/$(basename "$chunk")" 2> >(grep -v 'unknown name subsection' >&2)
done
rm -rf "$OUT.split"
