// Debian's Chromium with the flags every Pelita browser run uses (no sandbox in a container,
// no GPU, and no background traffic to Google services that would disturb the figures).
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
