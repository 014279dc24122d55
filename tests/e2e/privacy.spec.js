// A phone that someone else checks: what Pelita keeps, the choice to keep the sensitive lists,
// one button that erases everything, nothing sensitive in an address, and what the browser's
// own history records of a visit.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { test, expect, appReady } from "./fixtures.js";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../bench/chromium.mjs";

/// Every key this origin's local storage holds, with its value.
const storage = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

test("a first visit that chooses nothing stores nothing", async ({ page }) => {
  for (const path of ["/", "/panduan/di-kbri", "/cek/cek-tawaran-kerja", "/langkah-pulang", "/darurat"]) {
    await page.goto(path);
    await appReady(page);
  }
  expect(await storage(page)).toEqual({});
});

test("the forced-labour checklist keeps its ticks only after a yes, and a no stores nothing", async ({ page }) => {
  await page.goto("/cek/cek-kerja-paksa");
  await appReady(page);
  await expect(page.getByTestId("keep-choice")).toHaveCount(0);
  await page.locator('label[for="item-hp-diambil"]').click();
  const choice = page.getByTestId("keep-choice");
  await expect(choice).toContainText("Simpan jawaban ini di HP ini?");
  expect(await storage(page)).toEqual({});

  // No: kept while the page is open, gone after a reload, and the no itself is not stored.
  await choice.getByRole("button", { name: "Jangan simpan" }).click();
  await expect(choice).toContainText("tidak disimpan");
  await expect(page.locator(".check-items input:checked")).toHaveCount(1);
  expect(await storage(page)).toEqual({});
  await page.reload();
  await appReady(page);
  await expect(page.locator(".check-items input:checked")).toHaveCount(0);

  // Yes: kept over a reload, and not asked again.
  await page.locator('label[for="item-hp-diambil"]').click();
  await page.getByTestId("keep-choice").getByRole("button", { name: "Ya, simpan di HP ini" }).click();
  await expect(page.getByTestId("keep-choice")).toContainText("disimpan di HP ini");
  const kept = await storage(page);
  expect(Object.keys(kept)).toEqual(["pelita.answers.v1"]);
  expect(kept["pelita.answers.v1"]).toContain("hp-diambil");
  await page.reload();
  await appReady(page);
  await expect(page.locator(".check-items input:checked")).toHaveCount(1);
  await expect(page.getByTestId("keep-choice")).not.toContainText("Simpan jawaban ini");
});

test("the way home asks before keeping, like the forced-labour checklist", async ({ page }) => {
  await page.goto("/langkah-pulang");
  await appReady(page);
  await page.getByTestId("way-home").locator("> li").nth(0).locator("label").click();
  await expect(page.getByTestId("keep-choice")).toContainText("Simpan jawaban ini di HP ini?");
  expect(await storage(page)).toEqual({});
  await page.reload();
  await appReady(page);
  await expect(page.getByTestId("way-home").locator("input:checked")).toHaveCount(0);
});

test("one tap erases every key Pelita wrote, says what it removed, and leaves nothing behind", async ({ page }) => {
  // Everything Pelita keeps: a language choice, a checklist, a kept sensitive list, and the
  // worker's copies of the pages opened.
  await page.goto("/cek/cek-tawaran-kerja");
  await appReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator("header button.lang").click();
  await page.locator(".check-items label").first().click();
  await page.goto("/cek/cek-kerja-paksa?lang=id");
  await appReady(page);
  await page.locator('label[for="item-paspor-diambil"]').click();
  await page.getByTestId("keep-choice").getByRole("button", { name: "Ya, simpan di HP ini" }).click();
  expect(Object.keys(await storage(page)).length).toBeGreaterThanOrEqual(2);

  for (const path of ["/tentang", "/cek/cek-kerja-paksa", "/langkah-pulang"]) {
    await page.goto(path);
    await appReady(page);
    await expect(page.getByTestId("erase-all"), path).toHaveText("Hapus semua data Pelita di HP ini");
  }
  await page.goto("/tentang");
  await appReady(page);
  await page.getByTestId("erase-all").click();
  await expect(page.getByTestId("erase-report")).toContainText("Sudah dihapus:");
  await expect(page.getByTestId("erase-report")).toContainText("jawaban daftar cek");
  await expect(page.getByTestId("erase-report")).toContainText("pilihan bahasa");
  // The test enumerates storage itself, not a list of known keys.
  expect(await storage(page)).toEqual({});
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  // The service worker forgets the pages it kept as they were opened (they tell what was
  // read); what every install holds stays.
  const openedPages = () =>
    page.evaluate(async () => {
      const kept = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) kept.push(new URL(request.url).pathname);
      }
      return kept.filter((path) => /^\/(cek|p|en|panduan|kontak|tentang|langkah-pulang)(\/|$)/.test(path));
    });
  await expect.poll(openedPages).toEqual([]);
  await page.goto("/cek/cek-kerja-paksa");
  await appReady(page);
  await expect(page.locator(".check-items input:checked")).toHaveCount(0);
  expect(await storage(page)).toEqual({});
  await page.goto("/tentang");
  await appReady(page);
  await page.getByTestId("erase-all").click();
  await expect(page.getByTestId("erase-report")).toHaveText("Tidak ada data Pelita yang tersimpan di HP ini.");
});

