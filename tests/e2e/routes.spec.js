import { test, expect, appReady, HOTLINE, drawnAddresses, ownAddresses } from "./fixtures.js";

/** Spot checks of headings, by the addresses people were given before neutral ones. */
const HEADINGS = [
  ["/", "Informasi untuk WNI di Kamboja"],
  ["/darurat", "Darurat"],
  ["/kontak", "Kontak"],
  ["/kontak/kbri-phnom-penh", "KBRI Phnom Penh"],
  ["/panduan", "Panduan"],
  ["/panduan/paspor-ditahan", "Paspor"],
  ["/cek", "Daftar cek"],
  ["/cari?q=paspor", "Cari"],
  ["/tentang", "Tentang Pelita"],
  ["/en", "Information for Indonesians"],
  ["/en/panduan/paspor-ditahan", "Passport"],
];

test("home opens with the embassy hotline as a tap-to-call link", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const call = page.locator(HOTLINE).first();
  await expect(call).toBeVisible();
  await expect(call).toContainText("+855 12 813 282");
  const box = await call.boundingBox();
  expect(box.y + box.height).toBeLessThan(page.viewportSize().height / 2);
  await expect(page.locator('a[href="https://wa.me/85512813282"]').first()).toBeVisible();
});

test("the static page shows the hotline before and without the app", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseURL + "/panduan/paspor-ditahan");
  await expect(page.locator(".hotline").locator(HOTLINE)).toBeVisible();
  await expect(page.getByTestId("help-message-link")).toBeVisible();
  await context.close();
});

test("the first paint is the largest: the app takes over the static page without repainting it later", async ({ page }) => {
  // A phone's CPU: the app starts while the first paint is still being recorded. Whether an
  // early start loses that record is a race, so the page is loaded a few times.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = [];
    // Whether each entry's element is the static page's (inside #boot, even once the app has
    // removed that block) or the app's.
    const entry = (e) => ({ time: e.startTime, staticPage: Boolean(e.element?.closest("#boot")), element: e.element?.outerHTML.slice(0, 60) });
    new PerformanceObserver((list) => window.__lcp.push(...list.getEntries().map(entry))).observe({
      type: "largest-contentful-paint",
      buffered: true,
    });
  });
  for (let load = 0; load < 4; load++) {
    await page.goto(`/?load=${load}`);
    await appReady(page);
    await page.waitForTimeout(200);
    const { lcp, fcp, code } = await page.evaluate(() => ({
      lcp: window.__lcp,
      fcp: performance.getEntriesByName("first-contentful-paint")[0].startTime,
      code: performance.getEntriesByType("resource").filter((r) => /\/pelita-[^/]*\.(js|wasm)$/.test(r.name)),
    }));
    // The first largest-contentful-paint entry is the static page's first paint, and every
    // entry is the static page's: the app's identical home opening adds none (public/loader.js
    // waits for the first entry). A slow parser may paint the static page in two frames.
    expect(lcp.length).toBeGreaterThan(0);
    expect(lcp[0].time, `load ${load}`).toBe(fcp);
    for (const e of lcp) expect(e.staticPage, `load ${load}: ${JSON.stringify(e)}`).toBe(true);
    // And the code is asked for only after that paint, not alongside it.
    expect(code.length).toBe(2);
    for (const request of code) expect(request.startTime, request.name).toBeGreaterThan(fcp);
  }
});

for (const [path, heading] of HEADINGS) {
  test(`route ${path} renders directly, with the hotline and the way to the help message`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator("main h1").first()).toContainText(heading);
    await expect(page.locator(".hotline").locator(HOTLINE)).toBeVisible();
    await expect(page.getByTestId("help-message-link")).toBeVisible();
  });
}

test("every address the build drew opens its page in its language, never not-found", async ({ page }) => {
  test.setTimeout(180_000);
  // Indonesian first: an English address is remembered as the person's choice (as `?lang=en`
  // always was), and would then lead the Indonesian ones to their English twins.
  const english = (path) => path.startsWith("/en");
  const addresses = drawnAddresses().sort((a, b) => english(a) - english(b));
  expect(addresses.length).toBeGreaterThan(100);
  for (const path of addresses) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator("main h1").first(), path).not.toHaveText(/Halaman tidak ditemukan|Page not found/);
    await expect(page.locator("html"), path).toHaveAttribute("lang", path.startsWith("/en") ? "en" : "id");
  }
});

