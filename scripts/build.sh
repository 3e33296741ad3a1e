#!/usr/bin/env bash
# Release build into dist/: one main wasm with its chunks, one glue, one
# stylesheet for the hosted page, a board's iframe and the inline embed alike.
#  - scripts/build-wasm.sh builds the embed crate (embed/, a thin cdylib over
#    the library) split into a main module and chunks fetched on demand;
#  - Trunk builds the page and its stylesheets;
#  - the catalogs, i18n/*.json, one per language (scripts/build-i18n.mjs),
#    and embed.js, the boards' loader;
#  - scripts/finish-dist.mjs: one stylesheet, start.js, the first screen
#    prerendered per language, the service worker, manifest and icons,
#    precompressed copies;
#  - the npm package (wasm-pack, the same crate) in embed/pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The wasm knows its catalogs' version, so a cached old catalog never meets it.
REBOUND_CATALOG_VERSION="$(node scripts/build-i18n.mjs --version)"
export REBOUND_CATALOG_VERSION
trunk build --release --no-color "$@"
bash scripts/build-wasm.sh

# The loader is hand-written for reading; what ships is minified (budget: 2 KB gzipped).
terser embed/embed.js --compress --mangle --comments '/^!/' --output dist/embed.js
node scripts/build-i18n.mjs dist
node scripts/finish-dist.mjs dist

# The npm package, from the same crate; its README says where the catalogs go.
wasm-pack --quiet build embed --target web --release --mode no-install \
  --out-dir pkg --out-name rebound_embed
terser embed/pkg/rebound_embed.js --module --compress --mangle --output embed/pkg/rebound_embed.js
