#!/usr/bin/env bash
# What the search engine adds to the app's wasm, brotli (issue 4: under 15 KiB).
#
# Builds the release app twice from the working tree: as it is, and a copy whose engine entry
# points (`Index::build`, `Index::search`, `snippet`, `excerpt`) end in `unimplemented!()`.
# The optimiser then drops the engine and every result view only it reaches; the search box
# and the /cari page frame stay. The difference is the engine's cost. About ten minutes.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/tools.sh"
ensure_build_tools
OUT=${PERF_OUT:-/tmp/pelita-perf}/search-cost
rm -rf "$OUT"
mkdir -p "$OUT/copy"
cd "$ROOT"

git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$OUT/copy"
# The build's post-build hook needs the npm tools (esbuild).
ln -s "$ROOT/node_modules" "$OUT/copy/node_modules"
node - "$OUT/copy/src/search" <<'EOF'
const { readFileSync, writeFileSync } = require("node:fs");
const dir = process.argv[2];
// file, the signature whose body is replaced, the names the stub must still mention.
const stubs = [
  ["index.rs", "pub fn build(catalogue: &Catalogue) -> Index {", "catalogue"],
  ["mod.rs", "pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {", "(query, limit)"],
  ["snippet.rs", "pub fn snippet(text: &str, matched: &[String], max_chars: usize) -> Vec<Segment> {", "(text, matched, max_chars)"],
  ["excerpt.rs", "pub fn excerpt(catalogue: &Catalogue, hit: &Hit, lang: Lang, max_chars: usize) -> Vec<Segment> {", "(catalogue, hit, lang, max_chars)"],
];
for (const [file, signature, used] of stubs) {
  const path = `${dir}/${file}`;
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(signature);
  if (start < 0) throw new Error(`${file}: signature not found, update bench/search-cost.sh: ${signature}`);
  // The body ends at the first line that closes it at the signature's indentation.
  const indent = text.slice(text.lastIndexOf("\n", start) + 1, start);
  const end = text.indexOf(`\n${indent}}`, start) + indent.length + 2;
  const stub = `${signature}\n${indent}    let _ = ${used};\n${indent}    unimplemented!()\n${indent}}`;
  writeFileSync(path, text.slice(0, start) + stub + text.slice(end));
}
EOF

build_release "$OUT/with-search"
# ROOT=… applies to that call only: build_release builds from the copy.
ROOT="$OUT/copy" build_release "$OUT/without-engine"

node --input-type=module - "$OUT" <<'EOF'
import { readdirSync, readFileSync } from "node:fs";
import { compressedSizes } from "./bench/first-load.mjs";
const out = process.argv[2];
const wasm = (dist) => {
  const name = readdirSync(`${out}/${dist}`).find((f) => f.endsWith("_bg.wasm"));
  return compressedSizes(readFileSync(`${out}/${dist}/${name}`));
};
const [app, stub] = [wasm("with-search"), wasm("without-engine")];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`wasm with the search engine     ${app.raw} raw, ${app.brotli} brotli`);
console.log(`wasm with the engine stubbed    ${stub.raw} raw, ${stub.brotli} brotli`);
console.log(`the search engine costs         ${app.raw - stub.raw} raw, ${app.brotli - stub.brotli} brotli (${kib(app.brotli - stub.brotli)}; target under 15 KiB)`);
EOF
