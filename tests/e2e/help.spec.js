// From reading to acting: the help message to the embassy (on /darurat, one tap from the
// hotline bar of every page) and a person's own way home (/langkah-pulang).
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, appReady } from "./fixtures.js";

const wayHome = JSON.parse(readFileSync(new URL("../../public/data/way-home.json", import.meta.url), "utf8"));
const WA = "https://wa.me/85512813282?text=";
const SMS = "sms:+85512813282?body=";

/// The message a link carries, decoded.
async function carried(link, prefix) {
  const href = await link.getAttribute("href");
  expect(href.startsWith(prefix), href).toBe(true);
  return decodeURIComponent(href.slice(prefix.length));
}

test.describe("the help message", () => {
  test.beforeEach(({}, info) => test.skip(info.project.name !== "phone", "written on a phone"));

  test("from the home page to a complete WhatsApp message in three taps, sent by nobody but the person", async ({ page, context }) => {
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ latitude: 11.5561, longitude: 104.9282, accuracy: 35 });
    await page.goto("/");
    await appReady(page);
    // Tap 1: the hotline bar's link.
    await page.getByTestId("help-message-link").click();
    // The emergency page's neutral address: the history does not say "darurat".
    await expect(page).toHaveURL(/\/p\/h2#pesan$/);
    const form = page.getByTestId("help-message");
    await expect(form).toBeVisible();
    const whatsapp = form.getByTestId("help-whatsapp");
    // An empty form is already a message that asks for help.
    expect(await carried(whatsapp, WA)).toBe("Halo KBRI Phnom Penh. Saya WNI dan butuh bantuan.");

    // What the person chooses and types.
    await form.getByLabel("Saya tidak bisa keluar").check();
    await form.getByLabel("Paspor saya ditahan").check();
    await form.getByLabel("Berapa orang?").fill("3");
    await form.getByLabel("Ditahan orang lain").check();
    await form.locator("#help-place").fill('Gedung "Golden" & ruko #7,\nlantai 3');
    await form.getByRole("button", { name: "Tambahkan lokasi saya" }).click();
    await expect(form.getByTestId("location-status")).toHaveText("Lokasi ditambahkan ke pesan.");
    await form.locator("#help-number").fill("+855 97 000 0000");

    const expected = [
      "Halo KBRI Phnom Penh. Saya WNI dan butuh bantuan.",
      "Keadaan: saya tidak bisa keluar dari tempat saya sekarang; paspor saya ditahan.",
      "Jumlah orang: 3.",
      "Paspor: ditahan orang lain.",
      'Lokasi: Gedung "Golden" & ruko #7, lantai 3',
      "Koordinat: 11.55610, 104.92820 (akurasi sekitar 35 m)",
      "Nomor saya: +855 97 000 0000",
    ].join("\n");
    await expect(form.getByTestId("help-preview")).toHaveText(expected);
    expect(await carried(whatsapp, WA)).toBe(expected);
    expect(await carried(form.getByTestId("help-sms"), SMS)).toBe(expected);
    await expect(form).toContainText("Pelita tidak mengirim apa pun");

    // Tap 2 would open WhatsApp: the link is all Pelita does. Nothing left the device.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin)).toEqual([]);
    // Nothing is stored, not even a draft, and nothing of it is in the address.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k).includes("Golden")))).toEqual([]);
    expect(page.url()).not.toContain("Golden");

    // The language switch keeps the draft; leaving the page forgets it.
    await page.locator("header button.lang").click();
    await expect(page.getByTestId("help-preview")).toHaveText(expected);
    await page.locator("nav.tabs a").first().click();
    await page.getByTestId("help-message-link").click();
    expect(await carried(page.getByTestId("help-whatsapp"), WA)).toBe("Halo KBRI Phnom Penh. Saya WNI dan butuh bantuan.");
  });

  test("a location that is refused says so, and the message still works", async ({ page, context }) => {
    await context.clearPermissions();
    await page.goto("/darurat");
    await appReady(page);
    const form = page.getByTestId("help-message");
    await form.getByRole("button", { name: "Tambahkan lokasi saya" }).click();
    await expect(form.getByTestId("location-status")).toContainText("tidak mengizinkan");
    await form.getByLabel("Saya terluka atau sakit").check();
    const message = await carried(form.getByTestId("help-whatsapp"), WA);
    expect(message).toContain("Keadaan: saya terluka atau sakit.");
    expect(message).not.toContain("Koordinat");
  });

  test("the copy button copies exactly the message", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/darurat");
    await appReady(page);
    const form = page.getByTestId("help-message");
    await form.getByLabel("Lainnya").check();
    await form.getByRole("button", { name: "Salin pesan" }).click();
    // The person is told the phone's clipboard keeps what was copied.
    await expect(form.getByRole("button", { name: "Disalin ✓" })).toContainText("papan klip");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await form.getByTestId("help-preview").textContent());
  });

  test("axe finds nothing on the emergency page with the form filled", async ({ page }) => {
    await page.goto("/darurat");
    await appReady(page);
    await page.getByLabel("Saya sudah keluar dan mau pulang").check();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });
});

