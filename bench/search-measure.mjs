// What the search benchmarks share, in the browser (bench/search-page.mjs) and in Node
// (bench/search-quality.mjs): MiniSearch's setup, the documents it indexes, and success@3 and
// MRR per query set, computed as tests/search_quality.rs computes them. No imports, so the
// page and Node load it alike.

/// The same setup MiniSearch's documentation shows: every field, prefix and fuzzy search,
/// the title boosted.
export const MINISEARCH_OPTIONS = {
  fields: ["title", "keywords", "summary", "body"],
  searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 },
};

/// Entry keys that are not read by a person: slugs, references, sources, enums.
const NOT_TEXT = new Set(["id", "sources", "verified", "kind", "scope", "contacts", "guides", "related", "min", "group", "counting"]);
const OWN_FIELDS = new Set(["title", "keywords", "summary"]);

/// One MiniSearch document per entry: title, keywords, summary, and everything else a person
/// reads as the body (for a guide its answer, steps, things to bring, what to say and notes),
/// in both languages. `entries` is `{contacts, guides, checklists}` as in the data files.
export function toDocuments(entries) {
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

/// The entries of the data files (`files`: name → JSON text), as toDocuments reads them.
export function entriesOfFiles(files) {
  const list = (name, key) => JSON.parse(files[name])[key];
  return {
    contacts: list("contacts.json", "contacts"),
    guides: list("guides.json", "guides"),
    checklists: list("checklists.json", "checklists"),
  };
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

/// success@3 and MRR@10 per query set (`cases`: `{set, query, acceptable}`), as
/// tests/search_quality.rs computes them; `search(query)` gives ids, best first.
export function quality(search, cases) {
  const sets = {};
  for (const { set, query, acceptable } of cases) {
    const s = (sets[set] ??= { queries: 0, top3: 0, reciprocal: 0 });
    const rank = search(query).slice(0, 10).findIndex((id) => acceptable.includes(id));
    s.queries += 1;
    if (rank >= 0) s.reciprocal += 1 / (rank + 1);
    if (rank >= 0 && rank < 3) s.top3 += 1;
  }
  return Object.fromEntries(
    Object.entries(sets).map(([set, s]) => [set, { queries: s.queries, successAt3: s.top3 / s.queries, mrr: s.reciprocal / s.queries }]),
  );
}

/// Every prefix of every query, as the search box sees it while someone types (as
/// benches/search.rs makes them).
export function keystrokes(queries) {
  return queries.flatMap((q) => [...q].map((_, i, chars) => chars.slice(0, i + 1).join("")));
}
