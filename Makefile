# The two commands the README promises: `make serve` and `make test`.
# Both set up what is missing first (scripts/setup.sh is idempotent).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: setup build serve test lint unit browser e2e engines bench ux reading-sheet wasm-bytes check-host

setup:
	@bash scripts/setup.sh

build: setup
	bash scripts/build.sh

serve: build
	node scripts/serve.mjs

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --quiet -- -D warnings
	cargo clippy --workspace --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p rebound --quiet --target wasm32-unknown-unknown --features split -- -D warnings

unit:
	cargo test --workspace --quiet

browser:
	cargo test --target wasm32-unknown-unknown --test browser --test webcrypto

# Every end-to-end file; e2e/field.test.mjs runs in Chromium, Firefox and WebKit.
e2e:
	node --test --test-concurrency=1 e2e/

# The cross-engine suite alone, after `make build`: `make engines ENGINES=webkit`
# (or firefox, chromium, or a comma-separated list; all three by default).
engines:
	node --test --test-concurrency=1 e2e/field.test.mjs

test: setup
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory unit
	$(MAKE) --no-print-directory browser
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory e2e

# Not part of `make test`: prints figures and budgets, never fails on them.
bench: setup
	$(MAKE) --no-print-directory build
	node bench/bench.mjs
	node bench/lock.mjs

# Not part of `make test`: per screen at 375 px, height, words before the
# first control, where it starts, targets under 44 px.
ux: setup
	$(MAKE) --no-print-directory build
	node bench/ux.mjs

# Writes docs/reading-sheet.md anew from the catalogs (every message in
# every language, filled in, plurals at 0, 1, 2 and 5, every letter as
# sent). `make unit` fails while the sheet is behind its catalogs.
reading-sheet:
	REBOUND_WRITE_SHEET=1 cargo test --quiet --test reading_sheet the_reading_sheet_is_current

# Where the wasm's bytes go, by screen and by crate (README, "Where the bytes
# go"). twiggy reads the names the split modules still carry.
wasm-bytes: build
	@twiggy --version 2>/dev/null | grep -q " 0.8.0$$" || cargo install -q --locked --force twiggy --version 0.8.0
	node scripts/wasm-bytes.mjs

# A deployed Rebound's headers: make check-host URL=https://your.host/rebound/
check-host:
	@[ -n "$(URL)" ] || { echo "usage: make check-host URL=https://your.host/rebound/"; exit 2; }
	node scripts/check-host.mjs "$(URL)"
