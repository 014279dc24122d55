// The installed app: it works with no network after one visit, keeps its last good content,
// waits for the user before switching to a new version, and is locked down by its CSP.
//
// Each test serves its own copy of the build (scripts/serve.mjs on a free port), so it can
// stop the server (Playwright's setOffline does not reach the service worker; a stopped
// server does) or swap a second version of the build in.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base, expect, appReady, entryHref, HOTLINE } from "./fixtures.js";

const DIST = process.env.E2E_DIST ?? "dist";
const OFFLINE_NOTICE = "Offline — isi tetap bisa dibaca";
const UPDATE_PROMPT = "Versi baru tersedia — muat ulang";

const PAGES = [
  ["/", "Informasi untuk WNI di Kamboja"],
  ["/panduan/paspor-ditahan", "Paspor"],
  ["/kontak/kbri-phnom-penh", "KBRI Phnom Penh"],
  ["/cari?q=paspor", "Cari"],
];

/** Serves `root` with scripts/serve.mjs on a free port until stopped. */
async function startServer(root) {
  const server = spawn(process.execPath, ["scripts/serve.mjs", root, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const [firstLine] = await once(server.stdout, "data");
  const url = String(firstLine).match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
  if (!url) throw new Error(`serve.mjs did not say where it listens: ${firstLine}`);
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = once(server, "exit");
    server.kill();
    await exited;
  };
  return { url, stop };
}

const test = base.extend({
  site: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), "pelita-offline-"));
    const root = join(dir, "site");
    await cp(DIST, root, { recursive: true });
    const server = await startServer(root);
    await use({ dir, root, url: server.url, stop: server.stop });
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  },
  // The fixture's third-party check compares every request with this origin.
  baseURL: async ({ site }, use) => use(site.url),
});

/** Waits until the service worker has cached the app and controls the page. */
async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A second version of the build: the first with a marker in every page, finished again by
 *  the same post-build hook Trunk runs, so its precache version and CSP are its own. */
async function buildSecondVersion(site) {
  const second = join(site.dir, "second");
  await cp(site.root, second, { recursive: true });
  const pages = (await readdir(second, { recursive: true })).filter((path) => path.endsWith("index.html"));
  for (const page of pages) {
    const file = join(second, page);
    const html = await readFile(file, "utf8");
    await writeFile(file, html.replace("<head>", '<head>\n  <meta name="pelita-test-version" content="2">'));
  }
  execFileSync(process.execPath, ["scripts/post-build.mjs", second], { stdio: "ignore" });
  return second;
}

/** Replaces what the server serves, as a deploy would. */
async function deploy(from, root) {
  for (const name of await readdir(root)) await rm(join(root, name), { recursive: true, force: true });
  await cp(from, root, { recursive: true });
}

test("after one visit every page opens with no network at all", async ({ page, context, site }) => {
  // The kiosk's QR module is not a phone's download, neither for the page nor for the cache.
  const kioskFiles = [];
  context.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/kiosk/")) kioskFiles.push(request.url());
  });
  await page.goto("/");
  await appReady(page);
  await waitForServiceWorker(page);
  await site.stop();
  await context.setOffline(true);
  for (const [path, heading] of PAGES) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator("main h1").first(), path).toContainText(heading);
    await expect(page.locator(HOTLINE).first(), path).toBeVisible();
    await expect(page.getByText(OFFLINE_NOTICE), path).toBeVisible();
  }
  await expect(page.locator(`main a[href="${entryHref("paspor-ditahan")}"]`).first()).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText(OFFLINE_NOTICE)).toHaveCount(0);
  expect(kioskFiles).toEqual([]);
});

test("a kiosk keeps its QR module and draws QR codes with no network", async ({ page, context, site }) => {
  await page.goto("/?kiosk=1");
  await appReady(page);
  await waitForServiceWorker(page);
  // The worker keeps the module when the kiosk asks, not on a phone's visit.
  const kept = () =>
    page.evaluate(async () => {
      const cached = await Promise.all(["/kiosk/qr.js", "/kiosk/qr_bg.wasm"].map((path) => caches.match(path)));
      return cached.every(Boolean);
    });
  await expect.poll(kept).toBe(true);
  await site.stop();
  await context.setOffline(true);
  await page.goto("/panduan/paspor-ditahan");
  await appReady(page);
  // The hotline's WhatsApp link, held back from leaving the kiosk, as a QR code.
  await page.locator(".hotline a.wa").click();
  const qr = page.getByRole("dialog").getByTestId("qr");
  await expect(qr).toHaveAttribute("data-payload", "https://wa.me/85512813282");
  await expect(qr.locator("svg path")).toHaveAttribute("d", /^M4 4h1v1h-1z/);
  await context.setOffline(false);
});

/** Serves `text` as the content bundle from now on (the server would send its compressed
 *  copies first, so they go). */
async function serveContent(site, text) {
  const bundle = join(site.root, "data/content.json");
  await rm(bundle + ".br", { force: true });
  await rm(bundle + ".gz", { force: true });
  await writeFile(bundle, text);
}

