// WCAG 2.2 AA checks on every route, at phone and kiosk size: axe-core, keyboard, touch
// targets, reflow at 320 px and at 200% text, dark mode and reduced motion.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, appReady, HOTLINE } from "./fixtures.js";

const ROUTES = ["/", "/darurat", "/kontak", "/kontak/kbri-phnom-penh", "/kontak/verifikasi?nomor=117",
  "/panduan", "/panduan/paspor-ditahan", "/cek", "/cek/cek-tawaran-kerja", "/cari?q=paspor", "/tentang",
  "/tidak-ada"];
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe's violations as short lines that name the rule and the offending elements. */
async function axeViolations(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const path of ROUTES) {
  test(`axe: ${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });
  for (const path of ["/", "/darurat", "/panduan/paspor-ditahan", "/cek/cek-tawaran-kerja", "/kontak/verifikasi?nomor=117"]) {
    test(`axe: ${path} in dark mode keeps AA contrast`, async ({ page }) => {
      await page.goto(path);
      await appReady(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test("axe: the English interface and the open 'why' details pass too", async ({ page }) => {
  await page.goto("/cek/cek-tawaran-kerja?lang=en");
  await appReady(page);
  await page.locator(".check-items label").first().click();
  await page.locator(".check-items summary").first().click();
  expect(await axeViolations(page)).toEqual([]);
});

test("axe: the static page, as it stands when the app does not start", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/\.(js|wasm)$/, (route) => route.abort());
  await page.goto(baseURL + "/darurat");
  await expect(page.locator("#boot")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("the keyboard reaches the hotline in a few presses, with a visible focus ring", async ({ page }) => {
  await page.goto("/panduan");
  await appReady(page);
  // Skip link, brand, search, language, emergency, quick exit, then the hotline.
  const MAX_PRESSES = 7;
  let presses = 0;
  while (presses < MAX_PRESSES) {
    await page.keyboard.press("Tab");
    presses++;
    if (await page.evaluate((sel) => document.activeElement?.matches(sel), HOTLINE)) break;
  }
  const focused = page.locator(`${HOTLINE}:focus`);
  await expect(focused, `not on the hotline after ${presses} presses`).toHaveCount(1);
  const ring = await focused.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
});

test("the skip link moves the keyboard past the header to the page content", async ({ page }) => {
  await page.goto("/panduan");
  await appReady(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip:focus")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main:focus")).toHaveCount(1);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement.closest("main") !== null)).toBe(true);
});

test("keyboard focus never hides under the fixed bottom menu", async ({ page }) => {
  await page.goto("/panduan/paspor-ditahan");
  await appReady(page);
  const hidden = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const covered = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.closest(".tabs")) return null;
      const menuTop = document.querySelector(".tabs").getBoundingClientRect().top;
      return el.getBoundingClientRect().bottom > menuTop + 1 ? `${el.tagName} "${el.textContent.trim().slice(0, 30)}"` : null;
    });
    if (covered) hidden.push(covered);
  }
  expect(hidden).toEqual([]);
});

test.describe("phone only", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "phone", "phone sizes"));

  // Every control in the header, hotline bar, page and bottom menu is at least 44 × 44 px.
  // Exempt, as WCAG 2.5.8 allows: links inside running text (a paragraph or list item that has
  // words of its own besides links), whose size the line of text sets.
  test("touch targets are at least 44 px", async ({ page }) => {
    const small = [];
    for (const path of ROUTES) {
      await page.goto(path);
      await appReady(page);
      const offenders = await page.evaluate(() => {
        const inRunningText = (el) => {
          if (el.tagName !== "A") return false;
          const block = el.parentElement.closest("p, li, dd, td");
          if (!block) return false;
          const copy = block.cloneNode(true);
          copy.querySelectorAll("a").forEach((a) => a.remove());
          return copy.textContent.trim().length > 0;
        };
        const controls = document.querySelectorAll(
          ":is(header, .hotline, main, nav.tabs) :is(a[href], button, input, select, textarea, summary)");
        return [...controls]
          .filter((el) => el.getClientRects().length > 0 && !inRunningText(el))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
          .map(({ el, box }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      });
      small.push(...offenders.map((o) => `${path}: ${o}`));
    }
    expect(small).toEqual([]);
  });

  test("at 320 px wide nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const wide = [];
    for (const path of ROUTES) {
      await page.goto(path);
      await appReady(page);
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });
});

test("at 200% text size nothing scrolls sideways", async ({ page }) => {
  const wide = [];
  for (const path of ROUTES) {
    await page.goto(path);
    await appReady(page);
    // Set through the CSSOM: the page's CSP (rightly) refuses an injected <style>.
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
    const { scroll, view } = await page.evaluate(() => ({
      scroll: document.scrollingElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    if (scroll > view) wide.push(`${path}: ${scroll}px in ${view}px`);
  }
  expect(wide).toEqual([]);
});

test("with reduced motion nothing moves", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const path of ["/", "/cek/cek-tawaran-kerja"]) {
    await page.goto(path);
    await appReady(page);
    await page.locator(".tabs a").first().hover();
    expect(await page.evaluate(() => document.getAnimations().length), path).toBe(0);
  }
});
