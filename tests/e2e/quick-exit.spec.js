import { test, expect, appReady } from "./fixtures.js";

// The neutral site quick exit opens (src/content/frame.rs). The fixture answers it with a stub
// page, so no test ever reaches the real site.
const NEUTRAL_SITE = "https://www.google.com/";
test.use({ stubHosts: [new URL(NEUTRAL_SITE).host] });

const ROUTES = ["/", "/darurat", "/kontak", "/kontak/kbri-phnom-penh", "/panduan", "/panduan/paspor-ditahan",
  "/cek", "/cek/cek-tawaran-kerja", "/cari?q=paspor", "/tentang", "/tidak-ada"];

test("every page has a visible quick-exit button in its header", async ({ page }) => {
  for (const path of ROUTES) {
    await page.goto(path);
    await appReady(page);
    const exit = page.locator("header").getByTestId("quick-exit");
    await expect(exit, path).toBeVisible();
    await expect(exit, path).toHaveText("Keluar cepat");
  }
});

/** Opens a page, then checks that `leave` replaces it with the neutral site and that Back
 *  does not lead to Pelita. */
async function expectQuickExit(page, baseURL, leave) {
  await page.goto("/panduan/paspor-ditahan");
  await appReady(page);
  const entries = await page.evaluate(() => history.length);
  await leave();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  // Replaced, not added: the history is no longer than before.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.goBack();
  expect(page.url()).not.toContain(new URL(baseURL).host);
}

test("the button replaces Pelita with a neutral site, and Back does not return", async ({ page, baseURL }) => {
  await expectQuickExit(page, baseURL, () => page.getByTestId("quick-exit").click());
});

test("pressing Shift three times does the same", async ({ page, baseURL }) => {
  await expectQuickExit(page, baseURL, async () => {
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  });
});

test("typing capitals or slow presses do not set off the quick exit", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.locator("#q").click();
  // Shift+letter between lone Shift presses restarts the count.
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift+K");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift+B");
  // Two quick presses, a pause longer than 1.5 s, then one more.
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.waitForTimeout(1700);
  await page.keyboard.press("Shift");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("#q")).toHaveValue("KB");
});

test("before the app starts, the static page links to the same neutral site", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseURL + "/panduan/paspor-ditahan");
  const exit = page.getByTestId("quick-exit");
  await expect(exit).toBeVisible();
  await expect(exit).toHaveAttribute("href", NEUTRAL_SITE);
  await context.close();
});
