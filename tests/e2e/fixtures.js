// A page fixture that fails the test on any console error, uncaught exception or request to
// another host: Pelita must never talk to anyone but its own origin.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("request", (req) => {
      const url = req.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
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

export const HOTLINE = 'a[href="tel:+85512813282"]';
