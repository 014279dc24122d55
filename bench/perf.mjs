// Pelita's performance report: what a cold visit to `/` downloads, Lighthouse's mobile scores,
// when the hotline can be tapped on a slow phone, and search speed in the browser.
// Prints figures only; the size budget that fails a build is bench/budget.mjs.
//
// Usage: node bench/perf.mjs <dist> <search-wasm dir>   (bench/run.sh builds both)
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs";
import { kib, measureFirstLoad, totals } from "./first-load.mjs";
import { GC_FLAG, formatSearch, searchFigures } from "./search.mjs";
import { lighthouse } from "./lighthouse.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PORT = Number(process.env.PERF_PORT ?? 8097);
const BASE = `http://127.0.0.1:${PORT}`;
const HOTLINE = 'a[href="tel:+85512813282"]';
// The ceilings of the default (nightly) build: code and page, and content (bench/budget.mjs).
const CEILINGS = JSON.parse(readFileSync(join(ROOT, "bench/budget.json"), "utf8")).builds.nightly;
/// Lighthouse's "Slow 4G" mobile profile as DevTools applies it: 150 ms RTT and 1.6 Mbit/s
/// down, 750 kbit/s up, scaled by the same factors Lighthouse uses for devtools throttling.
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
const CPU_SLOWDOWN = 4;
/// Cold visits under throttling; the median is reported.
const HOTLINE_RUNS = 3;

const [dist, searchWasm] = process.argv.slice(2);
if (!dist || !searchWasm) {
  console.error("usage: node bench/perf.mjs <dist> <search-wasm dir>");
  process.exit(2);
}

const section = (title) => console.log(`\n## ${title}\n`);

