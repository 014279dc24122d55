// pelita.html, Pelita in one file (src/pocket.rs): opened from disk (file://) with the network
// blocked, as from a phone's downloads, a WhatsApp or Bluetooth transfer or a USB stick, it
// shows every guide, contact and checklist and asks for nothing. The about page offers it,
// except on the kiosk.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, appReady } from "./fixtures.js";

const DIST = process.env.E2E_DIST ?? "dist";
const FILE = pathToFileURL(resolve(DIST, "pelita.html")).href;
const json = (name) => JSON.parse(readFileSync(new URL(`../../public/data/${name}.json`, import.meta.url), "utf8"));
const data = (name) => json(name)[name];

test("the pocket file opened over file:// with network blocked shows every guide and makes no request", async ({ page, context }) => {
  await context.setOffline(true);
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.route((url) => url.href !== FILE, (route) => route.abort());

  await page.goto(FILE);
  await expect(page).toHaveTitle("Pelita");
  // The hotline first, before anything else on the page.
  await expect(page.locator("body > .hotline a").first()).toHaveAttribute("href", "https://wa.me/85512813282");

  // Every guide, contact and checklist, under its neutral anchor, listed in the contents.
  for (const kind of ["guides", "contacts", "checklists"]) {
    for (const entry of data(kind)) {
      const part = page.locator(`#p-${entry.code}`);
      await expect(part.locator("h3").first(), entry.id).toHaveText(entry.title.id);
      await expect(page.locator(`#isi a[href="#p-${entry.code}"]`), entry.id).toHaveText(entry.title.id);
    }
  }
  // A guide's steps, all of them.
  const guide = data("guides").find((g) => g.id === "tanpa-paspor-splp");
  await expect(page.locator(`#p-${guide.code} ol.steps > li`)).toHaveCount(guide.steps.length);
  // A checklist's items, and the rule for each verdict, with nothing to score them.
  const check = data("checklists").find((c) => c.id === "cek-kerja-paksa");
  await expect(page.locator(`#p-${check.code} .check-items > li`)).toHaveCount(check.items.length);
  await expect(page.locator(`#p-${check.code} .pocket-verdicts > li`)).toHaveCount(check.verdicts.length);
  await expect(page.locator(`#p-${check.code} .pocket-verdicts .rule`).first()).toHaveText("Kalau tidak ada yang dicentang:");
  await expect(page.locator(`#p-${check.code} .decisive`)).toHaveCount(check.items.filter((i) => i.decisive).length);
  // The edition date and each part's sources.
  await expect(page.locator("main .edition time")).toHaveAttribute("datetime", json("about").edition);
  await expect(page.locator(".pocket-entry footer.sources")).toHaveCount(data("guides").length + data("contacts").length + data("checklists").length);

  // No script, nothing interactive that needs one, no menu, no search.
  expect(await page.locator("script, link, button, input[type=search], nav.tabs, iframe, img").count()).toBe(0);
  // Every link inside the file has its part; every other one leaves for a real address.
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const href of hrefs) {
    if (href.startsWith("#")) await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
    else expect(href, href).toMatch(/^(https:\/\/|tel:|sms:|mailto:|data:text\/vcard)/);
  }
  // A link of the contents moves within the file.
  await page.locator(`#isi a[href="#p-${guide.code}"]`).click();
  await expect(page).toHaveURL(`${FILE}#p-${guide.code}`);
  await expect(page.locator(`#p-${guide.code} h3`).first()).toBeInViewport();

  expect(requests).toEqual([FILE]);
});

test("the pocket file has no WCAG 2.2 AA violations, in light and dark", async ({ page }, info) => {
  test.skip(info.project.name !== "phone", "a file people keep on a phone");
  // All of Pelita in one page: axe reads every part of it, twice.
  test.setTimeout(120_000);
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await page.goto(FILE);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("the about page offers the file to download, and says what a copy means", async ({ page }) => {
  await page.goto("/tentang");
  await appReady(page);
  const link = page.locator('a[href="/pelita.html"]');
  await expect(link).toHaveText("Simpan salinan untuk dibagikan");
  await expect(link).toHaveAttribute("download", "pelita.html");
  await expect(page.locator("main")).toContainText("tetap ada di folder unduhan HP");
  await expect(page.locator("main")).toContainText("cocokkan nomornya di Cek nomor");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("pelita.html");
  await expect(page).toHaveURL(/\/tentang$/);
});

test("the kiosk does not offer it", async ({ page }) => {
  await page.goto("/tentang?kiosk=1");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Tentang Pelita");
  await expect(page.locator('a[href="/pelita.html"]')).toBeHidden();
  await expect(page.locator('a[href="/cetak"]'), "nor the poster: a kiosk hides printing").toBeHidden();
});

test("a kiosk deployment does not offer them before the app starts either", async ({ browser, baseURL }) => {
  // The page as a kiosk deployment serves it (`pelita-kiosk` on), read without the app.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route("**/tentang", async (route) => {
    const served = await route.fetch();
    const html = (await served.text()).replace('<meta name="pelita-kiosk" content="off">', '<meta name="pelita-kiosk" content="on">');
    expect(html).toContain('<meta name="pelita-kiosk" content="on">');
    await route.fulfill({ response: served, body: html });
  });
  const page = await context.newPage();
  await page.goto(baseURL + "/tentang");
  await expect(page.locator("main h1")).toHaveText("Tentang Pelita");
  await expect(page.locator('a[href="/pelita.html"]')).toBeHidden();
  await expect(page.locator('a[href="/cetak"]')).toBeHidden();
  await context.close();
});
