// From reading to acting, counted in taps, on a phone (360×800) and at the kiosk's size
// (1080×1920): the help form from a guide, a number named in a guide, the number check from the
// guide about fake embassy calls, and the way home taken from the kiosk to a visitor's phone.
import { readFileSync } from "node:fs";
import { test, expect, appReady, entryHref } from "./fixtures.js";

const guides = JSON.parse(readFileSync("public/data/guides.json", "utf8")).guides;

test.use({ stubHosts: ["wa.me"] });

/** Counts the taps a test makes. */
function tapper(page) {
  const tapped = { count: 0 };
  tapped.tap = async (locator) => {
    tapped.count += 1;
    await locator.click();
  };
  return tapped;
}

test("the help form is one tap from a guide, with its first choice ready", async ({ page }) => {
  await page.goto(entryHref("paspor-ditahan"));
  await appReady(page);
  await page.evaluate(() => window.scrollTo(0, 400));
  const taps = tapper(page);
  await taps.tap(page.getByTestId("help-message-link"));
  const form = page.getByTestId("help-message");
  await expect(form.locator("input").first()).toBeFocused();
  await expect(form.locator("input").first()).toBeInViewport();
  expect(taps.count).toBe(1);
});

test("a number named in a guide is one tap from WhatsApp", async ({ page }) => {
  await page.goto(entryHref("setelah-keluar"));
  await appReady(page);
  const number = page.locator("main a.num-action").first();
  await expect(number).toHaveAttribute("href", /^https:\/\/wa\.me\/855\d+$/);
  const taps = tapper(page);
  await taps.tap(number);
  await expect(page).toHaveURL(/^https:\/\/wa\.me\/855\d+/);
  expect(taps.count).toBe(1);
});

test("numbers in a text are actions, the embassy's on WhatsApp, others to call, drawn at build time too", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseURL + entryHref("untuk-keluarga"));
  const actions = await page.locator("main a.num-action").evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute("href")]));
  expect(actions.length).toBeGreaterThan(0);
  for (const [number, href] of actions) {
    if (number.startsWith("+855")) expect(href, number).toMatch(/^https:\/\/wa\.me\/855/);
    else expect(href, number).toMatch(/^(tel:|https:\/\/wa\.me\/62)/);
  }
  await context.close();
});

test("the number check is one tap from the guide about fake embassy calls", async ({ page }) => {
  await page.goto(entryHref("penipuan-atas-nama-kbri"));
  await appReady(page);
  const taps = tapper(page);
  await taps.tap(page.locator("main a[href^='/p/n5']").first());
  await expect(page.locator("main h1")).toHaveText("Cek nomor: KBRI asli atau palsu?");
  await expect(page.locator("#nomor")).toBeVisible();
  expect(taps.count).toBe(1);
});

test("the Cek section lists the number check beside the checklists", async ({ page }) => {
  await page.goto("/cek");
  await appReady(page);
  await expect(page.locator("main a.card[href='/p/n5']")).toContainText("Cek nomor");
});

test("the home page has a way in for family members in Indonesia", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const family = page.getByTestId("family");
  await expect(family).toContainText("Keluarga di Indonesia?");
  for (const id of ["untuk-keluarga", "penipuan-jemput-pulang", "kp2mi", "polisi-indonesia-110"]) {
    await expect(family.locator(`a[href='${entryHref(id)}']`), id).toBeVisible();
  }
});

test.describe("the kiosk hand-off", () => {
  const PUBLIC = "https://pelita.example";
  // The pages come through the test's own rewrite below, never a service worker's copy.
  test.use({ serviceWorkers: "block" });

  /** Serves every page with the deployment's public address set, as a kiosk is set up. */
  async function withPublicAddress(page) {
    await page.route("**/*", async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace('<meta name="pelita-public-url" content="">', `<meta name="pelita-public-url" content="${PUBLIC}">`);
      await route.fulfill({ response, body: html });
    });
  }

  test("the way home goes to a visitor's phone in two taps, as its general steps", async ({ page }) => {
    await withPublicAddress(page);
    await page.goto("/?kiosk=1");
    await appReady(page);
    const taps = tapper(page);
    await taps.tap(page.getByTestId("way-home-link"));
    await appReady(page);
    // Ticks of this visitor never go with it.
    await page.getByTestId("way-home").locator("> li").nth(0).locator("label").click();
    const takeHome = page.getByTestId("take-home");
    // Within reach from a wheelchair: in the lower half of the screen.
    const box = await takeHome.boundingBox();
    expect(box.y).toBeGreaterThan(page.viewportSize().height / 2);
    await taps.tap(takeHome);
    const qr = page.getByRole("dialog").getByTestId("qr");
    const payload = await qr.getAttribute("data-payload");
    expect(payload.startsWith(`${PUBLIC}/p/w7\n1. `), payload).toBe(true);
    expect(payload).toContain("WhatsApp KBRI +855 12 813 282");
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(300);
    expect(taps.count).toBe(2);
  });

  test("a guide's code carries its answer; save and copy open it instead of acting on the kiosk", async ({ page }) => {
    await withPublicAddress(page);
    await page.goto(`${entryHref("paspor-ditahan")}?kiosk=1`);
    await appReady(page);
    await page.getByTestId("take-home").click();
    const payload = await page.getByRole("dialog").getByTestId("qr").getAttribute("data-payload");
    expect(payload.split("\n")[0]).toBe(PUBLIC + entryHref("paspor-ditahan"));
    // Its answer, as far as a readable code holds (cut at a word).
    // As the page shows it: a number mention is the number.
    const answer = guides.find((g) => g.id === "paspor-ditahan").answer.id.replace(/\[\[([^|\]]*)\]\]/g, "$1");
    const carried = payload.split("\n")[1];
    expect(answer.startsWith(carried.replace(/…$/, ""))).toBe(true);
    await page.getByRole("dialog").getByRole("button").last().click();
    const downloads = [];
    page.on("download", (download) => downloads.push(download.url()));
    await page.goto(`${entryHref("kbri-phnom-penh")}?kiosk=1`);
    await appReady(page);
    for (const name of ["Simpan ke HP", "Salin nomor"]) {
      await page.getByRole("button", { name }).first().click();
      await expect(page.getByRole("dialog").getByTestId("qr"), name).toBeVisible();
      await page.getByRole("dialog").getByRole("button").last().click();
    }
    expect(downloads).toEqual([]);
  });

  test("without a public address staff are told to set it up, and no code that cannot work is shown", async ({ page }) => {
    await page.goto(`${entryHref("paspor-ditahan")}?kiosk=1`);
    await appReady(page);
    await page.getByTestId("take-home").click();
    await expect(page.getByRole("dialog").getByTestId("kiosk-setup")).toContainText("pelita-public-url");
    await expect(page.getByRole("dialog").getByTestId("qr")).toHaveCount(0);
    await expect(page.getByRole("dialog").getByText("Pindai"), "no word about scanning a code that is not there").toBeHidden();
  });
});
