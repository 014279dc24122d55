// Pelita used against its users: the next visitor at the kiosk pressing Back, a boss holding
// the phone after quick exit, a crafted link or address, broken storage, a captive portal.
// Each test asserts that nothing leaks, nothing is lost, and the app keeps working.
import { test, expect, appReady } from "./fixtures.js";

const NEUTRAL_SITE = "https://www.google.com/";
test.use({ stubHosts: [new URL(NEUTRAL_SITE).host, "evil.example"] });

/** Everything a page could still show of what was typed: the address, the history entry's
 *  state, and the text fields. */
async function traces(page) {
  return page.evaluate(() => ({
    address: location.href,
    state: JSON.stringify(history.state),
    fields: [...document.querySelectorAll("input:not([type=checkbox]), textarea")].map((field) => field.value).join("|"),
  }));
}

test("kiosk: every move replaces the history entry, and after the reset Back reaches nothing of the last visitor", async ({ page, baseURL }) => {
  await page.goto("/?kiosk=1");
  await appReady(page);
  const start = await page.evaluate(() => history.length);
  await page.locator("#q").fill("paspor ditahan bos");
  await page.locator("#q").press("Enter");
  await expect(page.getByTestId("search-results")).toBeVisible();
  await page.getByTestId("search-results").locator("a").first().click();
  await appReady(page);
  await page.locator("nav.tabs a").nth(1).click();
  await appReady(page);
  expect(await page.evaluate(() => history.length), "no entry added by any move").toBe(start);
  expect((await traces(page)).state).toBe("null");
  // The reset (quick exit on a kiosk), then Back, as the next visitor would.
  await page.getByTestId("quick-exit").click();
  await page.waitForURL(/\?kiosk=1$/);
  await appReady(page);
  expect(await page.evaluate(() => sessionStorage.length === 0 || Object.keys(sessionStorage).every((k) => k === "pelita.kiosk"))).toBe(true);
  await page.goBack().catch(() => {});
  const after = page.url();
  if (after.startsWith(baseURL)) {
    const seen = await traces(page);
    expect(seen.address).not.toContain("paspor");
    expect(seen.fields).not.toContain("paspor");
    expect(seen.state).not.toContain("paspor");
    await expect(page.locator("main h1")).not.toHaveText(/paspor/i);
  }
});

test("kiosk mode from a link never wipes what a person kept on their own phone", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => localStorage.setItem("pelita.answers.v1", '{"v":1,"answers":{"siap-darurat":["simpan-nomor"]}}'));
  await page.goto("/?kiosk=1");
  await appReady(page);
  await page.getByTestId("quick-exit").click();
  await page.waitForURL(/\?kiosk=1$/);
  await appReady(page);
  expect(await page.evaluate(() => localStorage.getItem("pelita.answers.v1"))).toContain("simpan-nomor");
});

test("an address that starts with // or /\\ is not followed elsewhere by any move of the app", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  for (const path of ["//evil.example/x", "/%2F%2Fevil.example/x", "/\\evil.example/x"]) {
    await page.goto(baseURL + path);
    await appReady(page);
    await page.locator("header button.lang").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(new URL(page.url()).origin, path).toBe(origin);
    await page.goto(baseURL + path + "?lang=en");
    await appReady(page);
    await page.locator("header button.lang").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    expect(new URL(page.url()).origin, path).toBe(origin);
    expect(new URL(page.url()).pathname.startsWith("//"), page.url()).toBe(false);
  }
});

