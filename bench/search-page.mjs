// Runs inside the benchmark page: the Rust engine (wasm) and MiniSearch over the same entries
// and the same queries, timed the same way. Returns plain figures; bench/search.mjs prints them.
import init, { Corpus } from "/wasm/search_wasm.js";
import MiniSearch from "/minisearch.js";
import { MINISEARCH_OPTIONS, entriesOfFiles, keystrokes, quality, toDocuments } from "/bench/search-measure.mjs";

/// Results per query, as the app's search page asks for.
const LIMIT = 10;

/// `queries` are timed; `cases` (every set) are scored.
export async function run({ files, cases, queries, corpora, rounds }) {
  await init({ module_or_path: "/wasm/search_wasm_bg.wasm" });
  const names = Object.keys(files);
  const out = { crossOriginIsolated, corpora: [] };
  for (const { name, copies } of corpora) {
    const corpus = new Corpus(names, names.map((n) => files[n]), copies);
    // The real corpus as the data files have it (as bench/search-quality.mjs reads it in
    // Node); the synthetic one as the Rust side made it.
    const documents = toDocuments(copies > 1 ? JSON.parse(corpus.entries_json()) : entriesOfFiles(files));

    let started = performance.now();
    corpus.build_index();
    const rustBuildMs = performance.now() - started;
    started = performance.now();
    const minisearch = new MiniSearch(MINISEARCH_OPTIONS);
    minisearch.addAll(documents);
    const miniBuildMs = performance.now() - started;

    const engines = {
      pelita: (q) => corpus.search(q, LIMIT),
      minisearch: (q) => minisearch.search(q).slice(0, LIMIT).map((r) => r.id),
    };
    const figures = { name, entries: documents.length, engines: {} };
    for (const [engine, search] of Object.entries(engines)) {
      figures.engines[engine] = {
        buildMs: engine === "pelita" ? rustBuildMs : miniBuildMs,
        latency: latency(search, queries, rounds),
        // Synthetic copies rename every id, so only the real corpus has right answers.
        quality: copies > 1 ? null : quality(search, cases),
      };
    }
    corpus.free();
    out.corpora.push(figures);
  }
  return out;
}

/// Per-query times in ms over `rounds` passes, after one untimed pass to warm both engines up,
/// and the query that is slowest at its median (the one to look at when p99 is high).
function latency(search, queries, rounds) {
  // Garbage made before this engine's turn is not its cost (bench/search.mjs GC_FLAG).
  globalThis.gc?.();
  queries.forEach(search);
  const perQuery = queries.map(() => []);
  for (let round = 0; round < rounds; round++) {
    queries.forEach((query, i) => {
      const started = performance.now();
      search(query);
      perQuery[i].push(performance.now() - started);
    });
  }
  const median = (times) => sorted(times)[Math.floor(times.length / 2)];
  const medians = perQuery.map(median);
  const slowest = medians.indexOf(Math.max(...medians));
  const all = sorted(perQuery.flat());
  // Nearest rank, as in benches/search.rs.
  const at = (share) => all[Math.round((all.length - 1) * share)];
  return {
    p50: at(0.5),
    p99: at(0.99),
    max: all.at(-1),
    slowest: { query: queries[slowest], median: medians[slowest] },
  };
}

const sorted = (times) => [...times].sort((a, b) => a - b);

/// Each keystroke's cost on the real corpus: every prefix of every query, as the search box
/// sees it while someone types, timed per call for both engines, and the index build. Run
/// with the CPU slowed down (bench/search.mjs) to stand for a phone.
export async function runKeystrokes({ files, queries, rounds }) {
  await init({ module_or_path: "/wasm/search_wasm_bg.wasm" });
  const names = Object.keys(files);
  const corpus = new Corpus(names, names.map((n) => files[n]), 1);
  let started = performance.now();
  corpus.build_index();
  const pelitaBuildMs = performance.now() - started;
  started = performance.now();
  const minisearch = new MiniSearch(MINISEARCH_OPTIONS);
  minisearch.addAll(toDocuments(entriesOfFiles(files)));
  const miniBuildMs = performance.now() - started;
  const typed = keystrokes(queries);
  const figures = {
    keystrokes: typed.length,
    engines: {
      pelita: { buildMs: pelitaBuildMs, latency: latency((q) => corpus.search(q, LIMIT), typed, rounds) },
      minisearch: { buildMs: miniBuildMs, latency: latency((q) => minisearch.search(q).slice(0, LIMIT), typed, rounds) },
    },
  };
  corpus.free();
  return figures;
}
