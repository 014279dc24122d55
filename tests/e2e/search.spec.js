import { test, expect, appReady, entryHref, HOTLINE } from "./fixtures.js";

test("/cari?q= loads results directly, best first, linked to their routes", async ({ page }) => {
  await page.goto("/cari?q=paspor%20ditahan");
  await appReady(page);
  const results = page.getByTestId("search-results");
  await expect(results).toBeVisible();
  const first = results.locator("li").first();
  await expect(first.locator("a")).toHaveAttribute("href", entryHref("paspor-ditahan"));
  await expect(first.locator(".result-kind")).toHaveText("Panduan");
  await expect(first.locator(".snippet mark").first()).toBeVisible();
  const hrefs = await results.locator("li > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const href of hrefs) expect(href).toMatch(/^\/p\/[a-z0-9]{2,4}$/);
});

test("results follow every keystroke, with typos; the words stay in memory, never in the address or the history", async ({ page }) => {
  await page.goto("/cari");
  await appReady(page);
  const input = page.locator("#q");
  await expect(input).toBeFocused();
  await input.pressSequentially("kedutan", { delay: 30 });
  const results = page.getByTestId("search-results");
  await expect(results.locator("li").first().locator("a")).toHaveAttribute("href", entryHref("kbri-phnom-penh"));
  // What was typed stays out of the address and the history entry (so out of the phone's
  // history and of Back after quick exit); a reload starts empty.
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => history.state)).toBeNull();
  await expect(page).toHaveURL(/\/cari$/);
  await input.fill("");
  await input.pressSequentially("splp", { delay: 30 });
  await expect(results.locator("li").first().locator("a")).toHaveAttribute("href", entryHref("tanpa-paspor-splp"));
  await page.reload();
  await appReady(page);
  await expect(input).toHaveValue("");
});

test("the home search box and the header search lead to results", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.locator("main #q").fill("passport taken by boss");
  await page.locator("main #q").press("Enter");
  await expect(page).toHaveURL(/\/cari$/);
  expect(await page.evaluate(() => history.state)).toBeNull();
  await expect(page.locator("main #q")).toHaveValue("passport taken by boss");
  await expect(page.getByTestId("search-results").locator("li").first().locator("a")).toHaveAttribute("href", entryHref("paspor-ditahan"));
  await page.goto("/tentang");
  await appReady(page);
  await page.locator('header a[href="/cari"]').click();
  await expect(page.locator("main h1")).toHaveText("Cari");
});

test("no results offers the hotline and the guide list", async ({ page }) => {
  await page.goto("/cari?q=zzqxv");
  await appReady(page);
  const none = page.locator(".no-results");
  await expect(none).toContainText("Tidak ada hasil");
  await expect(none.locator(HOTLINE)).toBeVisible();
  await expect(none.locator('a[href="/panduan"]')).toBeVisible();
  await expect(page.getByTestId("search-results")).toHaveCount(0);
});

test("search results are plain text, never HTML from the query", async ({ page }) => {
  await page.goto("/cari?q=" + encodeURIComponent('<img src=x onerror="window.__xss=1">paspor'));
  await appReady(page);
  await expect(page.getByTestId("search-results")).toBeVisible();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expect(page.locator("main img")).toHaveCount(0);
});
