#!/bin/sh
# Starts Pelita full screen on the embassy's waiting-room kiosk with Debian's Chromium.
# What a visitor may not do (other sites, downloads, developer tools, ...) is enforced by the
# managed policy that install.sh writes; these switches shape the screen and the gestures.
#
# Settings, from the environment (pelita-kiosk.service sets PELITA_URL):
#   PELITA_URL      the origin the kiosk opens (default http://127.0.0.1:8080: nginx on this
#                   machine, deploy/nginx.conf); the one install.sh allowed
#   PELITA_PROFILE  Chromium's profile (default ~/.config/pelita-kiosk)
#   CHROMIUM        the browser (default /usr/bin/chromium, Debian's package)
# Any arguments are passed on to Chromium (a kiosk needs none; the test adds its own).
set -eu

url=${PELITA_URL:-http://127.0.0.1:8080}
url=${url%/}
profile=${PELITA_PROFILE:-${XDG_CONFIG_HOME:-$HOME/.config}/pelita-kiosk}
policy=/etc/chromium/policies/managed/pelita-kiosk.json

# Without the policy any site could be opened and anything downloaded: refuse to start, so a
# half-installed kiosk shows the desktop instead of an open browser. The same when the policy
# allows another origin (every page would be "blocked by the administrator").
# PELITA_KIOSK_NO_POLICY=1 skips this; only tests/kiosk-launch uses it, where it cannot
# install the policy.
if [ "${PELITA_KIOSK_NO_POLICY:-}" != 1 ]; then
  allow="${url%%://*}://.${url#*://}"
  if [ ! -f "$policy" ]; then
    echo "pelita-kiosk: $policy is missing: run deploy/kiosk/install.sh $url" >&2
    exit 1
  elif ! grep -qF "\"$allow\"" "$policy"; then
    echo "pelita-kiosk: $policy does not allow $url: run deploy/kiosk/install.sh $url" >&2
    exit 1
  fi
fi

# A persistent profile, not --incognito: the service worker's offline copy of Pelita lives in
# it, and must survive a restart or a power cut while the internet is down. It holds nothing
# about visitors: kiosk mode stores nothing, and the policy turns off history, passwords and
# autofill.
mkdir -p "$profile"

# --kiosk                  full screen, no address bar, tabs or menus
# --no-first-run, --no-default-browser-check
#                          no welcome page or "make default" bar (Debian's wrapper adds the
#                          second too; repeated here for other builds)
# --noerrdialogs           no error dialogs over the page
# --hide-crash-restore-bubble
#                          no "restore pages?" bubble after a power cut
# --disable-pinch          no pinch zoom by the browser, whatever the page asks for
# --overscroll-history-navigation=0, --disable-features=TouchpadOverscrollHistoryNavigation
#                          no swipe back or forward; Pelita itself replaces history entries in
#                          kiosk mode, so Back has nothing to return to
# --pull-to-refresh=0      no reload when a visitor drags down at the top of a page
# --disable-features=Translate
#                          no translate bubble (the policy turns translation off as well)
# --deny-permission-prompts
#                          any permission request is refused at once, never a prompt for the
#                          next stranger to answer
# --password-store=basic   never a desktop keyring's "unlock" dialog
exec "${CHROMIUM:-/usr/bin/chromium}" \
  --kiosk \
  --no-first-run \
  --no-default-browser-check \
  --noerrdialogs \
  --hide-crash-restore-bubble \
  --disable-pinch \
  --overscroll-history-navigation=0 \
  --pull-to-refresh=0 \
  --disable-features=TouchpadOverscrollHistoryNavigation,Translate \
  --deny-permission-prompts \
  --password-store=basic \
  --user-data-dir="$profile" \
  "$@" \
  "$url/?kiosk=1"
