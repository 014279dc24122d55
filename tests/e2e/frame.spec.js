// The frame on every page: the embassy's hotline WhatsApp first (its hotlines are WhatsApp
// lines), an ordinary call second that says it may not be answered, quick exit and the way to
// the help message, all in at most 170 px of a phone's 800.
import { test, expect, appReady, HOTLINE, HOTLINE_CALL } from "./fixtures.js";

const FRAME_MAX_PX = 170;

test("on a phone the header and hotline bar take at most 170 px, with the hotline, quick exit and help message", async ({ page }, info) => {
  test.skip(info.project.name !== "phone", "a phone's screen");
  for (const path of ["/", "/panduan/paspor-ditahan", "/kontak/kbri-phnom-penh", "/cari"]) {
    await page.goto(path);
    await appReady(page);
    const bottom = await page.locator("section.hotline").evaluate((bar) => bar.getBoundingClientRect().bottom);
    expect(bottom, `${path}: header and hotline bar end at ${bottom} px`).toBeLessThanOrEqual(FRAME_MAX_PX);
    for (const part of [page.locator(".hotline").locator(HOTLINE), page.getByTestId("quick-exit"), page.getByTestId("help-message-link")]) {
      await expect(part, path).toBeInViewport();
    }
  }
});

test("the first link to the hotline is its WhatsApp, on the home page, a guide and the embassy's card", async ({ page }) => {
  const hotline = /^(https:\/\/wa\.me\/85512813282|tel:\+?85512813282)$/;
  for (const path of ["/", "/panduan/paspor-ditahan", "/kontak/kbri-phnom-penh"]) {
    for (const scope of ["body", "main"]) {
      await page.goto(path);
      await appReady(page);
      const first = await page.locator(`${scope} a[href]`).evaluateAll(
        (links, pattern) => links.map((a) => a.getAttribute("href")).find((href) => new RegExp(pattern).test(href)),
        hotline.source,
      );
      if (scope === "main" && path === "/") continue; // the home page's own content names no number
      expect(first, `${path} (${scope})`).toBe("https://wa.me/85512813282");
    }
  }
  // The ordinary call is still there, second, and says it may not be answered.
  await page.goto("/");
  await appReady(page);
  await expect(page.locator(".hotline").locator(HOTLINE_CALL)).toHaveAttribute("aria-label", /tidak diangkat/);
});

test("the drawn page shows the same WhatsApp-first hotline before the app starts", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseURL + "/panduan/di-kbri");
  const links = page.locator(".hotline a");
  await expect(links.first()).toHaveAttribute("href", "https://wa.me/85512813282");
  await expect(links.nth(1)).toHaveAttribute("href", "tel:+85512813282");
  await context.close();
});
