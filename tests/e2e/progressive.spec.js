// Every way in: each address is a real page drawn at build time (readable without JavaScript
// or WebAssembly, indexable, with working links and the hotline), which the app takes over
// without a visible jump; and a page opened inside Facebook, Instagram or TikTok says how to
// open Pelita where it can be installed.
import { readFileSync } from "node:fs";
import { test, expect, appReady, HOTLINE, entryHref } from "./fixtures.js";

const data = (name) => JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), "utf8"));
const guide = (id) => data("guides.json").guides.find((g) => g.id === id);
const checklist = (id) => data("checklists.json").checklists.find((c) => c.id === id);
const contact = (id) => data("contacts.json").contacts.find((c) => c.id === id);

// Every route of the app, with the h1 its page drawn at build time shows.
const PAGES = [
  ["/", "Informasi untuk WNI di Kamboja"],
  ["/darurat", "Darurat: hubungi KBRI dulu"],
  ["/kontak", "Kontak"],
  ["/kontak/kbri-phnom-penh", contact("kbri-phnom-penh").title.id],
  ["/kontak/verifikasi", "Cek nomor: KBRI asli atau palsu?"],
  ["/panduan", "Panduan"],
  ["/panduan/di-kbri", guide("di-kbri").title.id],
  ["/panduan/terlanjur-ikut-menipu", guide("terlanjur-ikut-menipu").title.id],
  ["/cek", "Daftar cek"],
  ["/cek/cek-kerja-paksa", checklist("cek-kerja-paksa").title.id],
  ["/cari", "Cari"],
  ["/tentang", "Tentang Pelita"],
  ["/langkah-pulang", "Langkah pulang saya"],
  // English pages are drawn too, at their own addresses, neutral and descriptive.
  ["/en", "Information for Indonesians in Cambodia"],
  [entryHref("di-kbri", "en"), guide("di-kbri").title.en],
  ["/en/panduan/terlanjur-ikut-menipu", guide("terlanjur-ikut-menipu").title.en],
  ["/en/p/w7", "My way home"],
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, h1] of PAGES) {
    test(`${path} shows its real heading, content and the hotline`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("main h1")).toHaveText(h1);
      await expect(page.locator(HOTLINE).first()).toBeVisible();
      await expect(page.locator("nav.tabs a[href$='/panduan']")).toBeVisible();
    });
  }

  test("links lead from page to page, and the parts that need the app say what works instead", async ({ page }) => {
    await page.goto("/");
    await page.locator(`main a[href='${entryHref("tanpa-paspor-splp")}']`).click();
    await expect(page).toHaveURL(new RegExp(`${entryHref("tanpa-paspor-splp")}$`));
    await expect(page.locator("main h1")).toHaveText(guide("tanpa-paspor-splp").title.id);
    await expect(page.locator("main ol.steps > li")).toHaveCount(guide("tanpa-paspor-splp").steps.length);
    await page.locator("nav.tabs a[href='/cek']").click();
    await page.locator(`main a[href='${entryHref("cek-kerja-paksa")}']`).click();
    // The checklist's items are all there to read, and what needs the app says so.
    await expect(page.locator(".check-items li")).toHaveCount(checklist("cek-kerja-paksa").items.length);
    await expect(page.locator(".app-fallback")).toBeVisible();
    await expect(page.locator(".app-fallback")).toContainText("hubungi KBRI");
    // A search box says it needs the app, sends nothing, and the search page offers the
    // guide and contact lists (hostile.spec.js checks that nothing is sent).
    await page.goto("/");
    await expect(page.locator("main .search .app-fallback")).toBeVisible();
    await page.goto("/cari");
    await expect(page.locator(".app-fallback a[href='/panduan']")).toBeVisible();
    // The number check names where the official numbers are.
    await page.goto("/kontak/verifikasi");
    await expect(page.locator(`.app-fallback a[href='${entryHref("kbri-phnom-penh")}']`)).toBeVisible();
    // The help message still opens WhatsApp to the hotline.
    await page.goto("/darurat");
    await expect(page.getByTestId("help-whatsapp")).toHaveAttribute("href", /^https:\/\/wa\.me\/85512813282\?text=Halo/);
    await expect(page.getByTestId("help-message").locator(".app-fallback")).toBeVisible();
    // Quick exit is a plain link that works too.
    await expect(page.getByTestId("quick-exit")).toHaveAttribute("href", "https://www.google.com/");
  });
});