test("kiosk: script, data, blob and intent links in any spelling neither run, download nor leave", async ({ page }) => {
  await page.goto("/panduan/di-kbri?kiosk=1");
  await appReady(page);
  const downloads = [];
  page.on("download", (download) => downloads.push(download.url()));
  const hrefs = ["JaVaScRiPt:window.pwned=1", "java\tscript:window.pwned=1", " javascript:window.pwned=1",
    "data:text/plain,secret", "DATA:text/vcard,BEGIN:VCARD", "intent://scan/#Intent;scheme=zxing;end", "blob:" + new URL(page.url()).origin + "/x"];
  for (const href of hrefs) {
    await page.evaluate((href) => {
      const link = Object.assign(document.createElement("a"), { href, textContent: "x" });
      link.dataset.hostile = "";
      link.download = "x.txt";
      document.querySelector("main").append(link);
    }, href);
    for (const button of ["left", "middle"]) {
      await page.locator("a[data-hostile]").click({ button });
      await page.keyboard.press("Escape");
      const close = page.getByRole("dialog").getByRole("button");
      if (await close.count()) await close.first().click();
    }
    await page.locator("a[data-hostile]").evaluate((link) => link.remove());
  }
  expect(downloads).toEqual([]);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  await expect(page).toHaveURL(/\/panduan\/di-kbri|\/p\//);
  expect(page.context().pages()).toHaveLength(1);
});

test("after quick exit, Back does not bring back the words a person typed", async ({ page, baseURL }) => {
  await page.goto("/cari");
  await appReady(page);
  await page.locator("#q").fill("kabur dari bos");
  await expect(page.getByTestId("search-results")).toBeVisible();
  await page.goto("/kontak/verifikasi");
  await appReady(page);
  await page.locator("#nomor").fill("+855 12 810 005");
  expect((await traces(page)).address).not.toContain("810");
  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  for (let back = 0; back < 3 && !page.url().startsWith(NEUTRAL_SITE) === false; back++) {
    await page.goBack();
    if (!page.url().startsWith(baseURL)) break;
    await appReady(page);
    const seen = await traces(page);
    for (const word of ["kabur", "810"]) {
      expect(seen.address, word).not.toContain(word);
      expect(seen.state, word).not.toContain(word);
      expect(seen.fields, word).not.toContain(word);
    }
  }
});

test("without JavaScript a search box sends nothing and the words stay off the address", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const asked = [];
  page.on("request", (request) => asked.push(request.url()));
  for (const path of ["/", "/cari"]) {
    await page.goto(baseURL + path);
    await page.locator("#q").fill("paspor hilang");
    await page.locator("#q").press("Enter");
    await page.waitForTimeout(300);
    expect(page.url(), path).toBe(baseURL + path);
    expect(asked.filter((url) => url.includes("hilang")), path).toEqual([]);
    await expect(page.locator(".app-fallback").first()).toBeVisible();
  }
  await context.close();
});

test("a shared search link opens its search, then the words leave the address and the history", async ({ page }) => {
  await page.goto("/cari?q=paspor%20ditahan");
  await appReady(page);
  await expect(page.locator("#q")).toHaveValue("paspor ditahan");
  await expect(page.getByTestId("search-results")).toBeVisible();
  const seen = await traces(page);
  expect(seen.address).not.toContain("paspor");
  expect(seen.state).toBe("null");
});

test("a huge ?q= is cut, not obeyed: the page answers at once and the address is clean", async ({ page }) => {
  // As long as a server takes (about 8 KB of address): forty times the words search reads.
  const huge = "paspor%20" + "ditahan%20".repeat(700);
  await page.goto("/cari?q=" + huge);
  await appReady(page);
  await expect(page.getByTestId("search-results")).toBeVisible({ timeout: 5_000 });
  expect(page.url()).not.toContain("ditahan");
});

test("corrupt answers are set aside until the notice is seen; the app keeps working", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => localStorage.setItem("pelita.answers.v1", '{"v":1,"answers":{"cek-tawaran-kerja":[1,2'));
  await page.goto("/cek/cek-tawaran-kerja");
  await appReady(page);
  const notice = page.locator(".notice[role=status]").filter({ hasText: /tidak bisa dibaca|could not be read/ });
  await expect(notice).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("pelita.answers.unreadable"))).toContain('"answers"');
  await page.locator(".check-items label").first().click();
  await expect(page.getByTestId("checklist-verdict")).toBeVisible();
  await notice.getByRole("button").click();
  expect(await page.evaluate(() => localStorage.getItem("pelita.answers.unreadable"))).toBeNull();
});

test("a full storage says so, and the ticks stay on screen", async ({ page }) => {
  // A phone whose storage is full: every write is refused as the browser refuses it.
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("Setting the value exceeded the quota.", "QuotaExceededError");
    };
  });
  await page.goto("/cek/cek-tawaran-kerja");
  await appReady(page);
  await expect(page.getByTestId("storage-full")).toHaveCount(0);
  await page.locator(".check-items label").first().click();
  await expect(page.getByTestId("storage-full")).toBeVisible();
  await expect(page.locator(".check-items input:checked")).toHaveCount(1);
  await expect(page.getByTestId("checklist-verdict")).toContainText("1 dari");
});


test("a malformed address is a 400 without an error's text, and every answer carries the security headers", async ({ request }) => {
  for (const path of ["/%", "/%E0%A4%A", "/panduan/%"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toBe("bad request");
    expect(response.headers()["cross-origin-opener-policy"], path).toBe("same-origin");
  }
});

// A captive portal's JSON and a half-copied deployment: tests/e2e/offline.spec.js, which serves
// its own copy of the build.
