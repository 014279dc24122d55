// The size budget, in two parts: the brotli size of what a cold visit to `/` downloads
// (bench/first-load.mjs says which files count), split into code and page (everything but
// data/) and content (data/content.json), each against its ceiling in bench/budget.json.
// Content may grow with what people need, within its own ceiling; code and page may grow only
// for a measured reason, recorded in bench/SIZE.md. Fails when either part is over its
// ceiling and names the files that grew since the sizes recorded there. scripts/test.sh runs it
// on dist/.
//
// The pinned nightly build is smaller than the stable one it falls back to, so each has its
// own ceilings and recorded sizes; PELITA_TOOLCHAIN (set by scripts/tools.sh's build_release)
// says which built dist/, stable when unset.
//
// Usage: node bench/budget.mjs <dist>            check
//        node bench/budget.mjs <dist> --record   record today's per-file sizes (not the ceilings)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compressedSizes, kib, measureFirstLoad, stableName } from "./first-load.mjs";

const BUDGET_FILE = join(dirname(fileURLToPath(import.meta.url)), "budget.json");
// Must match pocket::FILE in src/pocket.rs.
const POCKET = "pelita.html";

const [dist, flag] = process.argv.slice(2);
if (!dist || (flag && flag !== "--record")) {
  console.error("usage: node bench/budget.mjs <dist> [--record]");
  process.exit(2);
}

const toolchain = process.env.PELITA_TOOLCHAIN || "stable";
const budget = JSON.parse(readFileSync(BUDGET_FILE, "utf8"));
const build = budget.builds[toolchain];
if (!build) {
  console.error(`no budget for a ${toolchain} build in ${BUDGET_FILE}`);
  process.exit(2);
}
const files = measureFirstLoad(dist).map((f) => ({ ...f, name: stableName(f.path) }));
const isContent = (f) => f.name.startsWith("/data/");
const sum = (list) => list.reduce((total, f) => total + f.brotli, 0);
const parts = [
  { name: "code and page", ceiling: build.code_ceiling_bytes, files: files.filter((f) => !isContent(f)) },
  { name: "content", ceiling: build.content_ceiling_bytes, files: files.filter(isContent) },
];

if (flag === "--record") {
  build.files = Object.fromEntries(files.map((f) => [f.name, f.brotli]));
  writeFileSync(BUDGET_FILE, JSON.stringify(budget, null, 2) + "\n");
  console.log(`recorded ${files.length} files of the ${toolchain} build, ${parts.map((p) => `${p.name} ${sum(p.files)}`).join(", ")} bytes brotli, in ${BUDGET_FILE}`);
  process.exit(0);
}

const signed = (n) => (n > 0 ? `+${n}` : String(n));
console.log(`${"file (brotli bytes)".padEnd(36)} ${"when".padEnd(9)} ${"now".padStart(8)} ${"recorded".padStart(9)} ${"change".padStart(7)}`);
for (const f of files) {
  const before = build.files[f.name];
  const change = before === undefined ? "new" : signed(f.brotli - before);
  console.log(`${f.name.padEnd(36)} ${f.group.padEnd(9)} ${String(f.brotli).padStart(8)} ${String(before ?? "-").padStart(9)} ${change.padStart(7)}`);
}
let over = false;
for (const part of parts) {
  const total = sum(part.files);
  console.log(`${toolchain} build, ${part.name}: ${total} bytes (${kib(total)}) brotli; ceiling ${part.ceiling} (${kib(part.ceiling)}), ` +
    (total > part.ceiling ? `${total - part.ceiling} bytes over` : `${part.ceiling - total} bytes to spare`));
  if (total > part.ceiling) {
    const grew = part.files
      .filter((f) => f.brotli > (build.files[f.name] ?? 0))
      .map((f) => `${f.name} ${signed(f.brotli - (build.files[f.name] ?? 0))}`);
    console.error(`size budget for ${part.name} exceeded by ${total - part.ceiling} bytes brotli; files that grew: ${grew.join(", ") || "none"}`);
    over = true;
  }
}
console.log(`first load in all: ${kib(sum(files))} brotli`);
// pelita.html, Pelita in one file (src/pocket.rs), is saved on purpose from the about page: it
// is not part of the first load, so it has its own line and no ceiling.
if (existsSync(join(dist, POCKET))) {
  const pocket = compressedSizes(readFileSync(join(dist, POCKET)));
  console.log(`/${POCKET} (not part of the first load): ${pocket.brotli} bytes (${kib(pocket.brotli)}) brotli, ${kib(pocket.raw)} raw`);
}
if (over) process.exit(1);
