// Search in headless Chromium: the Rust engine compiled to wasm against MiniSearch, on the
// real corpus and on the 100x synthetic one of the native bench, with the query sets of the
// quality test (success@3 and MRR per set: the old one and the unseen one); then every
// keystroke of those queries on the real corpus with the CPU slowed 4x, as on a phone.
// Prints figures only; nothing here asserts a time.
//
// Usage: node bench/search.mjs <dir holding search_wasm.js and search_wasm_bg.wasm>
// (bench/run.sh builds that dir from examples/search_wasm.rs.)
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs";
import { formatQuality, loadCases, loadDataFiles } from "./search-quality.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPORA = [
  { name: "real corpus", copies: 1 },
  { name: "100x synthetic", copies: 100 },
];
/// Timed passes over the query list per engine and corpus (plus one warm-up pass): 20 x 144
/// queries puts p99 at the 29th slowest call, not at one unlucky one.
const ROUNDS = 20;
/// The keystroke pass: Lighthouse's mobile CPU slowdown, and fewer rounds (every prefix of
/// every query is some 4,000 calls a round).
const CPU_SLOWDOWN = 4;
const KEYSTROKE_ROUNDS = 3;
/// `gc()` in the page, so each engine's timing starts on a clean heap: otherwise the garbage
/// MiniSearch leaves building its index is collected while the next engine is being timed.
export const GC_FLAG = "--js-flags=--expose-gc";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm" };

/// Serves the page, the bench module, the wasm and MiniSearch on loopback. Cross-origin
/// isolation (COOP + COEP) gives performance.now() 5 µs steps instead of 100 µs.
function serve(wasmDir) {
  const files = {
    "/": join(ROOT, "bench/search.html"),
    "/bench/search-page.mjs": join(ROOT, "bench/search-page.mjs"),
    "/bench/search-measure.mjs": join(ROOT, "bench/search-measure.mjs"),
    "/minisearch.js": join(ROOT, "node_modules/minisearch/dist/es/index.js"),
    "/wasm/search_wasm.js": join(wasmDir, "search_wasm.js"),
    "/wasm/search_wasm_bg.wasm": join(wasmDir, "search_wasm_bg.wasm"),
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url, "http://localhost").pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "text/html",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/// The queries timed: the old set's, as before the unseen set came (the unseen set is only
/// scored, so none of its queries is printed as the slowest).
export const timedQueries = (cases) => cases.filter((c) => c.set === "old").map((c) => c.query);

/// Runs both engines in `browser` and returns the figures of bench/search-page.mjs.
export async function searchFigures(browser, wasmDir) {
  const server = await serve(wasmDir);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const cases = loadCases();
    const args = { files: loadDataFiles(), cases, queries: timedQueries(cases), corpora: CORPORA, rounds: ROUNDS };
    const figures = await page.evaluate(async (a) => (await import("/bench/search-page.mjs")).run(a), args);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const typing = { files: args.files, queries: args.queries, rounds: KEYSTROKE_ROUNDS };
    const keystrokes = await page.evaluate(async (a) => (await import("/bench/search-page.mjs")).runKeystrokes(a), typing);
    await page.close();
    return { ...figures, keystrokes, queries: typing.queries.length, rounds: ROUNDS };
  } finally {
    server.close();
  }
}

const us = (ms) => `${(ms * 1000).toFixed(0)} µs`.padStart(9);

/// The figures as report lines.
export function formatSearch(f) {
  const lines = [
    `${f.queries} queries x ${f.rounds} rounds per engine and corpus, one call timed at a time` +
      (f.crossOriginIsolated ? " (timer step 5 µs)" : " (timer step 100 µs: not cross-origin isolated)"),
    `${"corpus".padEnd(22)} ${"engine".padEnd(11)} ${"index".padStart(9)} ${"p50".padStart(9)} ${"p99".padStart(9)} ${"max".padStart(9)}`,
  ];
  for (const corpus of f.corpora) {
    for (const [engine, e] of Object.entries(corpus.engines)) {
      lines.push(
        `${`${corpus.name} (${corpus.entries})`.padEnd(22)} ${engine.padEnd(11)} ${`${e.buildMs.toFixed(1)} ms`.padStart(9)} ` +
          `${us(e.latency.p50)} ${us(e.latency.p99)} ${us(e.latency.max)}`,
      );
    }
    for (const [engine, e] of Object.entries(corpus.engines)) {
      if (e.quality) lines.push(...formatQuality(engine, e.quality).map((line) => `${"".padEnd(22)} ${line}`));
    }
    for (const [engine, e] of Object.entries(corpus.engines)) {
      lines.push(`${"".padEnd(22)} ${engine} slowest: ${JSON.stringify(e.latency.slowest.query)}, median ${us(e.latency.slowest.median).trim()}`);
    }
    const { pelita, minisearch } = corpus.engines;
    lines.push(
      `${"".padEnd(22)} MiniSearch / pelita latency: p50 ${ratio(minisearch.latency.p50, pelita.latency.p50)}, ` +
        `p99 ${ratio(minisearch.latency.p99, pelita.latency.p99)}`,
    );
  }
  const k = f.keystrokes;
  lines.push(`every keystroke of those queries, real corpus, CPU ${CPU_SLOWDOWN}x slower (${k.keystrokes} prefixes x ${KEYSTROKE_ROUNDS} rounds):`);
  for (const [engine, e] of Object.entries(k.engines)) {
    lines.push(
      `${"".padEnd(22)} ${engine.padEnd(11)} ${`${e.buildMs.toFixed(1)} ms`.padStart(9)} ` +
        `${us(e.latency.p50)} ${us(e.latency.p99)} ${us(e.latency.max)}  slowest ${JSON.stringify(e.latency.slowest.query)}`,
    );
  }
  return lines;
}

/// A ratio, or a bound when the timer step rounds the denominator to zero.
function ratio(a, b) {
  return b > 0 ? `${(a / b).toFixed(1)}x` : "n/a (below the timer step)";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [wasmDir] = process.argv.slice(2);
  if (!wasmDir) {
    console.error("usage: node bench/search.mjs <dir with search_wasm.js>");
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, GC_FLAG] });
  try {
    console.log(formatSearch(await searchFigures(browser, wasmDir)).join("\n"));
  } finally {
    await browser.close();
  }
}