test("broken or invalid new data never replaces the last good content", async ({ page, site }) => {
  await page.goto("/");
  await appReady(page);
  await waitForServiceWorker(page);
  const good = JSON.parse(await readFile(join(site.root, "data/content.json"), "utf8"));
  // A download cut off halfway, data that is JSON but not valid for this version, and a
  // captive portal's page that happens to be JSON.
  const portal = JSON.stringify({ status: "login", message: "Please log in to the hotel Wi-Fi" });
  for (const broken of ['{"contacts.json": {"contacts": [{"id": "kbri-ph', JSON.stringify({ ...good, "guides.json": {} }), portal]) {
    await serveContent(site, broken);
    await page.goto("/kontak/kbri-phnom-penh");
    await appReady(page);
    await expect(page.locator("main h1")).toContainText("KBRI Phnom Penh");
    await page.goto("/panduan/paspor-ditahan");
    await appReady(page);
    await expect(page.locator("main h1")).toContainText("Paspor");
  }
});

test("a new version waits for the user, then runs after one tap", async ({ page, site }) => {
  // Two installs of the whole app, one while the page is in use: slow on a loaded machine.
  test.setTimeout(60_000);
  const marker = page.locator('meta[name="pelita-test-version"]');
  await page.goto("/kontak");
  await appReady(page);
  await waitForServiceWorker(page);
  await deploy(await buildSecondVersion(site), site.root);

  await page.reload();
  await appReady(page);
  const prompt = page.getByRole("button", { name: UPDATE_PROMPT });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  // Until the tap, the page in use stays on the version it started with.
  await expect(marker).toHaveCount(0);

  await prompt.click();
  await expect(marker).toHaveAttribute("content", "2", { timeout: 15_000 });
  await appReady(page);
  await expect(page).toHaveURL(/\/kontak$/);
  await expect(prompt).toHaveCount(0);
});

test("a captive portal's JSON is never kept as the last good content", async ({ page, site }) => {
  await page.goto("/");
  await appReady(page);
  await waitForServiceWorker(page);
  await serveContent(site, JSON.stringify({ status: "login" }));
  await page.goto("/panduan");
  await appReady(page);
  // The worker answered from its copy and kept nothing of the portal's answer.
  const kept = await page.evaluate(async () => {
    const names = await caches.keys();
    const copies = await Promise.all(names.map(async (name) => (await caches.open(name)).match("/data/content.json")));
    return Promise.all(copies.filter(Boolean).map((response) => response.text()));
  });
  expect(kept.length).toBeGreaterThan(0);
  for (const text of kept) expect(text).toContain("contacts.json");
  await expect(page.locator("main .cards li").first()).toBeVisible();
});

test("a deployment copied halfway never becomes the offline app", async ({ page, site }) => {
  test.setTimeout(60_000);
  await page.goto("/kontak");
  await appReady(page);
  await waitForServiceWorker(page);
  // The versions' caches (the newest data download has a cache of its own).
  const versions = () => page.evaluate(async () => (await caches.keys()).filter((name) => !name.endsWith("-latest-data")).sort());
  const before = await versions();
  // The new version's worker and file list arrive, but the other files are still the old ones.
  const second = await buildSecondVersion(site);
  await cp(join(second, "sw.js"), join(site.root, "sw.js"));
  for (const copy of ["sw.js.br", "sw.js.gz"]) await rm(join(site.root, copy), { force: true });
  await page.reload();
  await appReady(page);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update().catch(() => {}));
  // The install fails on the first file whose hash is not the list's, and leaves no cache.
  await expect.poll(versions, { timeout: 20_000 }).toEqual(before);
  await expect(page.getByRole("button", { name: UPDATE_PROMPT })).toHaveCount(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  await site.stop();
  await page.goto("/panduan/paspor-ditahan");
  await appReady(page);
  await expect(page.locator("main h1")).toContainText("Paspor");
});

test("the manifest makes Pelita installable with its own icons", async ({ page, request }) => {
  await page.goto("/");
  await appReady(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const response = await request.get(href);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "Pelita",
    short_name: "Pelita",
    start_url: "/",
    display: "standalone",
    theme_color: "#1d3557",
    background_color: "#1d3557",
  });
  for (const purpose of ["any", "maskable"]) {
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i) => i.purpose === purpose && i.sizes === `${size}x${size}`);
      expect(icon, `${purpose} ${size}`).toBeTruthy();
      const png = await (await request.get(icon.src)).body();
      // A PNG's width and height are the big-endian numbers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([size, size]);
    }
  }
});

test("the page runs under its CSP: no inline script, vCard download still works", async ({ page, request }) => {
  const html = await (await request.get("/")).text();
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(policy).not.toContain("unsafe-inline");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  await page.goto("/kontak/kbri-phnom-penh");
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("main a[download]").click()]);
  expect(download.suggestedFilename()).toBe("kbri-phnom-penh.vcf");
});
