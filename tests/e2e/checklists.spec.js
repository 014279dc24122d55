import { test, expect, appReady, entryHref } from "./fixtures.js";

const KEY = "pelita.answers.v1";

test("ticks change the verdict, survive a reload and can be cleared", async ({ page }) => {
  await page.goto("/cek/cek-tawaran-kerja");
  await appReady(page);
  const verdict = page.getByTestId("checklist-verdict");
  const boxes = page.locator(".check-items input[type=checkbox]");
  expect(await boxes.count()).toBeGreaterThanOrEqual(4);
  await expect(verdict).toContainText("0 dari");
  const before = await verdict.locator(".verdict-title").textContent();

  for (let i = 0; i < 4; i++) await page.locator(".check-items label").nth(i).click();
  await expect(verdict).toContainText("4 dari");
  await expect(verdict.locator(".verdict")).toHaveClass(/danger/);
  await expect(verdict.locator(".verdict-title")).not.toHaveText(before);
  // The reader of a job offer is still in Indonesia: KP2MI's free line leads, then police 110.
  await expect(verdict.locator("a.call-button").first()).toHaveAttribute("href", "tel:08001000");
  await expect(verdict.locator("a[href^='/p/']").first()).toBeVisible();

  await page.reload();
  await appReady(page);
  await expect(page.locator(".check-items input:checked")).toHaveCount(4);
  await expect(verdict).toContainText("4 dari");

  await page.getByRole("button", { name: "Hapus jawaban saya" }).click();
  await expect(page.locator(".check-items input:checked")).toHaveCount(0);
  await expect(verdict).toContainText("0 dari");
  await page.reload();
  await appReady(page);
  await expect(page.locator(".check-items input:checked")).toHaveCount(0);
});

test("corrupt saved answers are reset with a notice, without a crash", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate((key) => localStorage.setItem(key, "{not json"), KEY);
  await page.goto("/cek/cek-tawaran-kerja");
  await appReady(page);
  await expect(page.locator(".notice")).toContainText("dikosongkan");
  await expect(page.locator(".check-items input:checked")).toHaveCount(0);
  await page.locator(".check-items label").first().click();
  await expect(page.locator(".check-items input:checked")).toHaveCount(1);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
  expect(stored.v).toBe(1);
});

test("the checklist list links to every checklist", async ({ page }) => {
  await page.goto("/cek");
  await appReady(page);
  for (const id of ["cek-tawaran-kerja", "cek-kerja-paksa", "siap-darurat"]) {
    await expect(page.locator(`main a[href="${entryHref(id)}"]`)).toBeVisible();
  }
});
