#!/usr/bin/env bash
# Runs every test layer: native Rust, wasm in headless Chromium, Playwright end-to-end against
# the release build, and the same build in Firefox ESR and WebKitGTK through WebDriver.
# Installs whatever is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
ensure_chromium
ensure_nginx
ensure_engines
cd "$ROOT"

say "1/4 lints and native tests (cargo clippy for both targets, cargo test)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings
cargo test

say "2/4 browser tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test browser

build_release

say "size budget: brotli first load of dist/ against bench/budget.json"
node bench/budget.mjs dist

say "kiosk: deploy/kiosk/ with Debian's Chromium and its managed policy"
node tests/kiosk-launch/run.mjs dist

say "3/4 end-to-end tests (Playwright, release build; offline, updates, and deploy/nginx.conf in Debian's nginx)"
npx playwright test

say "4/4 cross-engine tests (Firefox ESR and WebKitGTK through WebDriver)"
node tests/engines/run.mjs
