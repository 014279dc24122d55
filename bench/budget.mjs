// The size budget: the brotli size of a cold visit to `/` (bench/first-load.mjs says which
// files count) against bench/budget.json. Fails when the total is over the ceiling and names
// the files that grew since the sizes recorded there. scripts/test.sh runs it on dist/.
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

const budget = JSON.parse(readFileSync(BUDGET_FILE, "utf8"));
const files = measureFirstLoad(dist).map((f) => ({ ...f, name: stableName(f.path) }));
const total = totals(files).brotli;

if (flag === "--record") {
  budget.files = Object.fromEntries(files.map((f) => [f.name, f.brotli]));
  writeFileSync(BUDGET_FILE, JSON.stringify(budget, null, 2) + "\n");
  console.log(`recorded ${files.length} files, ${total} bytes brotli, in ${BUDGET_FILE}`);
  process.exit(0);
}

const signed = (n) => (n > 0 ? `+${n}` : String(n));
console.log(`${"file (brotli bytes)".padEnd(32)} ${"when".padEnd(9)} ${"now".padStart(8)} ${"recorded".padStart(9)} ${"change".padStart(7)}`);
for (const f of files) {
  const before = budget.files[f.name];
  const change = before === undefined ? "new" : signed(f.brotli - before);
  console.log(`${f.name.padEnd(32)} ${f.group.padEnd(9)} ${String(f.brotli).padStart(8)} ${String(before ?? "-").padStart(9)} ${change.padStart(7)}`);
}
const ceiling = budget.ceiling_bytes;
const target = budget.target_kib * 1024;
console.log(`total ${total} bytes (${kib(total)}) brotli; ceiling ${ceiling} (${kib(ceiling)}); ` +
  `target ${budget.target_kib} KiB, ${total > target ? `${kib(total - target)} over it` : "met"}`);

if (total > ceiling) {
  const grew = files
    .filter((f) => f.brotli > (budget.files[f.name] ?? 0))
    .map((f) => `${f.name} ${signed(f.brotli - (budget.files[f.name] ?? 0))}`);
  console.error(`size budget exceeded by ${total - ceiling} bytes brotli; files that grew: ${grew.join(", ") || "none"}`);
  process.exit(1);
}
