#!/usr/bin/env bash
# Release build of the static page into dist/: Trunk (cargo, wasm-bindgen,
# wasm-opt -Oz), then move Trunk's inline loader into dist/boot.js so the
# page's Content-Security-Policy needs no 'unsafe-inline' for scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --no-color "$@"
node scripts/extract-boot.mjs dist/index.html
