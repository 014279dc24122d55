// The files a cold visit to `/` downloads, read from a build's dist/ directory, with their
// sizes raw, gzip and brotli (both at their highest level, as a host would precompress them).
// Shared by the size budget (bench/budget.mjs) and the report (bench/perf.mjs), which also
// checks this list against what the browser really fetches.
//
// What counts:
// - "page": index.html, every file it names (the wasm-bindgen module and its wasm, the
//   loader, icons, manifest), and /data/content.json, the data the app fetches at start;
// - "precache": with a service worker, sw.js and the files of its precache list that the page
//   did not already load. The worker downloads them during the same first visit, so they
//   are part of its cost. Files the page already loaded count once: the worker asks for
//   them with cache "no-cache", which costs a 304 and no body from a server that sends
//   validators (nginx does by default; scripts/serve.mjs does not, and bench/perf.mjs shows
//   the difference).
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

/// Root-relative paths in quotes, e.g. href="/icon.svg", data-wasm="/pelita-….wasm".
const QUOTED_PATH = /["'](\/[^"'?#\s]+)["']/g;
/// The line scripts/build/precache.mjs writes: `const BUILD = {"files": [["/…", "sha256-…"], …], …};`.
const BUILD_LINE = /^const BUILD = (.*);$/m;

const isFile = (dist, path) => existsSync(join(dist, path)) && statSync(join(dist, path)).isFile();

/// [{ path, group }] for a cold visit, page files first.
export function coldVisitFiles(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const named = [...html.matchAll(QUOTED_PATH)].map((m) => m[1]).filter((path) => isFile(dist, path));
  const page = [...new Set(["/index.html", ...named, "/data/content.json"])];
  const files = page.map((path) => ({ path, group: "page" }));
  if (isFile(dist, "/sw.js")) {
    const worker = readFileSync(join(dist, "sw.js"), "utf8");
    const build = JSON.parse(worker.match(BUILD_LINE)?.[1] ?? '{"files":[]}');
    const listed = build.files.map(([p]) => (p === "/" ? "/index.html" : p));
    for (const path of new Set(["/sw.js", ...listed])) {
      if (!page.includes(path)) files.push({ path, group: "precache" });
    }
  }
  return files;
}

/// { raw, gzip, brotli } in bytes. A compressed copy that would not be smaller (an image) is
/// not sent, so the raw size stands in for it.
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length),
    brotli: Math.min(bytes.length, brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length),
  };
}

/// Every cold-visit file with its sizes: [{ path, group, raw, gzip, brotli }].
export function measureFirstLoad(dist) {
  return coldVisitFiles(dist).map((file) => ({ ...file, ...compressedSizes(readFileSync(join(dist, file.path))) }));
}

/// The name without Trunk's content hash, so budgets compare builds: /pelita-<hash>_bg.wasm
/// becomes /pelita_bg.wasm.
// Trunk's hashes are 64-bit numbers in hex, without leading zeros; wasm-bindgen names a
// snippet folder after the crate with one.
export const stableName = (path) => path.replace(/-[0-9a-f]{8,16}(?=(_bg)?\.|\/)/, "");

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/// Sums raw, gzip and brotli over `files`.
export function totals(files) {
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") };
}
