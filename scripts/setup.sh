#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently: a warm
# machine skips what is already there at the right version. Nothing here
# downloads a prebuilt binary (the network may reach only package
# registries): Rust tools are built with cargo at pinned versions, browsers
# and drivers come from Debian's packages, JavaScript tools from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_PACK_VERSION=0.15.1
# The splitter for the page's wasm (scripts/build-wasm.sh); it reads what
# wasm_split_helpers (Cargo.toml, pinned to match) marks.
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock, or the
# generated glue does not match the wasm.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy

# The three engines the tests run in, all from Debian (never a downloaded
# browser build): Chromium, Firefox ESR (Gecko, driven over WebDriver BiDi) and
# WebKitGTK (Safari's engine, through WebKitWebDriver under a virtual display).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
# The web servers the shipped configurations are tested on (deploy/,
# e2e/hosting.test.mjs), started by the tests on free ports only.
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
[ -x /usr/bin/caddy ] || missing+=(caddy)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing from Debian: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Installed, not started: no service of ours runs on this machine's
  # ports (policy-rc.d 101 tells the packages' scripts not to start them).
  policy=/usr/sbin/policy-rc.d
  created_policy=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; created_policy=1
    # Gone again even if apt fails: it would stop every service start.
    trap 'rm -f "$policy"' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -z "$created_policy" ] || { rm -f "$policy"; trap - EXIT; }
fi
# Debian's binaryen (108) cannot read what this rustc emits; the npm one is used.
if [ -x /usr/bin/wasm-opt ]; then
  say "WARNING: /usr/bin/wasm-opt is Debian's old binaryen; node_modules/.bin comes first on PATH in the Makefile"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

installed_version() { "$1" --version 2>/dev/null | awk '{print $2}'; }

if [ "$(installed_version wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Its own lock file pins webpki-roots 1.0.11, which the registry here lacks.
  cargo info "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" >/dev/null 2>&1 || true
  src=$(ls -d "$HOME"/.cargo/registry/src/*/"wasm-bindgen-cli-$WASM_BINDGEN_VERSION" | head -n 1)
  work=$(mktemp -d)
  cp -r "$src" "$work/wbg"
  (cd "$work/wbg" && cargo update -q -p webpki-roots --precise 1.0.10 && cargo install -q --locked --force --path .)
  rm -rf "$work"
fi

if [ "$(installed_version trunk)" != "$TRUNK_VERSION" ]; then
  say "building trunk $TRUNK_VERSION (about 5 minutes on a fresh machine)"
  cargo install -q --locked --force trunk --version "$TRUNK_VERSION"
fi

if [ "$(installed_version wasm-pack)" != "$WASM_PACK_VERSION" ]; then
  say "building wasm-pack $WASM_PACK_VERSION"
  cargo install -q --locked --force wasm-pack --version "$WASM_PACK_VERSION"
fi

# wasm-split-cli has no --version: cargo's own record of installs says.
if ! grep -q "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "$HOME/.cargo/.crates.toml" 2>/dev/null; then
  say "building wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install -q --locked --force wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

say "all tools present"
