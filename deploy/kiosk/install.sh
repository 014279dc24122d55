#!/bin/sh
# Installs Pelita's kiosk policy for Debian's Chromium: policies/pelita-kiosk.json with its
# allowlist set to the one origin the kiosk opens. Chromium reads the policies in
# /etc/chromium/policies/managed for every profile of every user on the machine, so run this
# on the kiosk machine only.
#
#   sudo deploy/kiosk/install.sh http://127.0.0.1:8080      nginx on the kiosk itself
#   sudo deploy/kiosk/install.sh https://pelita.example     the public site
#
# PELITA_POLICY_DIR=<dir> writes into another directory (the test does, to check the result
# without touching /etc). Restart Chromium afterwards (systemctl --user restart pelita-kiosk).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
dir=${PELITA_POLICY_DIR:-/etc/chromium/policies/managed}
origin=${1:?usage: install.sh <the origin the kiosk opens, e.g. https://pelita.example>}
origin=${origin%/}

fail() { echo "install.sh: $origin: $*" >&2; exit 2; }

# Service workers, which keep Pelita's offline copy, run only on https or on this machine.
case $origin in
  https://*) ;;
  http://localhost | http://localhost:* | http://127.0.0.1 | http://127.0.0.1:*) ;;
  http://*) fail "plain http works offline only on this machine: use https, or http://127.0.0.1:<port>" ;;
  *) fail "not an http(s) origin" ;;
esac
scheme=${origin%%://*}
hostport=${origin#*://}
# An origin only: no path, no user, no wildcard (the allowlist must name one site exactly).
printf '%s\n' "$hostport" | grep -Eqx '[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?' ||
  fail "expected scheme://host[:port] with nothing after it"

# Chromium's URL filter format: a "." before the host matches that host only, not its
# subdomains; a port, when given, matches that port only.
allow="$scheme://.$hostport"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sed "s|@PELITA_ALLOW@|$allow|" "$here/policies/pelita-kiosk.json" > "$tmp"
install -D -m 644 "$tmp" "$dir/pelita-kiosk.json"
echo "wrote $dir/pelita-kiosk.json: Chromium may open $origin and nothing else"
