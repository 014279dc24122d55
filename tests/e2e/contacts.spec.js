import { test, expect, appReady, HOTLINE } from "./fixtures.js";

test("the emergency page gives both hotlines to call and on WhatsApp, a help message, and police as a choice", async ({ page }) => {
  await page.goto("/darurat");
  await appReady(page);
  const main = page.locator("main");
  for (const href of [
    "tel:+85512813282",
    "https://wa.me/85512813282",
    "tel:+85561844661",
    "https://wa.me/85561844661",
  ]) {
    await expect(main.locator(`a[href="${href}"]`).first()).toBeVisible();
  }
  await expect(main.getByTestId("help-message")).toContainText("Minta bantuan KBRI");
  await expect(main).toContainText("Norodom Sihanouk");
  const police = main.locator(".police");
  await expect(police.locator('a[href="tel:117"]').first()).toBeVisible();
  await expect(police.locator("h2").first()).toContainText("pilihan");
  // Embassy first, on WhatsApp first: the hotlines come before the police section, and the
  // WhatsApp link before the ordinary call.
  const hotlines = await main.locator("a[href$='85512813282']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hotlines.slice(0, 2)).toEqual(["https://wa.me/85512813282", "tel:+85512813282"]);
  const order = await page.evaluate(() => {
    const tel = document.querySelector('main a[href="tel:+85512813282"]');
    const police = document.querySelector("main .police");
    return tel.compareDocumentPosition(police) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
});

test("every route has the way to the help message under its header", async ({ page }) => {
  const routes = ["/", "/kontak", "/kontak/kp2mi", "/kontak/verifikasi", "/panduan", "/panduan/pulang-ke-indonesia",
    "/cek", "/cek/siap-darurat", "/cari?q=visa", "/tentang", "/darurat", "/nggak-ada"];
  for (const path of routes) {
    await page.goto(path);
    await appReady(page);
    await expect(page.getByTestId("help-message-link"), path).toBeVisible();
  }
  await page.getByTestId("help-message-link").click();
  await expect(page).toHaveURL(/\/p\/h2#pesan$/);
});

test("contact pages: real links for every channel, copy, vCard, driver view, sources", async ({ page, context }) => {
  await page.goto("/kontak/kp2mi");
  await appReady(page);
  const channels = page.locator("main .channels a");
  const hrefs = await channels.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^(tel:\+?\d+|https:\/\/wa\.me\/\d+|sms:\+\d+|mailto:\S+@\S+|https:\/\/\S+)$/);

  await page.goto("/kontak/kbri-phnom-penh");
  await appReady(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const copy = page.locator("main .channel.call .copy").first();
  await copy.click();
  await expect(copy).toHaveText("Disalin ✓");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("+855 12 813 282");

  const save = page.locator("main a[download]");
  await expect(save).toHaveAttribute("download", "kbri-phnom-penh.vcf");
  const href = await save.getAttribute("href");
  const card = decodeURIComponent(href.slice(href.indexOf(",") + 1));
  expect(card).toContain("BEGIN:VCARD");
  expect(card).toContain("TEL;TYPE=VOICE:+85512813282");

  await page.getByRole("button", { name: "Tunjukkan ke sopir" }).click();
  const driver = page.getByRole("dialog");
  await expect(driver).toContainText("Please take me to:");
  await expect(driver).toContainText("Norodom Sihanouk Memorial");
  await driver.getByRole("button", { name: "Tutup" }).click();
  await expect(driver).toHaveCount(0);
  await expect(page.locator("main .sources time")).toBeVisible();
});

test("contacts are grouped embassy first", async ({ page }) => {
  await page.goto("/kontak");
  await appReady(page);
  const groups = await page.locator("main section h2").allTextContents();
  expect(groups).toEqual(["Kedutaan (KBRI)", "Di Kamboja", "Di Indonesia", "Organisasi"]);
});

test.describe("the number check", () => {
  const cases = [
    ["012 813 282", "official"],
    ["+855-12-813-282", "official"],
    ["85512813282", "official"],
    ["0 12 813 282", "official"],
    ["+855 61 844 661", "official"],
    ["117", "official"],
    ["+855 12 810 005", "unknown"],
    ["0812 3456 7890", "unknown"],
    ["halo bos", "invalid"],
    ["9".repeat(500), "invalid"],
  ];
  for (const [number, verdict] of cases) {
    test(`?nomor=${number.slice(0, 20)} is ${verdict}`, async ({ page }) => {
      await page.goto(`/kontak/verifikasi?nomor=${encodeURIComponent(number)}`);
      await appReady(page);
      const result = page.locator("[data-verdict]");
      await expect(result).toHaveAttribute("data-verdict", verdict);
      if (verdict === "official") await expect(result.locator("a[href^='/p/']").first()).toBeVisible();
      else {
        await expect(result).toContainText("SPLP");
        await expect(result.locator(HOTLINE)).toBeVisible();
      }
    });
  }

  test("typing a number updates the verdict", async ({ page }) => {
    await page.goto("/kontak/verifikasi");
    await appReady(page);
    await expect(page.locator("[data-verdict]")).toHaveCount(0);
    await page.locator("#nomor").fill("+855 12 813 282");
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "official");
    await expect(page.locator("[data-verdict]")).toContainText("KBRI Phnom Penh");
    await page.locator("#nomor").fill("+855 12 810 005");
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "unknown");
  });
});
