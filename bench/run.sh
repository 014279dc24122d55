#!/usr/bin/env bash
# Prints Pelita's performance report: first-load bytes, Lighthouse's mobile scores, the time
# to a tappable hotline on a throttled phone, and search speed in the browser (against
# MiniSearch) and natively. Figures only: nothing here fails on a time.
#
# Builds the release app and the search benchmark's wasm into $PERF_OUT (default
# /tmp/pelita-perf), leaving dist/ alone. About five minutes after the first build.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/tools.sh"
ensure_build_tools
ensure_chromium
OUT=${PERF_OUT:-/tmp/pelita-perf}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
cd "$ROOT"

build_release "$OUT/dist"

say "building the search engine alone for the browser (examples/search_wasm.rs)"
cargo build --release --offline --example search_wasm --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir "$OUT/search-wasm" \
  "$TARGET/wasm32-unknown-unknown/release/examples/search_wasm.wasm"
# The app's own wasm-opt pass (index.html), so the engine is timed as it ships.
read -ra OPT_PARAMS <<< "$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
wasm-opt -Oz "${OPT_PARAMS[@]}" "$OUT/search-wasm/search_wasm_bg.wasm" -o "$OUT/search-wasm/search_wasm_bg.wasm"

node bench/perf.mjs "$OUT/dist" "$OUT/search-wasm"

printf '\n## Search natively (cargo bench --bench search)\n\n'
cargo bench --offline --quiet --bench search
