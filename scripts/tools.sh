# Installs what Pelita's build and tests need, skipping whatever is already there at the right
# version. Sourced by serve.sh and test.sh; every tool comes from a package registry.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRUNK_VERSION=0.21.14
# The newest geckodriver on crates.io on 2026-12-01; it builds with Rust 1.95.
GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m[pelita]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# Stops when an installed tool does not answer with the version the recipe asked for.
check_version() {
  local got
  got=$("$1" --version 2>/dev/null | head -n 1)
  if [ "$got" != "$2" ]; then
    say "after installing, $1 --version says '$got', not '$2'"
    exit 1
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then return; fi
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
  check_version trunk "trunk $TRUNK_VERSION"
}

# The CLI must match the wasm-bindgen library in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want
  want=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ] &&
     command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  say "installing wasm-bindgen-cli $want"
  # Without --locked: the CLI's own lock file does not resolve against today's index. The
  # version is checked instead, so a resolver surprise stops here, not in a broken build.
  cargo install wasm-bindgen-cli --version "$want" --force
  check_version wasm-bindgen "wasm-bindgen $want"
  check_version wasm-bindgen-test-runner "wasm-bindgen-test-runner $want"
}

# npm ci only when package-lock.json changed since the last install. `build` installs only
# what the release build runs (package.json's dependencies: binaryen's wasm-opt, esbuild);
# `all` adds the test tools (devDependencies: Playwright, Lighthouse, axe, MiniSearch).
ensure_node_modules() {
  local what=${1:-all}
  local stamp="$ROOT/node_modules/.pelita-lock.sha256"
  local lock want
  lock=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  want="$lock $what"
  # Everything installed serves a build too.
  if [ -f "$stamp" ] && { [ "$(cat "$stamp")" = "$want" ] || [ "$(cat "$stamp")" = "$lock all" ]; }; then return; fi
  if [ "$what" = build ]; then
    say "installing the build's node tools (npm ci --omit=dev)"
    (cd "$ROOT" && npm ci --omit=dev --no-audit --no-fund)
  else
    say "installing node build and test tools (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
  echo "$want" > "$stamp"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "installing Debian chromium and chromium-driver"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
}

# nginx with the module that serves the build's .br copies, for deploy/nginx.conf's test.
ensure_nginx() {
  if [ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then return; fi
  say "installing Debian nginx and its brotli_static module"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx libnginx-mod-http-brotli-static
}

# The cross-engine layer (tests/engines/): Debian's Firefox ESR, and WebKitGTK's WebDriver
# server (which brings MiniBrowser) with xvfb for its window; geckodriver, which Debian does not
# package, from crates.io.
ensure_engines() {
  local missing=()
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x /usr/bin/xvfb-run ] || missing+=(xvfb)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 13 minutes on 2 cores)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
    check_version geckodriver "geckodriver $GECKODRIVER_VERSION"
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_node_modules "${1:-all}"
  ensure_trunk
  ensure_wasm_bindgen
  # Trunk must never download a tool: the versions pinned in Trunk.toml have to be on PATH.
  say "tools: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
}

# Builds the release app into dist/, or into the directory given: with the pinned nightly Rust
# when it can (a smaller wasm, bench/SIZE.md), else with stable. PELITA_NIGHTLY=0 skips nightly.
# Sets PELITA_TOOLCHAIN (nightly or stable) for the size budget, which differs between the two.
build_release() {
  local dist=${1:-$ROOT/dist}
  # wasm-bindgen adds its snippets to Trunk's staging folder and never removes one the code
  # no longer has; Trunk would ship (and the worker precache) every one left from earlier.
  rm -rf "${CARGO_TARGET_DIR:-$ROOT/target}"/{,nightly/}wasm-bindgen/release/snippets
  if [ "${PELITA_NIGHTLY:-1}" != 0 ] && build_release_nightly "$dist"; then
    export PELITA_TOOLCHAIN=nightly
  else
    say "building the release app into $dist with stable Rust"
    (cd "$ROOT" && trunk build --release --offline --dist "$dist")
    export PELITA_TOOLCHAIN=stable
  fi
  prerender_pages "$dist"
}

# Draws a real HTML page for every address into the finished build, with the app's own views
# run natively (src/bin/prerender.rs), then finishes the build again so the pages get the
# stylesheet's hash, a place in the service worker's version, and their compressed copies.
prerender_pages() {
  local dist=$1
  say "drawing every page into $dist"
  (cd "$ROOT" && cargo run --quiet --bin prerender -- "$dist" && node scripts/post-build.mjs "$dist")
}

# One nightly, pinned so a build is the same tomorrow. It rebuilds the standard library for
# size and makes panics abort at once. Installs it with rust-src through rustup when missing;
# any failure falls back to the stable build.
NIGHTLY=nightly-2026-10-30
# The workspace's rustflags (.cargo/config.toml) give way to RUSTFLAGS, so they are repeated.
# Panics abort at once, and carry no source locations or Debug text (nothing would print them).
NIGHTLY_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"

build_release_nightly() {
  local dist=$1
  if ! rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src'; then
    say "installing $NIGHTLY with rust-src (PELITA_NIGHTLY=0 builds with stable only)"
    rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown ||
      { say "$NIGHTLY is not available; building with stable"; return 1; }
  fi
  say "building the release app into $dist with $NIGHTLY"
  # The standard library's own dependencies come from crates.io: fetch them before the
  # offline build.
  (cd "$ROOT" &&
    export RUSTUP_TOOLCHAIN=$NIGHTLY CARGO_UNSTABLE_BUILD_STD=std,panic_abort &&
    cargo fetch --target wasm32-unknown-unknown &&
    RUSTFLAGS=$NIGHTLY_RUSTFLAGS \
    CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/nightly" \
    trunk build --release --offline --dist "$dist") ||
    { say "the nightly build failed; building with stable"; return 1; }
}
