#!/usr/bin/env bash
# The page's wasm, split: the first screens in the main module, the other
# screens in chunks fetched when they are opened (src/lazy.rs). Trunk's own
# wasm step cannot split (trunk issue 1022), so this script does it, the way
# wasm_split_cli_support's authors intend:
#  1. cargo builds the crate, for a split build with its `split` feature and
#     the linker's relocations kept (`--emit-relocs`), so that code can be
#     moved between modules;
#  2. wasm-split-cli cuts out each `#[wasm_split]` function with what only it
#     reaches, and writes the link module (__wasm_split.js) that fetches
#     them;
#  3. wasm-bindgen makes the main module's glue, keeping the exports the
#     chunks link against (`--keep-lld-exports`);
#  4. wasm-opt -Oz shrinks every module.
#
# Usage: build-wasm.sh [PACKAGE OUT_DIR [split|whole]]
# By default the embed crate, split, into target/rebound-wasm/ (which
# scripts/finish-dist.mjs names by content and puts into dist/). The
# benchmark's floor (bench/floor) is built whole by the same steps.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

PACKAGE=${1:-rebound-embed}
OUT=${2:-target/rebound-wasm}
MODE=${3:-split}
NAME=${PACKAGE//_/-}
RAW=target/wasm32-unknown-unknown/release/${PACKAGE//-/_}.wasm

rm -rf "$OUT" "$OUT.split"
mkdir -p "$OUT" "$OUT.split"
if [ "$MODE" = split ]; then
  cargo rustc --quiet -p "$PACKAGE" --release --target wasm32-unknown-unknown \
    --features split -- -Clink-args=--emit-relocs
  wasm-split-cli --out-name "$NAME" "$RAW" "$OUT.split"
  cp "$OUT.split/__wasm_split.js" "$OUT/"
  BINDGEN_SPLIT=(--keep-lld-exports)
else
  cargo build --quiet -p "$PACKAGE" --release --target wasm32-unknown-unknown
  cp "$RAW" "$OUT.split/$NAME.wasm"
  BINDGEN_SPLIT=()
fi
wasm-bindgen --target web "${BINDGEN_SPLIT[@]}" --no-typescript \
  --out-dir "$OUT" --out-name "$NAME" "$OUT.split/$NAME.wasm"

# wasm-opt drops the name section's newer subsections, which it cannot
# read, and says so once per module: that warning is all it says here.
opt() { wasm-opt -Oz "$1" -o "$2" 2> >(grep -v 'unknown name subsection' >&2); }
opt "$OUT/${NAME}_bg.wasm" "$OUT/${NAME}_bg.wasm"
for chunk in "$OUT.split"/split_*.wasm "$OUT.split"/chunk_*.wasm; do
  [ -e "$chunk" ] || continue
  opt "$chunk" "$OUT/$(basename "$chunk")"
done
# The modules as split, function names still in them, for
# `make wasm-bytes` (scripts/wasm-bytes.mjs): where the bytes go.
rm -rf "$OUT.names"
mv "$OUT.split" "$OUT.names"
