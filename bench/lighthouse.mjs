// Lighthouse's mobile scores for one page of a running Pelita, in Debian's Chromium: the four
// categories, the timings, the LCP element and any binary check that failed. Shared by the
// performance report (bench/perf.mjs) and the start benchmark (bench/start.mjs).
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export function lighthouse(base, path) {
  console.log(`${path}:`);
  const flags = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");
  const json = execFileSync(
    join(ROOT, "node_modules/.bin/lighthouse"),
    [base + path, "--quiet", "--output=json", "--output-path=stdout", `--chrome-flags=${flags}`,
      "--only-categories=performance,accessibility,best-practices,seo"],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: "utf8", maxBuffer: 64 << 20 },
  );
  const lhr = JSON.parse(json);
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const audit = (id) => lhr.audits[id].displayValue;
  console.log(`performance ${score("performance")}, accessibility ${score("accessibility")}, ` +
    `best practices ${score("best-practices")}, SEO ${score("seo")}`);
  console.log(`FCP ${audit("first-contentful-paint")}, LCP ${audit("largest-contentful-paint")}, ` +
    `TBT ${audit("total-blocking-time")}, CLS ${audit("cumulative-layout-shift")}, SI ${audit("speed-index")}`);
  // The element whose paint is the LCP: the thing to put in the static HTML to bring it down.
  const lcp = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
  if (lcp) console.log(`LCP element: ${lcp.snippet}`);
  const failed = Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
  if (failed.length) console.log(`failed checks: ${failed.map((a) => a.id).join(", ")}`);
}
