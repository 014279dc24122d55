// Search quality of MiniSearch on Pelita's content, in Node, per query set: the baseline the
// issue compares Pelita with, without building the wasm or starting a browser. Pelita's own
// figures come from `cargo test --test search_quality -- --nocapture`; bench/search.mjs
// gives both engines' figures in the browser, with the same documents and sets.
//
// Usage: node bench/search-quality.mjs
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { MINISEARCH_OPTIONS, entriesOfFiles, quality, toDocuments } from "./search-measure.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/// The query sets, as tests/search_quality.rs reads them: the old set (the public queries and
/// our own, written knowing the content), the unseen set (written without it) and the second
/// unseen set (written the same way after the ranking changes, never looked at before), and a
/// third, held out for the next change.
export const QUERY_SETS = {
  old: [join(ROOT, "../shared/search/queries-public.tsv"), join(ROOT, "tests/search_queries.tsv")],
  unseen: [join(ROOT, "tests/search_queries_unseen.tsv")],
  "unseen 2": [join(ROOT, "tests/search_queries_unseen2.tsv")],
  "unseen 3": [join(ROOT, "tests/search_queries_unseen3.tsv")],
};

/// `query<TAB>id,id…` lines with their set; a missing file is skipped.
export function loadCases() {
  return Object.entries(QUERY_SETS).flatMap(([set, files]) =>
    files.filter(existsSync).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.trim() && !line.startsWith("#"))
        .map((line) => {
          const [query, ids = ""] = line.split("\t");
          return { set, query, acceptable: ids.split(",").map((id) => id.trim()).filter(Boolean) };
        }),
    ),
  );
}

/// Every data file under public/data, by name, as text.
export function loadDataFiles() {
  const dir = join(ROOT, "public/data");
  const names = readdirSync(dir).filter((name) => name.endsWith(".json"));
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

/// One line per set: `set (n queries): success@3 x, MRR y`.
export function formatQuality(engine, figures) {
  return Object.entries(figures).map(
    ([set, f]) => `${engine.padEnd(11)} ${`${set} (${f.queries})`.padEnd(14)} success@3 ${f.successAt3.toFixed(3)}  MRR ${f.mrr.toFixed(3)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const minisearch = new MiniSearch(MINISEARCH_OPTIONS);
  minisearch.addAll(toDocuments(entriesOfFiles(loadDataFiles())));
  const search = (q) => minisearch.search(q).map((r) => r.id);
  console.log(formatQuality("minisearch", quality(search, loadCases())).join("\n"));
}
