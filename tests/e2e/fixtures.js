// A page fixture that fails the test on any console error, uncaught exception or request to
// another host: Pelita must never talk to anyone but its own origin.
import { test as base, expect } from "@playwright/test";

/** What a stubbed host answers: an empty page, so a test never touches the real site. */
const STUB_PAGE = "<!doctype html><html lang=en><title>Stub</title><p>Stub</p></html>";

export const test = base.extend({
  // Hosts a test navigates to on purpose (quick exit's neutral site). The fixture answers them
  // itself with a stub page, so even these requests never leave the machine.
  stubHosts: [[], { option: true }],
  page: async ({ page, baseURL, stubHosts }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    for (const host of stubHosts) {
      await page.route(`https://${host}/**`, (route) => route.fulfill({ contentType: "text/html", body: STUB_PAGE }));
    }
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("request", (req) => {
      const url = req.url();
      if (!/^https?:/.test(url)) return;
      const target = new URL(url);
      if (target.origin !== origin && !stubHosts.includes(target.host)) problems.push(`third-party request: ${url}`);
    });
    await use(page);
    expect(problems, problems.join("\n")).toEqual([]);
  },
});

export { expect };

/** Waits until the app (not the static boot frame) has rendered the current route. */
export async function appReady(page) {
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator(".loading")).toHaveCount(0);
}

/** The embassy's protection hotline on WhatsApp: the first action everywhere. */
export const HOTLINE = 'a[href="https://wa.me/85512813282"]';
/** The same hotline as an ordinary call, offered second. */
export const HOTLINE_CALL = 'a[href="tel:+85512813282"]';
