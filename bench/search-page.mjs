// Runs inside the benchmark page: the Rust engine (wasm) and MiniSearch over the same entries
// and the same queries, timed the same way. Returns plain figures; bench/search.mjs prints them.
import init, { Corpus } from "/wasm/search_wasm.js";
import MiniSearch from "/minisearch.js";

/// Results per query, as the app's search page asks for.
const LIMIT = 10;

/// The same setup MiniSearch's documentation shows: every field, prefix and fuzzy search,
/// the title boosted.
const MINISEARCH_OPTIONS = {
  fields: ["title", "keywords", "summary", "body"],
  searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 },
};

/// Entry keys that are not read by a person: slugs, references, sources, enums.
const NOT_TEXT = new Set(["id", "sources", "verified", "kind", "scope", "contacts", "guides", "related", "min"]);
const OWN_FIELDS = new Set(["title", "keywords", "summary"]);

export async function run({ files, cases, corpora, rounds }) {
  await init({ module_or_path: "/wasm/search_wasm_bg.wasm" });
  const names = Object.keys(files);
  const queries = cases.map((c) => c.query);
  const out = { crossOriginIsolated, corpora: [] };
  for (const { name, copies } of corpora) {
    const corpus = new Corpus(names, names.map((n) => files[n]), copies);
    const documents = toDocuments(JSON.parse(corpus.entries_json()));

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

/// One MiniSearch document per entry: title, keywords, summary, and everything else a person
/// reads as the body, in both languages.
function toDocuments(entries) {
  return [...entries.contacts, ...entries.guides, ...entries.checklists].map((entry) => ({
    id: entry.id,
    title: bilingual(entry.title),
    keywords: entry.keywords.join(" "),
    summary: bilingual(entry.summary),
    body: Object.entries(entry)
      .filter(([key]) => !OWN_FIELDS.has(key))
      .flatMap(([key, value]) => (NOT_TEXT.has(key) ? [] : texts(value)))
      .join(" "),
  }));
}

const isText = (v) => typeof v?.id === "string" && typeof v?.en === "string";
const bilingual = (text) => `${text.id} ${text.en}`;

/// Every readable string under `value`; `{id, en}` pairs are texts, other `id`s are slugs.
function texts(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (isText(value)) return [bilingual(value)];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => (NOT_TEXT.has(key) ? [] : texts(v)));
  }
  return [];
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

/// success@3 and MRR@10, as tests/search_quality.rs computes them.
function quality(search, cases) {
  let top3 = 0;
  let reciprocal = 0;
  for (const { query, acceptable } of cases) {
    const rank = search(query).findIndex((id) => acceptable.includes(id));
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (rank >= 0 && rank < 3) top3 += 1;
  }
  return { successAt3: top3 / cases.length, mrr: reciprocal / cases.length };
}