async function startServer(root) {
  const server = spawn("node", [join(ROOT, "scripts/serve.mjs"), root, String(PORT)], { stdio: "ignore" });
  for (let tries = 0; tries < 50; tries++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error(`scripts/serve.mjs did not answer on ${BASE}`);
}

/// Every request of a cold visit to `/`, the service worker's included, until the network is
/// idle and the worker (if any) is ready: [{ path, status, bytes }], bytes as sent (compressed).
async function fetchedOnColdVisit(browser) {
  const context = await browser.newContext();
  const pending = [];
  context.on("requestfinished", (request) => {
    const url = new URL(request.url());
    if (url.origin !== BASE) return;
    const path = url.pathname === "/" ? "/index.html" : url.pathname;
    pending.push(
      Promise.all([request.response(), request.sizes()]).then(([response, sizes]) => ({
        path,
        status: response?.status(),
        bytes: sizes.responseBodySize,
      })),
    );
  });
  const page = await context.newPage();
  await page.goto(BASE, { waitUntil: "networkidle" });
  // A registered worker downloads its precache list before it is ready. (`ready` alone
  // would wait forever on a build without a worker.)
  await page.evaluate(async () => {
    if (await navigator.serviceWorker?.getRegistration()) await navigator.serviceWorker.ready;
  });
  await page.waitForLoadState("networkidle");
  const requests = await Promise.all(pending);
  await context.close();
  return requests;
}

async function reportFirstLoad(browser) {
  section(`First load: a cold visit to / (ceilings: code and page ${kib(CEILINGS.code_ceiling_bytes)}, content ${kib(CEILINGS.content_ceiling_bytes)}, brotli)`);
  const files = measureFirstLoad(dist);
  const fetched = await fetchedOnColdVisit(browser);
  const row = (name, group, s) =>
    `${name.padEnd(40)} ${group.padEnd(9)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(9)}`;
  console.log(row("file", "when", { raw: "raw", gzip: "gzip", brotli: "brotli" }));
  for (const f of files) console.log(row(f.path, f.group, f));
  const sum = totals(files);
  console.log(row("total", "", sum));
  console.log(`total: ${kib(sum.raw)} raw, ${kib(sum.gzip)} gzip, ${kib(sum.brotli)} brotli`);
  const content = totals(files.filter((f) => f.path.startsWith("/data/"))).brotli;
  console.log(`code and page ${kib(sum.brotli - content)}, content ${kib(content)} (brotli)`);
  // The throttled figures below depend on this: without .br copies in dist/, the server
  // sends every file raw.
  const wasm = files.find((f) => f.path.endsWith(".wasm"));
  const encoding = (await fetch(BASE + wasm.path, { headers: { "accept-encoding": "br" } })).headers.get("content-encoding");
  console.log(`served by scripts/serve.mjs as ${encoding ?? "raw (no precompressed copies in dist/)"}`);
  const listed = new Set(files.map((f) => f.path));
  const fetchedPaths = new Set(fetched.map((r) => r.path));
  const unlisted = [...fetchedPaths].filter((p) => !listed.has(p));
  const unfetched = [...listed].filter((p) => !fetchedPaths.has(p));
  console.log(
    unlisted.length || unfetched.length
      ? `The browser's list differs: fetched but not counted ${JSON.stringify(unlisted)}; counted but not fetched ${JSON.stringify(unfetched)}`
      : "The browser fetched exactly these files.",
  );
  // What really crossed the network, repeated requests included (the service worker asks
  // again for what the page loaded: a 304 when the server sends validators, else the file).
  const repeated = fetched.filter((r, i) => fetched.findIndex((s) => s.path === r.path) !== i);
  const wire = fetched.reduce((total, r) => total + r.bytes, 0);
  console.log(`over the network: ${fetched.length} requests, ${kib(wire)} of bodies; ` +
    `asked twice: ${repeated.map((r) => `${r.path} (${r.status}, ${r.bytes} B)`).join(", ") || "none"}`);
}

/// Lighthouse on the home page and on a guide page drawn at build time (the page a search
/// engine or a link preview sees).
function reportLighthouse() {
  section("Lighthouse (mobile profile, simulated Slow 4G and 4x CPU)");
  for (const path of ["/", "/panduan/di-kbri"]) lighthouse(BASE, path);
}

/// Records, inside the page, the first frame in which the hotline is on screen and a tap at
/// its centre lands on it, and when the app has replaced the static boot frame.
function watchHotline(selector) {
  const check = () => {
    const link = document.querySelector(selector);
    const box = link?.getBoundingClientRect();
    if (box && box.width > 0 && box.bottom <= innerHeight) {
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      if (link.contains(hit)) window.__hotlineTappable ??= performance.now();
    }
    if (document.readyState !== "loading" && !document.getElementById("boot")) {
      window.__appMounted ??= performance.now();
    }
    if (window.__appMounted === undefined || window.__hotlineTappable === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function hotlineRun(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript(watchHotline, HOTLINE);
  await page.goto(BASE);
  await page.waitForFunction(() => window.__appMounted !== undefined && window.__hotlineTappable !== undefined, null, {
    timeout: 60_000,
  });
  // The check runs just before a frame is painted: the hotline can be tapped once that
  // frame, or the first paint if later, is on screen.
  const times = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity;
    return { paint, hotline: Math.max(paint, window.__hotlineTappable), app: window.__appMounted };
  });
  await context.close();
  return times;
}

async function reportHotline(browser) {
  section(`Time to a tappable hotline: Slow 4G and ${CPU_SLOWDOWN}x CPU slowdown, phone 360x800, cold visit`);
  const runs = [];
  for (let i = 0; i < HOTLINE_RUNS; i++) runs.push(await hotlineRun(browser));
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const ms = (t) => (t === undefined ? "never" : `${Math.round(t)} ms`);
  console.log(`hotline tappable ${ms(median("hotline"))} (first paint ${ms(median("paint"))}); ` +
    `app started ${ms(median("app"))}; median of ${HOTLINE_RUNS} runs`);
  console.log(`runs (hotline / app): ${runs.map((r) => `${ms(r.hotline)} / ${ms(r.app)}`).join(", ")}`);
}

async function reportSearch(browser) {
  section("Search in headless Chromium: Pelita's engine (wasm) against MiniSearch");
  console.log(formatSearch(await searchFigures(browser, searchWasm)).join("\n"));
}

const server = await startServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, GC_FLAG] });
try {
  console.log(`# Pelita performance report, ${new Date().toISOString().slice(0, 10)}, ` +
    `${cpus().length} x ${cpus()[0].model.trim()} (load average ${loadavg()[0].toFixed(1)}), Chromium ${browser.version()}`);
  await reportFirstLoad(browser);
  reportLighthouse();
  await reportHotline(browser);
  await reportSearch(browser);
} finally {
  await browser.close();
  server.kill();
}