test("at the kiosk the emergency page says the visitor is at the embassy instead of a form", async ({ page }) => {
  await page.goto("/darurat?kiosk=1");
  await appReady(page);
  const help = page.getByTestId("help-message");
  await expect(help).toContainText("Anda sudah di KBRI");
  await expect(help.getByTestId("help-whatsapp")).toHaveCount(0);
});

test.describe("my way home", () => {
  test("one list item per step, the next one marked, kept over a reload, and cleared", async ({ page }) => {
    await page.goto("/");
    await appReady(page);
    await page.getByTestId("way-home-link").click();
    await expect(page).toHaveURL(/\/p\/w7$/);
    const steps = page.getByTestId("way-home").locator("> li");
    await expect(steps).toHaveCount(wayHome.steps.length);
    await expect(steps.nth(0)).toHaveAttribute("aria-current", "step");
    await expect(steps.nth(0).locator(".step-title")).toHaveText(wayHome.steps[0].title.id);
    for (const step of wayHome.steps) {
      if (step.cost) await expect(page.getByTestId("way-home")).toContainText(step.cost.id);
    }
    await steps.nth(0).locator("label").click();
    await steps.nth(1).locator("label").click();
    await expect(steps.nth(2)).toHaveAttribute("aria-current", "step");
    await expect(steps.nth(0)).toHaveClass(/done/);
    // The way home is kept on the phone only when the person says so.
    await page.getByTestId("keep-choice").getByRole("button", { name: "Ya, simpan di HP ini" }).click();
    await page.reload();
    await appReady(page);
    await expect(steps.nth(2)).toHaveAttribute("aria-current", "step");
    await expect(page.getByTestId("way-home").locator("input:checked")).toHaveCount(2);
    // Each step links the guide that explains it.
    await expect(steps.nth(0).locator("a[href^='/p/']")).toHaveCount(1);
    await page.getByRole("button", { name: "Hapus tanda saya" }).click();
    await expect(steps.nth(0)).toHaveAttribute("aria-current", "step");
    await page.reload();
    await appReady(page);
    await expect(page.getByTestId("way-home").locator("input:checked")).toHaveCount(0);
  });

  test("the guides about going home link the tracker", async ({ page }) => {
    for (const id of ["pulang-ke-indonesia", "di-kbri", "setelah-keluar"]) {
      await page.goto(`/panduan/${id}`);
      await appReady(page);
      await expect(page.locator("main a[href='/p/w7']").first(), id).toBeVisible();
    }
  });

  test("is empty in kiosk mode and keeps nothing", async ({ page }) => {
    await page.goto("/langkah-pulang?kiosk=1");
    await appReady(page);
    const steps = page.getByTestId("way-home").locator("> li");
    await steps.nth(0).locator("label").click();
    await expect(page.getByTestId("way-home").locator("input:checked")).toHaveCount(1);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await appReady(page);
    await expect(page.getByTestId("way-home").locator("input:checked")).toHaveCount(0);
  });

  test("axe finds nothing on the tracker", async ({ page }) => {
    await page.goto("/langkah-pulang");
    await appReady(page);
    await page.getByTestId("way-home").locator("> li").nth(0).locator("label").click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });
});
