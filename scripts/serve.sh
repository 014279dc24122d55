#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 (deep links fall back to
# index.html). Installs whatever is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools build
build_release
say "serving dist/ on http://127.0.0.1:${PORT:-8080} (Ctrl-C stops)"
exec node "$ROOT/scripts/serve.mjs" "$ROOT/dist" "${PORT:-8080}"
