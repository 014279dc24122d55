import { test, expect, appReady, entryHref } from "./fixtures.js";

test.describe("kiosk mode", () => {
  test("?kiosk=1 turns it on for the session: large layout, QR codes, language choice, nothing stored", async ({ page }) => {
    await page.goto("/?kiosk=1");
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("data-kiosk", "");
    await expect(page.locator(".language-choice")).toHaveCount(2);
    await page.locator(".language-choice", { hasText: "English" }).click();
    await expect(page.locator("main h1")).toContainText("Information for Indonesians");

    // Stays on without the parameter, for this browser session.
    await page.goto("/panduan/paspor-ditahan");
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("data-kiosk", "");
    // A link that would leave the kiosk (the hotline's WhatsApp chat) is a QR code instead.
    await page.locator(".hotline a.wa").click();
    const qr = page.getByRole("dialog").getByTestId("qr");
    await expect(qr).toHaveAttribute("data-payload", "https://wa.me/85512813282");
    await expect(qr.locator("svg path")).toHaveAttribute("d", /^M4 4h1v1h-1z/);
    await page.getByRole("dialog").getByRole("button").last().click();

    await page.goto(entryHref("kbri-phnom-penh"));
    await appReady(page);

    // Touch targets of at least 64 px in the header and the bottom menu.
    for (const box of await page.locator("header a, header button, nav.tabs a").evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(64);
    }

    await page.goto("/cek/cek-tawaran-kerja");
    await appReady(page);
    await page.locator(".check-items label").first().click();
    await expect(page.locator(".check-items input:checked")).toHaveCount(1);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test("tel:, WhatsApp and outside links show a QR code instead of leaving", async ({ page }) => {
    await page.goto("/darurat?kiosk=1");
    await appReady(page);
    await page.locator('main a[href="https://wa.me/85512813282"]').first().click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByTestId("qr")).toHaveAttribute("data-payload", "https://wa.me/85512813282");
    await dialog.getByRole("button", { name: "Tutup" }).click();
    await page.locator('.hotline a[href="tel:+85512813282"]').click();
    await expect(page.getByRole("dialog").getByTestId("qr")).toHaveAttribute("data-payload", "tel:+85512813282");
    await expect(page).toHaveURL(/\/darurat/);
  });

  test("idle → countdown → reset to the start screen, with everything wiped", async ({ page }) => {
    await page.clock.install();
    await page.goto("/cari?q=paspor&kiosk=1");
    await appReady(page);
    await page.goto("/cek/cek-kerja-paksa");
    await appReady(page);
    await page.locator(".check-items label").first().click();
    await page.clock.runFor(89_000);
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await page.clock.runFor(2_000);
    const countdown = page.getByRole("alertdialog");
    await expect(countdown).toContainText("Masih di sini?");
    await page.clock.runFor(16_000);
    // A tab made a kiosk by `?kiosk=1` stays one after the reset.
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?kiosk=1$/);
    await appReady(page);
    await expect(page.locator(".language-choice")).toHaveCount(2);
    await expect(page.locator("main #q")).toHaveValue("");
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.goto("/cek/cek-kerja-paksa");
    await appReady(page);
    await expect(page.locator(".check-items input:checked")).toHaveCount(0);
  });

  test("a touch cancels the countdown", async ({ page }) => {
    await page.clock.install();
    await page.goto("/panduan?kiosk=1");
    await appReady(page);
    await page.clock.runFor(91_000);
    const countdown = page.getByRole("alertdialog");
    await expect(countdown).toBeVisible();
    await countdown.getByRole("button").click();
    await expect(countdown).toHaveCount(0);
    await page.clock.runFor(30_000);
    await expect(page).toHaveURL(/\/panduan\?kiosk=1$/);
  });
});

test.describe("the kiosk's link guard decides by the link's real origin", () => {
  for (const [name, href, payload] of [
    ["a protocol-relative link to another host", "//other.example/x", "http://other.example/x"],
    // Starts with the kiosk's own origin, yet its host is another: what a prefix test let through.
    ["a link that starts with the kiosk's own origin", "ORIGIN@other.example/x", "ORIGIN@other.example/x"],
  ]) {
    test(name, async ({ page }) => {
      await page.goto("/?kiosk=1");
      await appReady(page);
      const origin = new URL(page.url()).origin;
      const target = href.replace("ORIGIN", origin);
      await page.evaluate((target) => {
        const a = document.createElement("a");
        a.href = target;
        a.textContent = "outside";
        a.id = "outside";
        document.querySelector("main").append(a);
      }, target);
      await page.locator("#outside").click();
      const dialog = page.getByRole("dialog");
      await expect(dialog.getByTestId("qr")).toHaveAttribute("data-payload", payload.replace("ORIGIN", origin));
      await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?kiosk=1$/);
    });
  }

  test("a javascript: link does nothing", async ({ page }) => {
    await page.goto("/?kiosk=1");
    await appReady(page);
    await page.evaluate(() => {
      const a = document.createElement("a");
      a.href = "javascript:window.__ran=1";
      a.textContent = "script";
      a.id = "script";
      document.querySelector("main").append(a);
    });
    await page.locator("#script").click();
    expect(await page.evaluate(() => window.__ran)).toBeUndefined();
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
});
