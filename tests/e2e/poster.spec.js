// /cetak, the wall poster (src/poster.rs): reached from the about page past the app, it prints
// on one A4 sheet with the hotlines, nothing cut at the edge and no navigation; with a public
// address set at build time it carries a QR code to Pelita. Kiosks do not offer it.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, appReady, buildWithPublicAddress, overflowing, HOTLINE } from "./fixtures.js";

const CONSULAR = 'a[href="https://wa.me/85561844661"]';
// A4 less the poster's 12 mm margins, in CSS pixels.
const A4_CONTENT = { width: 704, height: 1032 };

/** Pages in a PDF: each page object says `/Type /Page`. */
const pagesIn = (pdf) => pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g).length;


test("the about page leads to the poster, which prints on one A4 sheet with both hotlines and nothing cut", async ({ page }) => {
  await page.goto("/tentang");
  await appReady(page);
  await page.getByRole("link", { name: "Poster untuk dinding" }).click();
  await expect(page).toHaveURL(/\/cetak$/);
  await expect(page).toHaveTitle("Pelita");
  await expect(page.locator("h1")).toHaveText(/^KBRI Phnom Penh/);
  expect(await page.locator("script").count(), "a page of the site, not of the app").toBe(0);
  // Without a public address at build time, whoever prints it is told why there is no code.
  await expect(page.locator(".poster-foot")).toContainText("pelita-public-url");

  await page.setViewportSize(A4_CONTENT);
  await page.emulateMedia({ media: "print" });
  for (const line of [HOTLINE, CONSULAR]) await expect(page.locator(line)).toBeVisible();
  await expect(page.locator(".poster-how")).toBeHidden();
  await expect(page.locator("nav, .tabs, .frame-nav, [data-testid=quick-exit]")).toHaveCount(0);
  expect(await overflowing(page)).toEqual([]);
  expect(pagesIn(await page.pdf({ format: "A4" })), "one sheet").toBe(1);
});

test("with a public address set at build time, the poster carries a QR code to it", async ({ page }) => {
  const copy = buildWithPublicAddress("https://pelita.example");
  try {
    const file = join(copy, "cetak", "index.html");
    expect(readFileSync(file, "utf8")).not.toContain("<script");
    await page.goto(pathToFileURL(file).href);
    const foot = page.locator(".poster-foot");
    await expect(foot.locator("svg path")).toHaveAttribute("d", /^M4 4h1v1h-1z/);
    await expect(foot).toContainText("https://pelita.example");
    await page.setViewportSize(A4_CONTENT);
    await page.emulateMedia({ media: "print" });
    await expect(foot.locator("svg")).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    expect(pagesIn(await page.pdf({ format: "A4" })), "one sheet").toBe(1);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test("the poster has no WCAG 2.2 AA violations, in light and dark", async ({ page }) => {
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/cetak");
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
