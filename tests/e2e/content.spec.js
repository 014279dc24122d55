// The second edition of the content: the nine new guides in both languages and found by the
// words a worker types, Pelita's own advice marked, sources dated by their own date, the
// content's edition, the notice an old installed copy shows, and the forced-labour checklist
// that weighs a decisive sign on its own.
import { readFileSync } from "node:fs";
import { test, expect, appReady, entryHref } from "./fixtures.js";

const data = (name) => JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), "utf8"));
const guides = data("guides.json").guides;
const about = data("about.json");

const NEW_GUIDES = {
  "setelah-keluar": "baru keluar dari kompleks",
  "di-kbri": "apa yang terjadi di kbri",
  "tiba-di-indonesia": "pemeriksaan di bandara soekarno hatta",
  "razia-dan-deportasi": "kena razia",
  "terlanjur-ikut-menipu": "saya terlanjur ikut menipu",
  "sakit-atau-terluka": "dipukul bos luka",
  "penipuan-jemput-pulang": "calo pulang minta uang",
  "perbatasan-thailand": "poipet",
  "hp-diawasi": "hp saya dicek bos",
};

for (const [id, query] of Object.entries(NEW_GUIDES)) {
  const guide = guides.find((g) => g.id === id);
  test(`guide ${id} renders in both languages and is found by "${query}"`, async ({ page }) => {
    await page.goto(`/panduan/${id}`);
    await appReady(page);
    await expect(page.locator("main h1")).toHaveText(guide.title.id);
    await expect(page.locator("main ol.steps > li")).toHaveCount(guide.steps.length);
    await page.goto(`/panduan/${id}?lang=en`);
    await appReady(page);
    await expect(page.locator("main h1")).toHaveText(guide.title.en);
    await expect(page.locator("main .lead")).toHaveText(guide.summary.en);
    await page.goto(`/cari?q=${encodeURIComponent(query)}&lang=id`);
    await appReady(page);
    // The index is built in the background when search opens; the results follow.
    await expect(page.getByTestId("search-results").locator("li").first()).toBeVisible();
    const top3 = await page.getByTestId("search-results").locator("li > a").evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute("href")));
    expect(top3).toContain(entryHref(id));
  });
}

test("Pelita's own advice carries its label, and a source's date says what it is", async ({ page }) => {
  const watched = guides.find((g) => g.id === "hp-diawasi");
  await page.goto("/panduan/hp-diawasi");
  await appReady(page);
  const advice = page.locator("main li.advice");
  expect(await advice.count()).toBeGreaterThanOrEqual(watched.steps.length);
  // A list of nothing but advice says so once, under its heading, not on every line.
  await expect(page.locator("main .advice-note").first()).toHaveText("Semua di bawah ini saran Pelita, bukan dari sumber.");
  await expect(page.locator("main ol.steps .advice-label")).toHaveCount(0);
  await expect(page.locator("main .sources .verified")).toContainText("Tanggal sumber:");
  await expect(page.locator("main")).not.toContainText("Dicek:");
  // In a list that mixes sourced facts and advice, each piece of advice carries a quiet label.
  await page.goto("/panduan/setelah-keluar?lang=en");
  await appReady(page);
  await expect(page.locator("main li.advice .advice-label").first()).toHaveText("Pelita's advice: ");
  await expect(page.locator("main .sources .verified")).toContainText("Source date:");
});

test("the about page says when the content was last reviewed", async ({ page }) => {
  await page.goto("/tentang");
  await appReady(page);
  const edition = page.getByTestId("edition");
  await expect(edition).toContainText("terakhir ditinjau");
  await expect(edition.locator("time")).toHaveAttribute("datetime", about.edition);
  await expect(page.getByTestId("stale-content")).toHaveCount(0);
});

/// Days after the edition, as a Date.
function daysAfterEdition(days) {
  const date = new Date(`${about.edition}T12:00:00`);
  date.setDate(date.getDate() + days);
  return date;
}

test("an installed copy older than 120 days says so on every page, and a current one does not", async ({ page }) => {
  await page.clock.setFixedTime(daysAfterEdition(120));
  await page.goto("/");
  await appReady(page);
  await expect(page.getByTestId("stale-content")).toHaveCount(0);

  await page.clock.setFixedTime(daysAfterEdition(121));
  for (const path of ["/", "/panduan/di-kbri", "/kontak", "/cek/cek-kerja-paksa?lang=en"]) {
    await page.goto(path);
    await appReady(page);
    const notice = page.getByTestId("stale-content");
    await expect(notice, path).toBeVisible();
    await expect(notice.locator("time"), path).toHaveAttribute("datetime", about.edition);
  }
  await expect(page.getByTestId("stale-content")).toContainText("121 days ago");
  await expect(page.getByTestId("stale-content")).toContainText("Open Pelita once while you have internet");
  // Nothing is hidden: the page is all there under the notice.
  await expect(page.locator(".check-items input")).not.toHaveCount(0);
  await page.goto("/?lang=id");
  await appReady(page);
  await expect(page.getByTestId("stale-content")).toContainText("121 hari lalu");
});

test("one decisive sign gives the forced-labour checklist's most serious verdict", async ({ page }) => {
  await page.goto("/cek/cek-kerja-paksa");
  await appReady(page);
  const verdict = page.getByTestId("checklist-verdict");
  await expect(verdict.locator(".verdict")).toHaveClass(/ok/);
  await page.locator('label[for="item-paspor-diambil"]').click();
  await expect(verdict).toContainText("1 dari");
  await expect(verdict.locator(".verdict")).toHaveClass(/danger/);
  await page.locator('label[for="item-paspor-diambil"]').click();
  await expect(verdict.locator(".verdict")).toHaveClass(/ok/);
});

test("the kiosk start screen features what happens at the embassy", async ({ page }) => {
  await page.goto("/?kiosk=1");
  await appReady(page);
  const featured = page.getByTestId("kiosk-featured");
  await expect(featured).toHaveAttribute("href", entryHref("di-kbri"));
  await expect(featured).toContainText(guides.find((g) => g.id === "di-kbri").title.id);
});
