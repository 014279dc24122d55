// A kiosk runs for days: 2,000 navigations and searches must not grow memory.
// Prints the JS heap (after a forced GC), the wasm memory and the DOM size before and after;
// fails if the JS heap grows by 2 MB or more, the wasm memory by more than two pages, or DOM
// nodes pile up.
import { test, expect, appReady } from "./fixtures.js";

const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 2000);
const PATHS = ["/", "/darurat", "/kontak", "/kontak/kbri-phnom-penh", "/panduan", "/panduan/paspor-ditahan",
  "/cek", "/cek/cek-tawaran-kerja", "/tentang", "/kontak/verifikasi?nomor=012813282"];
const QUERIES = ["paspor", "kedutan", "gaji tidak dibayar", "how to go home", "117", "splp"];

async function drive(page, rounds) {
  await page.evaluate(async ({ rounds, paths, queries }) => {
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const go = async (href) => {
      const link = document.createElement("a");
      link.href = href;
      document.body.append(link);
      link.click();
      link.remove();
      await painted();
    };
    for (let i = 0; i < rounds; i++) {
      if (i % 5 === 4) {
        await go("/cari");
        const input = document.querySelector("main #q");
        input.value = queries[i % queries.length];
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await painted();
      } else {
        await go(paths[i % paths.length]);
      }
    }
  }, { rounds, paths: PATHS, queries: QUERIES });
}

async function measure(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  return { heap: usedSize, wasm, nodes };
}

test("kiosk soak: 2,000 navigations and searches without memory growth", async ({ page }, info) => {
  test.skip(info.project.name !== "kiosk", "runs once, at kiosk size");
  test.setTimeout(300_000);
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => (window.__wasmMemory = e.detail.wasm.memory));
  });
  await page.goto("/?kiosk=1");
  await appReady(page);
  const cdp = await page.context().newCDPSession(page);
  await drive(page, 200); // warm up: caches, the search index, lazily built views
  const before = await measure(page, cdp);
  const started = Date.now();
  await drive(page, ROUNDS);
  const after = await measure(page, cdp);
  const mb = (n) => (n / 1048576).toFixed(2) + " MB";
  console.log(`soak: ${ROUNDS} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
    `JS heap ${mb(before.heap)} -> ${mb(after.heap)} (${mb(after.heap - before.heap)}); ` +
    `wasm memory ${mb(before.wasm)} -> ${mb(after.wasm)}; DOM nodes ${before.nodes} -> ${after.nodes}`);
  expect(after.heap - before.heap).toBeLessThan(2 * 1048576);
  // The wasm memory grows by whole 64 KiB pages and never shrinks: after the warm-up, 2,000
  // rounds may take two more pages at most (none, since views stopped following the language
  // themselves; bench/SIZE.md).
  expect(after.wasm - before.wasm).toBeLessThanOrEqual(2 * 65536);
  expect(after.nodes).toBeLessThan(before.nodes + 200);
  await expect(page.locator("main h1")).toBeVisible();
});
