#!/usr/bin/env bash
# Release build into dist/:
#  - the static page (Trunk: cargo, wasm-bindgen, wasm-opt -Oz), with Trunk's
#    inline loader moved into boot.js so the page's CSP needs no 'unsafe-inline';
#  - the embeddable bundle (wasm-pack, the thin cdylib in embed/) as the npm
#    package in embed/pkg/, copied to dist/pkg/ for embed.js's inline mode;
#  - embed.js (the loader) and rebound.css (every stylesheet, for the shadow root);
#  - the catalogs, i18n/*.json, one per language (scripts/build-i18n.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The wasm knows its catalogs' version, so a cached old catalog never meets it.
REBOUND_CATALOG_VERSION="$(node scripts/build-i18n.mjs --version)"
export REBOUND_CATALOG_VERSION
trunk build --release --no-color "$@"
node scripts/extract-boot.mjs dist/index.html

# wasm-bindgen's JS glue ships minified as well (it is regenerated on every build).
for glue in dist/rebound-*.js; do terser "$glue" --module --compress --mangle --output "$glue"; done

wasm-pack --quiet build embed --target web --release --mode no-install \
  --out-dir pkg --out-name rebound_embed
mkdir -p dist/pkg
terser embed/pkg/rebound_embed.js --module --compress --mangle --output embed/pkg/rebound_embed.js
cp embed/pkg/rebound_embed.js embed/pkg/rebound_embed_bg.wasm dist/pkg/

# The same stylesheets, in the same order, as index.html links them.
sed -n 's/.*data-trunk rel="css" href="\([^"]*\)".*/\1/p' index.html | xargs cat > dist/rebound.css
# The loader is hand-written for reading; what ships is minified (budget: 2 KB gzipped).
terser embed/embed.js --compress --mangle --comments '/^!/' --output dist/embed.js
# The catalogs next to the wasm, and the loaders' part of them.
node scripts/build-i18n.mjs dist
