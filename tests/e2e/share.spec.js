// Passing a page on: the share control (the browser's share sheet, or WhatsApp, copy and a QR
// code where there is none) and printing on paper, both loaded only when used
// (public/later/). What is shared is "Pelita" and the page's neutral address, nothing typed
// or ticked; the kiosk neither shares nor prints.
import { test, expect, appReady, entryHref, overflowing, HOTLINE } from "./fixtures.js";

test("without a share sheet: WhatsApp, copy and a QR code, carrying only the page's neutral address", async ({ page, context, baseURL }) => {
  await page.addInitScript(() => delete Navigator.prototype.share);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(entryHref("cek-kerja-paksa"));
  await appReady(page);
  await page.locator(".check-items label").first().click();
  await page.getByTestId("share").click();
  const dialog = page.getByTestId("share-dialog");
  const address = baseURL + entryHref("cek-kerja-paksa");
  await expect(dialog.locator("a[href^='https://wa.me/']")).toHaveAttribute("href", `https://wa.me/?text=${encodeURIComponent(`Pelita ${address}`)}`);
  await expect(dialog.getByTestId("share-qr")).toHaveAttribute("data-payload", address);
  await expect(dialog.getByTestId("share-qr").locator("svg path")).toHaveAttribute("d", /^M\d/);
  await dialog.getByRole("button", { name: "Salin tautan" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  await dialog.getByRole("button", { name: "Tutup" }).click();
  await expect(dialog).toHaveCount(0);
});

test("with a share sheet: the browser's own, given the word Pelita and the address", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    Navigator.prototype.share = function (data) {
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
  // English last: an English page is remembered as the language chosen.
  for (const path of ["/", entryHref("kbri-phnom-penh"), entryHref("paspor-ditahan", "en")]) {
    await page.goto(path);
    await appReady(page);
    await page.getByTestId("share").click();
    await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(1);
    expect(await page.evaluate(() => window.__shared.pop())).toEqual({ title: "Pelita", text: "Pelita", url: baseURL + path });
    await expect(page.getByTestId("share-dialog")).toHaveCount(0);
  }
});

test("the kiosk offers no share or print, only the QR hand-off", async ({ page }) => {
  await page.goto(`${entryHref("paspor-ditahan")}?kiosk=1`);
  await appReady(page);
  await expect(page.getByTestId("share")).toHaveCount(0);
  await expect(page.getByTestId("print")).toHaveCount(0);
  await expect(page.getByTestId("take-home")).toBeVisible();
});

/** Prints the page as the browser would after its print control: print media, an A4 width. */
async function printed(page, path) {
  await page.addInitScript(() => (window.print = () => (window.__printed = true)));
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto(path);
  await appReady(page);
  await page.getByTestId("print").click();
  await expect.poll(() => page.evaluate(() => window.__printed === true)).toBe(true);
  await page.emulateMedia({ media: "print" });
}


for (const [what, path] of [["a guide", entryHref("paspor-ditahan")], ["a contact", entryHref("kbri-phnom-penh")], ["a checklist", entryHref("cek-tawaran-kerja")]]) {
  test(`${what} prints with the hotline on top, no menus or buttons, its sources in full and a QR code back`, async ({ page, baseURL }) => {
    await printed(page, path);
    await expect(page.locator(".hotline").locator(HOTLINE)).toBeVisible();
    for (const hidden of ["nav.tabs", ".frame-nav", "[data-testid=quick-exit]", "[data-testid=share]", "[data-testid=help-message-link]"]) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    const qr = page.getByTestId("print-qr");
    await expect(qr).toContainText(baseURL + path);
    await expect(qr.locator("svg path")).toHaveAttribute("d", /^M\d/);
    await expect(page.locator(".print-only")).toContainText(/edisi \d{4}-\d{2}-\d{2}/);
    const source = page.locator(".sources li a").first();
    const href = await source.getAttribute("href");
    expect(href).toMatch(/^https:\/\//);
    expect(await source.evaluate((a) => getComputedStyle(a, "::after").content)).not.toBe("none");
    expect(await overflowing(page)).toEqual([]);
    if (what === "a checklist") {
      await expect(page.locator(".check-items input").first()).toBeVisible();
      await expect(page.getByTestId("checklist-verdict")).toBeHidden();
    }
  });
}
