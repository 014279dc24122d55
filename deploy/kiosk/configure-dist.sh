#!/bin/sh
# Makes a built Pelita the kiosk's own: kiosk mode on for every visitor, and Pelita's public
# address, which the QR codes carry to visitors' phones. Then finishes the build again
# (scripts/post-build.mjs), so every page gets index.html's head and the service worker a new
# version. Needs the Pelita source with `npm ci` done.
#
#   deploy/kiosk/configure-dist.sh dist https://pelita.example
#
# Run it on every new dist/ before serving it: a fresh build has kiosk mode off.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
dist=${1:?usage: configure-dist.sh <dist dir> <public https address>}
url=${2:?usage: configure-dist.sh <dist dir> <public https address>}
url=${url%/}

fail() { echo "configure-dist.sh: $*" >&2; exit 2; }

# A phone that scans a QR code is not on the kiosk or the embassy's network: the address must
# be the public https one, never localhost, a LAN name or an IP address.
case $url in
  https://*) ;;
  *) fail "$url: the public address starts with https://" ;;
esac
hostport=${url#https://}
host=${hostport%%:*}
printf '%s\n' "$hostport" | grep -Eqx '[A-Za-z0-9.-]+(:[0-9]{1,5})?' || fail "$url: expected https://host with nothing after it"
case $host in
  localhost | *.localhost | *.local | *.lan | *.home | *.internal | *.home.arpa) fail "$url is not a public address" ;;
  *.*) ;;
  *) fail "$url is not a public address" ;;
esac
printf '%s\n' "$host" | grep -Eqx '[0-9.]+' && fail "$url is an IP address: use Pelita's public name"
[ -f "$dist/index.html" ] || fail "$dist/index.html not found"

kiosk='<meta name="pelita-kiosk" content="on">'
public="<meta name=\"pelita-public-url\" content=\"$url\">"
sed -i -e "s|<meta name=\"pelita-kiosk\" content=\"[^\"]*\">|$kiosk|" \
  -e "s|<meta name=\"pelita-public-url\" content=\"[^\"]*\">|$public|" "$dist/index.html"
grep -qF "$kiosk" "$dist/index.html" && grep -qF "$public" "$dist/index.html" ||
  fail "$dist/index.html: the pelita-kiosk and pelita-public-url meta tags were not found"

node "$root/scripts/post-build.mjs" "$dist"
echo "configured $dist: kiosk mode on, public address $url"