test("Pelita's own links never show an address that tells what the page is about", async ({ page }) => {
  test.setTimeout(120_000);
  const telling = /^\/(en\/)?(panduan|kontak|cek)\/|^\/(en\/)?(darurat|langkah-pulang)(#|$)/;
  for (const path of [...ownAddresses("id"), ...ownAddresses("en")]) {
    await page.goto(path);
    await appReady(page);
    const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.filter((href) => telling.test(href)), path).toEqual([]);
  }
});

test("an unknown route shows not-found, and an unknown id too", async ({ page }) => {
  await page.goto("/tidak-ada/sama-sekali");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Halaman tidak ditemukan");
  await page.goto("/panduan/tidak-ada");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Halaman tidak ditemukan");
  await expect(page.locator(HOTLINE).first()).toBeVisible();
});

test("links navigate inside the app without reloading it", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => (window.__sameDocument = true));
  await page.locator("nav.tabs a[href='/kontak']").click();
  await expect(page).toHaveURL(/\/kontak$/);
  await expect(page.locator("main h1")).toHaveText("Kontak");
  await page.locator("main a.card").first().click();
  await expect(page.locator("main h1")).toContainText("KBRI Phnom Penh");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

test("Back and Forward change the page in place, and a new page starts at the top", async ({ page }) => {
  await page.goto("/panduan");
  await appReady(page);
  await page.evaluate(() => (window.__sameDocument = true));
  await page.locator("main a.card", { hasText: "Paspor ditahan" }).first().click();
  await expect(page.locator("main h1")).toContainText("Paspor");
  // Down the page, then to another page through a link: it opens at its top.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.locator("nav.tabs a[href='/kontak']").click();
  await expect(page.locator("main h1")).toHaveText("Kontak");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // The same page's link again adds no step to go back through.
  await page.locator("nav.tabs a[href='/kontak']").click();
  await page.goBack();
  await expect(page).toHaveURL(/\/p\/[a-z0-9]{3}$/);
  await expect(page.locator("main h1")).toContainText("Paspor");
  await page.goBack();
  await expect(page.locator("main h1")).toHaveText("Panduan");
  await page.goForward();
  await expect(page.locator("main h1")).toContainText("Paspor");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

test("a link opened in a new tab is left to the browser", async ({ page, context }) => {
  await page.goto("/");
  await appReady(page);
  const opened = context.waitForEvent("page");
  await page.locator("nav.tabs a[href='/kontak']").click({ modifiers: ["Control"] });
  await (await opened).close();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("main h1")).toHaveText("Informasi untuk WNI di Kamboja");
});

test("the embassy contact shows its channels, location and sources", async ({ page }) => {
  await page.goto("/kontak/kbri-phnom-penh");
  await appReady(page);
  const main = page.locator("main");
  await expect(main.locator('a[href="tel:+85561844661"]')).toBeVisible();
  await expect(main.locator('a[href="https://wa.me/85561844661"]')).toBeVisible();
  await expect(main.locator('a[href="https://peduliwni.kemlu.go.id"]')).toBeVisible();
  await expect(main).toContainText("Norodom Sihanouk");
  await expect(main.locator(".sources time")).toHaveAttribute("datetime", /^\d{4}-\d{2}(-\d{2})?$/);
  await expect(main.locator(".sources li a").first()).toHaveAttribute("href", /^https:\/\//);
});

test("without AbortSignal.timeout (old Safari, old WebViews) a dead network still ends in the clear error with the hotline", async ({ page }) => {
  await page.clock.install();
  await page.addInitScript(() => delete AbortSignal.timeout);
  // A connection that never answers.
  await page.route("**/data/content.json*", () => {});
  await page.goto("/panduan/di-kbri");
  await expect(page.locator(HOTLINE).first()).toBeVisible();
  await expect(page.locator("#boot")).toHaveCount(1);
  for (let i = 0; i < 8 && (await page.locator(".data-error").count()) === 0; i++) {
    await page.clock.runFor(16_000);
    await page.waitForTimeout(200);
  }
  await expect(page.locator(".data-error")).toContainText("Isi aplikasi tidak bisa dimuat");
  await expect(page.locator(".data-error")).toContainText("could not be downloaded");
  await expect(page.locator(HOTLINE).first()).toBeVisible();
});
