import { test, expect, appReady } from "./fixtures.js";

// The neutral site quick exit opens (src/content/built_in.rs). The fixture answers it with a
// stub page, so no test ever reaches the real site.
const NEUTRAL_SITE = "https://www.google.com/";
// A page of another site that the quick-exit tests open before Pelita, so that Back has a
// known place to go: where Back lands is then checked exactly, not only "not Pelita" (from a
// first page Back goes nowhere, and the URL stays the neutral site's). Stubbed the same way.
const PAGE_BEFORE = "https://example.com/before-pelita";
test.use({ stubHosts: [new URL(NEUTRAL_SITE).host, new URL(PAGE_BEFORE).host] });

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

/** Opens another site, then a Pelita page, and checks that `leave` replaces the Pelita page
 *  with the neutral site: the history is no longer than before, and Back goes to the page
 *  before Pelita, not to Pelita. */
async function expectQuickExit(page, leave) {
  await page.goto(PAGE_BEFORE);
  await page.goto("/panduan/paspor-ditahan");
  await appReady(page);
  const entries = await page.evaluate(() => history.length);
  expect(entries, "the other site's page and Pelita's are both in the history").toBeGreaterThanOrEqual(2);
  await leave();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  // Replaced, not added: the history is no longer than before.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.goBack();
  await expect(page).toHaveURL(PAGE_BEFORE);
}

test("the button replaces Pelita with a neutral site, and Back does not return", async ({ page }) => {
  await expectQuickExit(page, () => page.getByTestId("quick-exit").click());
});

test("pressing Shift three times does the same", async ({ page }) => {
  await expectQuickExit(page, async () => {
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  });
});

test("typing capitals or slow presses do not set off the quick exit", async ({ page, baseURL }) => {
  const home = new URL("/", baseURL).href;
  await page.goto("/");
  await appReady(page);
  await expect(page).toHaveURL(home);
  // A quick exit asks for the neutral site at once (location.replace): any request to it, or
  // the page at any other address, is the exit going off, however fast the stub answers.
  const exits = [];
  page.on("request", (request) => new URL(request.url()).host === new URL(NEUTRAL_SITE).host && exits.push(request.url()));
  page.on("framenavigated", (frame) => frame === page.mainFrame() && frame.url() !== home && exits.push(frame.url()));
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
  expect(exits, "the quick exit went off").toEqual([]);
  // Still Pelita's home page, exactly: the neutral site's address ends in "/" too.
  expect(page.url()).toBe(home);
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
