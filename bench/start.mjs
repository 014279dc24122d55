// How heavy Pelita's start is on a low-end Android phone: each page loaded cold in Chromium
// with the CPU slowed 6x, its long tasks (over 50 ms) recorded by a longtask observer until the
// app has taken the page over and a second has passed. Reports, over five runs per page, the
// median and range of the total blocking time (as Lighthouse counts it: each long task's time
// over 50 ms, from the first contentful paint on) and of the longest task after that paint,
// then Lighthouse's mobile scores for the same pages.
// Figures only; nothing here fails on a time (issue #26's goal: a median under 50 ms and no task
// over 100 ms on each page).
//
// Usage: node bench/start.mjs <dist> [runs]
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs";
import { lighthouse } from "./lighthouse.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PORT = Number(process.env.START_PORT ?? 8098);
const BASE = `http://127.0.0.1:${PORT}`;
const CPU_SLOWDOWN = 6;
/// A long task is one over 50 ms; what it blocks is the part over that.
const LONG_TASK_MS = 50;
/// How long after the app took the page over the observer keeps recording.
const SETTLE_MS = 1000;
/// The home page, a guide by the address people were given, and the same guide in English.
const PAGES = ["/", "/panduan/paspor-ditahan", "/en/panduan/paspor-ditahan"];

const [dist, runsArg] = process.argv.slice(2);
if (!dist) {
  console.error("usage: node bench/start.mjs <dist> [runs]");
  process.exit(2);
}
const RUNS = Number(runsArg ?? 5);

async function startServer(root) {
  const server = spawn("node", [join(ROOT, "scripts/serve.mjs"), root, String(PORT)], { stdio: "ignore" });
  for (let tries = 0; tries < 50; tries++) {
    if (await fetch(BASE).then((r) => r.ok, () => false)) return server;
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill();
  throw new Error(`scripts/serve.mjs did not answer on ${BASE}`);
}

/// Records every long task of the page's life from its very start.
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
}

/// One cold start of `path`: { tbt, longest, mounted } in ms.
async function run(browser, path) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript(recordLongTasks);
  await page.goto(BASE + path);
  await page.waitForSelector("#boot", { state: "detached", timeout: 60_000 });
  const mounted = await page.evaluate(() => performance.now());
  await page.waitForTimeout(SETTLE_MS);
  const { tasks, fcp } = await page.evaluate(() => ({
    tasks: window.__longTasks,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
  }));
  await context.close();
  // What blocks a person: the tasks once there is something on screen to tap.
  const after = tasks.filter(([start, duration]) => start + duration > fcp).map(([, duration]) => duration);
  return {
    tbt: after.reduce((sum, duration) => sum + Math.max(0, duration - LONG_TASK_MS), 0),
    longest: Math.max(0, ...after),
    mounted,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;
const spread = (values) => `median ${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

const server = await startServer(dist);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  console.log(`## Start at ${CPU_SLOWDOWN}x CPU, ${RUNS} cold runs per page (longtask observer)\n`);
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(browser, path));
    console.log(`${path}: total blocking time ${spread(runs.map((r) => r.tbt))}; longest task ${spread(runs.map((r) => r.longest))}; ` +
      `app took over at ${spread(runs.map((r) => r.mounted))}`);
  }
  await browser.close();
  if (process.env.START_LIGHTHOUSE !== "0") {
    console.log("\n## Lighthouse (mobile profile, simulated Slow 4G and 4x CPU)\n");
    for (const path of PAGES) lighthouse(BASE, path);
  }
} finally {
  server.kill();
}
