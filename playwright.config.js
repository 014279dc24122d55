// End-to-end tests against the release build in dist/, served like production.
// Debian's Chromium, never a downloaded browser.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./bench/chromium.mjs";

// E2E_DIST and E2E_PORT let several builds be tested side by side.
const port = Number(process.env.E2E_PORT ?? 8091);
const dist = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: "phone", use: { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true } },
    { name: "kiosk", use: { viewport: { width: 1080, height: 1920 }, hasTouch: true } },
  ],
  webServer: {
    command: `node scripts/serve.mjs ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
