import { readFileSync } from "node:fs";
import { test, expect, appReady } from "./fixtures.js";

const KEY = "pelita.lang.v1";
const guides = JSON.parse(readFileSync(new URL("../../public/data/guides.json", import.meta.url), "utf8")).guides;
const passportGuide = guides.find((g) => g.id === "paspor-ditahan");

test("?lang=en shows the interface and the content in English, and is remembered", async ({ page }) => {
  await page.goto("/panduan/paspor-ditahan?lang=en");
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("main h1")).toHaveText(passportGuide.title.en);
  await expect(page.locator('header a[href="/darurat"]')).toHaveText("Emergency");
  await expect(page.getByTestId("quick-exit")).toHaveText("Quick exit");
  await expect(page.locator("nav.tabs")).toHaveAttribute("aria-label", "Main menu");
  await expect(page.locator("section.hotline")).toHaveAttribute("aria-label", "Indonesian Embassy hotline");
  await expect(page.locator("main")).toContainText("What to do now");

  // Links carry no ?lang=, yet the next page stays English, and so does a reload.
  await page.locator("nav.tabs a[href='/kontak']").click();
  await expect(page).toHaveURL(/\/kontak$/);
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
  await change.click();
  await expect(page.locator("main h1")).toHaveText("Panduan");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(change).toHaveText("EN");
  // Otherwise the ?lang=en still in the address would win again on reload.
  await expect(page).toHaveURL(/\/panduan\?lang=id$/);
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
  await page.goto("/cek?lang=id");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Daftar cek");
});

test("an unreadable stored language falls back to Indonesian", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate((key) => localStorage.setItem(key, "klingon"), KEY);
  await page.reload();
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.locator('header a[href="/darurat"]')).toHaveText("Darurat");
});