test("where WebAssembly is unavailable (Lockdown Mode, old browsers) the pages read as they are", async ({ page }) => {
  await page.addInitScript(() => delete globalThis.WebAssembly);
  // The loader says once why the app did not start; that is expected here.
  page.on("console", () => {});
  await page.goto("/cek/cek-kerja-paksa");
  await expect(page.locator("html")).toHaveClass(/no-app/);
  await expect(page.locator("main h1")).toHaveText(checklist("cek-kerja-paksa").title.id);
  await expect(page.locator(".check-items li")).toHaveCount(checklist("cek-kerja-paksa").items.length);
  await expect(page.locator(".app-fallback")).toBeVisible();
  await expect(page.locator(HOTLINE).first()).toBeVisible();
  await page.goto("/panduan/di-kbri");
  await expect(page.locator("main h1")).toHaveText(guide("di-kbri").title.id);
  await expect(page.locator("#boot")).toHaveCount(1);
});

test("each page is indexable: its own HTML, a neutral title, the language, the content", async ({ request }) => {
  for (const [path, h1] of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toContain(`<html lang="${path.startsWith("/en") ? "en" : "id"}">`);
    expect(html, path).toContain("<title>Pelita</title>");
    expect(html, path).toMatch(/<meta name="description" content="[^"]+">/);
    expect(html, path).toContain(`<h1${path === "/" || path === "/en" ? ' class="home-title"' : ""}>${h1.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</h1>`);
    expect(html, path).toContain('href="tel:+85512813282"');
  }
  // An address with no page of its own still gets the app.
  expect((await request.get("/panduan/tidak-ada")).status()).toBe(200);
});

test("the app takes over the page as served without a visible jump", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    addEventListener("DOMContentLoaded", () => {
      const h1 = document.querySelector("main h1");
      window.__served = { text: h1.textContent, top: h1.getBoundingClientRect().top };
    });
  });
  await page.goto("/panduan/di-kbri");
  await appReady(page);
  const { served, shifts, now } = await page.evaluate(() => {
    const h1 = document.querySelector("main h1");
    return { served: window.__served, shifts: window.__shifts, now: { text: h1.textContent, top: h1.getBoundingClientRect().top } };
  });
  expect(now).toEqual(served);
  expect(shifts).toBeLessThan(0.01);
});

test.describe("opened inside another app's browser", () => {
  test.use({ userAgent: "Mozilla/5.0 (Linux; Android 12; SM-A125F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/447.0.0.41.108;]" });

  test("one short line says how to open Pelita in Chrome or Safari, and can be put away", async ({ page }) => {
    await page.goto("/");
    await appReady(page);
    const notice = page.getByTestId("in-app");
    await expect(notice).toContainText("Pelita terbuka di dalam Facebook");
    await expect(notice).toContainText("Chrome atau Safari");
    await notice.getByRole("button", { name: "Tutup" }).click();
    await expect(notice).toBeHidden();
  });
});

test("an ordinary browser gets no such line", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.getByTestId("in-app")).toHaveCount(0);
});

test("what is typed into the page as served, before the app starts, is still there after", async ({ page }) => {
  // The code arrives only once the person has typed.
  let release;
  const typed = new Promise((resolve) => (release = resolve));
  await page.route(/\/pelita-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto("/cari");
  await page.locator("#boot #q").fill("paspor ditahan");
  release();
  await appReady(page);
  await expect(page.locator("#q")).toHaveValue("paspor ditahan");
  await expect(page.getByTestId("search-results")).toBeVisible();
});
