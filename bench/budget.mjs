// The size budget: the brotli size of a cold visit to `/` (bench/first-load.mjs says which
// files count) against bench/budget.json. Fails when the total is over the ceiling and names
// the files that grew since the sizes recorded there. scripts/test.sh runs it on dist/.
//
// The pinned nightly build is smaller than the stable one it falls back to, so each has its
// own ceiling and recorded sizes; PELITA_TOOLCHAIN (set by scripts/tools.sh's build_release)
// says which built dist/, stable when unset.
//
// Usage: node bench/budget.mjs <dist>            check
//        node bench/budget.mjs <dist> --record   record today's per-file sizes (not the ceiling)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { kib, measureFirstLoad, stableName, totals } from "./first-load.mjs";

const BUDGET_FILE = join(dirname(fileURLToPath(import.meta.url)), "budget.json");

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
const total = totals(files).brotli;

if (flag === "--record") {
  build.files = Object.fromEntries(files.map((f) => [f.name, f.brotli]));
  writeFileSync(BUDGET_FILE, JSON.stringify(budget, null, 2) + "\n");
  console.log(`recorded ${files.length} files of the ${toolchain} build, ${total} bytes brotli, in ${BUDGET_FILE}`);
  process.exit(0);
}

const signed = (n) => (n > 0 ? `+${n}` : String(n));
console.log(`${"file (brotli bytes)".padEnd(32)} ${"when".padEnd(9)} ${"now".padStart(8)} ${"recorded".padStart(9)} ${"change".padStart(7)}`);
for (const f of files) {
  const before = build.files[f.name];
  const change = before === undefined ? "new" : signed(f.brotli - before);
  console.log(`${f.name.padEnd(32)} ${f.group.padEnd(9)} ${String(f.brotli).padStart(8)} ${String(before ?? "-").padStart(9)} ${change.padStart(7)}`);
}
const ceiling = build.ceiling_bytes;
const target = budget.target_kib * 1024;
console.log(`${toolchain} build: total ${total} bytes (${kib(total)}) brotli; ceiling ${ceiling} (${kib(ceiling)}); ` +
  `target ${budget.target_kib} KiB, ${total > target ? `${kib(total - target)} over it` : "met"}`);

if (total > ceiling) {
  const grew = files
    .filter((f) => f.brotli > (build.files[f.name] ?? 0))
    .map((f) => `${f.name} ${signed(f.brotli - (build.files[f.name] ?? 0))}`);
  console.error(`size budget exceeded by ${total - ceiling} bytes brotli; files that grew: ${grew.join(", ") || "none"}`);
  process.exit(1);
}
