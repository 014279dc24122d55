import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test, expect, appReady, buildWithPublicAddress, entryHref } from "./fixtures.js";

const KEY = "pelita.lang.v1";
const guides = JSON.parse(readFileSync(new URL("../../public/data/guides.json", import.meta.url), "utf8")).guides;
const passportGuide = guides.find((g) => g.id === "paspor-ditahan");

test("?lang=en leads to the English page, whose interface and content are English, and is remembered", async ({ page }) => {
  await page.goto("/panduan/paspor-ditahan?lang=en");
  await appReady(page);
  await expect(page).toHaveURL(new RegExp(`${entryHref("paspor-ditahan", "en")}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("main h1")).toHaveText(passportGuide.title.en);
  await expect(page.locator("header .find")).toHaveText("Search");
  await expect(page.getByTestId("quick-exit")).toHaveText("Quick exit");
  await expect(page.locator("nav.tabs")).toHaveAttribute("aria-label", "Main menu");
  await expect(page.locator("section.hotline")).toHaveAttribute("aria-label", "Indonesian Embassy hotline");
  await expect(page.locator("main")).toContainText("What to do now");

  // Links lead to English addresses, and the next page stays English, and so does a reload.
  await page.locator("nav.tabs a[href='/en/kontak']").click();
  await expect(page).toHaveURL(/\/en\/kontak$/);
  await expect(page.locator("main h1")).toHaveText("Contacts");
  await page.reload();
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Contacts");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe("en");
});

test("the header switch changes the language and the address follows it", async ({ page }) => {
  await page.goto("/panduan?lang=en");
  await appReady(page);
  const change = page.locator("header button.lang");
  await expect(change).toHaveText("ID");
  await expect(change).toHaveAccessibleName("ID: Bahasa Indonesia");
  await expect(page).toHaveURL(/\/en\/panduan$/);
  const entries = await page.evaluate(() => history.length);
  await change.click();
  await expect(page.locator("main h1")).toHaveText("Panduan");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(change).toHaveText("EN");
  // The Indonesian address, in place of the English one: Back does not toggle the language.
  await expect(page).toHaveURL(/\/panduan$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.reload();
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Panduan");
});

test("?lang= in the address wins over the stored choice", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate((key) => localStorage.setItem(key, "en"), KEY);
  await page.goto("/cek");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Checklists");
  await expect(page).toHaveURL(/\/en\/cek$/);
  await page.goto("/cek?lang=id");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Daftar cek");
  await expect(page).toHaveURL(/\/cek$/);
});

test("an English address is its own page: drawn in English, linked both ways with its Indonesian twin", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const english = entryHref("paspor-ditahan", "en");
  const indonesian = entryHref("paspor-ditahan");
  await page.goto(baseURL + english);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("main h1")).toHaveText(passportGuide.title.en);
  // Without a public address no alternates: a relative one is no use to a search engine.
  await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
  // With one, each page names its twin and itself by their full addresses.
  const copy = buildWithPublicAddress("https://pelita.example");
  try {
    for (const [path, lang] of [[english, "en"], [indonesian, "id"]]) {
      await page.goto(pathToFileURL(join(copy, path, "index.html")).href);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute("href", `https://pelita.example${indonesian}`);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `https://pelita.example${english}`);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `https://pelita.example${indonesian}`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  await context.close();
});

test("an unreadable stored language falls back to Indonesian", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate((key) => localStorage.setItem(key, "klingon"), KEY);
  await page.reload();
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.locator("header .find")).toHaveText("Cari");
});

test.describe("the language switch keeps what the person typed", () => {
  test("a number being checked", async ({ page }) => {
    await page.goto("/kontak/verifikasi");
    await appReady(page);
    await page.locator("#nomor").pressSequentially("+855 12 810 005", { delay: 20 });
    await page.locator("header button.lang").click();
    await expect(page.locator("main h1")).toHaveText("Check a number: real embassy or fake?");
    await expect(page.locator("#nomor")).toHaveValue("+855 12 810 005");
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "unknown");
    // Kept in memory only: neither the address nor the history entry has it.
    expect(await page.evaluate(() => history.state)).toBeNull();
    await expect(page).toHaveURL(/\/en\/p\/n5$/);
  });

  test("the last keystrokes of a search", async ({ page }) => {
    await page.goto("/cari");
    await appReady(page);
    await page.locator("#q").pressSequentially("paspor hil", { delay: 20 });
    await page.locator("header button.lang").click();
    await expect(page.locator("main h1")).toHaveText("Search");
    await expect(page.locator("#q")).toHaveValue("paspor hil");
    await expect(page.getByTestId("search-results")).toBeVisible();
    // Focus stays on the switch, drawn again in the other language.
    await expect(page.locator("header button.lang")).toBeFocused();
  });

  test("an open driver card", async ({ page }) => {
    await page.goto("/kontak/kbri-phnom-penh");
    await appReady(page);
    await page.getByRole("button", { name: "Tunjukkan ke sopir" }).click();
    await expect(page.getByRole("dialog")).toContainText("Please take me to:");
    // The card covers the screen; the switch behind it is still reachable by keyboard.
    await page.locator("header button.lang").dispatchEvent("click");
    const driver = page.getByRole("dialog");
    await expect(driver).toContainText("Norodom Sihanouk Memorial");
    await driver.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page).not.toHaveURL(/sopir/);
  });
});

test("counts agree with their number in English", async ({ page }) => {
  await page.goto("/en/cari?q=splp");
  await appReady(page);
  await expect(page.locator(".result-count")).toHaveText(/^\d+ results?$/);
  const count = Number((await page.locator(".result-count").textContent()).split(" ")[0]);
  await expect(page.locator(".result-count")).toHaveText(count === 1 ? "1 result" : `${count} results`);
  await page.goto("/en/cari?q=fwcms");
  await appReady(page);
  await expect(page.locator(".result-count")).toHaveText("1 result");
});

test("the bottom menu marks the section of the page shown", async ({ page }) => {
  for (const [path, section] of [["/", "/"], ["/panduan/di-kbri", "/panduan"], ["/kontak/verifikasi", "/kontak"], ["/cek/siap-darurat", "/cek"], ["/tentang", "/tentang"]]) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator("nav.tabs a[aria-current='page']"), path).toHaveAttribute("href", section);
    await expect(page.locator("nav.tabs a[aria-current='page']"), path).toHaveCount(1);
  }
  await page.locator("nav.tabs a[href='/kontak']").click();
  await expect(page.locator("nav.tabs a[aria-current='page']")).toHaveAttribute("href", "/kontak");
});