test("nothing is stored in kiosk mode", async ({ page }) => {
  await page.goto("/cek/cek-tawaran-kerja?kiosk=1");
  await appReady(page);
  await page.locator(".check-items label").first().click();
  await page.goto("/langkah-pulang");
  await appReady(page);
  await page.getByTestId("way-home").locator("> li").nth(0).locator("label").click();
  await page.locator(".language-choice, header button.lang").first().click();
  expect(await storage(page)).toEqual({});
  await expect(page.getByTestId("keep-choice")).toHaveCount(0);
});

test("ticks, tracker steps and help-message fields never appear in an address", async ({ page }) => {
  const addresses = [];
  page.on("framenavigated", (frame) => frame === page.mainFrame() && addresses.push(frame.url()));
  await page.goto("/cek/cek-kerja-paksa");
  await appReady(page);
  await page.locator('label[for="item-paspor-diambil"]').click();
  await page.goto("/langkah-pulang");
  await appReady(page);
  await page.getByTestId("way-home").locator("> li").nth(0).locator("label").click();
  await page.goto("/darurat");
  await appReady(page);
  await page.locator("#help-place").fill("Gedung Rahasia");
  await page.getByLabel("Saya tidak bisa keluar").check();
  addresses.push(page.url(), ...(await page.evaluate(() => [location.href])));
  for (const url of addresses) {
    expect(url).not.toMatch(/paspor-diambil|lapor-ke-kbri|Rahasia|tidak-bisa-keluar|keadaan=/);
  }
});

/// Reads the URLs and visit counts Chromium's own history database recorded for `origin`.
function chromiumHistory(profile, origin) {
  const script = `
import sqlite3, sys, json
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro&immutable=1", uri=True)
rows = db.execute("select url, title, visit_count from urls where url like ? order by id", (sys.argv[2] + "%",)).fetchall()
visits = db.execute("select count(*) from visits join urls on visits.url = urls.id where urls.url like ?", (sys.argv[2] + "%",)).fetchone()[0]
print(json.dumps({"urls": rows, "visits": visits}))
`;
  return JSON.parse(execFileSync("python3", ["-c", script, join(profile, "Default", "History"), origin], { encoding: "utf8" }));
}

test("what Chromium's history records of a visit: one neutral title, and neutral addresses that do not tell", async ({ baseURL }, info) => {
  test.skip(info.project.name !== "phone", "one browser profile is enough");
  const profile = mkdtempSync(join(tmpdir(), "pelita-history-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
      viewport: { width: 360, height: 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL + "/");
    await appReady(page);
    // In-app navigation: a few pages by their links, a search typed, the quick way back.
    await page.locator("nav.tabs a[href='/panduan']").click();
    await page.locator("main a.card", { hasText: "Kalau HP Anda diperiksa orang" }).click();
    await expect(page.locator("main h1")).toBeVisible();
    await page.locator('header a[href="/cari"]').click();
    await page.locator("#q").pressSequentially("paspor", { delay: 40 });
    await expect(page.getByTestId("search-results")).toBeVisible();
    expect(await page.evaluate(() => history.state)).toBeNull();
    const historyLength = await page.evaluate(() => history.length);
    await page.goBack();
    await expect(page).toHaveURL(/\/p\/[a-z0-9]{3}$/);
    await context.close();

    const recorded = chromiumHistory(profile, baseURL);
    console.log(`history: history.length ${historyLength}; Chromium recorded ${recorded.visits} visits of ${recorded.urls.length} addresses:\n` +
      recorded.urls.map(([url, title, count]) => `  ${count}x ${url} "${title}"`).join("\n"));
    // Every page of Pelita is titled "Pelita": the history never names a topic in its titles.
    for (const [, title] of recorded.urls) expect(["Pelita", ""]).toContain(title);
    // Each page's address is neutral (`/p/<code>`), so the history does not say what was read;
    // what the person typed does not reach the history at all.
    const urls = recorded.urls.map(([url]) => url);
    expect(urls.some((url) => /\/p\/[a-z0-9]{3}$/.test(url))).toBe(true);
    expect(urls.filter((url) => /\/(panduan|kontak|cek)\/|darurat|langkah-pulang|hp-diawasi/.test(url))).toEqual([]);
    expect(urls.filter((url) => /[?&](q|nomor)=/.test(url))).toEqual([]);
    expect(historyLength).toBe(5);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
