// Which functions grew or shrank between two wasm files that kept their names (built as
// bench/wasm-crates.mjs says): node bench/wasm-diff.mjs before.wasm after.wasm [rows]
import { readFileSync } from "node:fs";
function read(file) {
  const bytes = readFileSync(file); let at = 8;
  const u32 = () => { let v = 0; for (let s = 0; ; s += 7) { const b = bytes[at++]; v += (b & 0x7f) * 2 ** s; if (!(b & 0x80)) return v; } };
  const name = () => { const l = u32(); return bytes.toString("utf8", at, (at += l)); };
  let imported = 0; const bodies = []; const names = new Map(); let data = 0;
  while (at < bytes.length) {
    const id = bytes[at++]; const end = u32() + at;
    if (id === 2) { for (let n = u32(); n > 0; n--) { name(); name(); const k = bytes[at++]; if (k === 0) { u32(); imported++; } else if (k === 1) { at++; const f = bytes[at++]; u32(); if (f & 1) u32(); } else if (k === 2) { const f = bytes[at++]; u32(); if (f & 1) u32(); } else if (k === 3) at += 2; else if (k === 4) { at++; u32(); } } }
    else if (id === 10) { for (let n = u32(); n > 0; n--) { const s = u32(); bodies.push(s); at += s; } }
    else if (id === 11) data += end - at;
    else if (id === 0 && name() === "name") { while (at < end) { const sub = bytes[at++]; const se = u32() + at; if (sub === 1) for (let n = u32(); n > 0; n--) names.set(u32(), name()); at = se; } }
    at = end;
  }
  const m = new Map();
  bodies.forEach((s, i) => { const n = (names.get(imported + i) ?? "?").replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]+\]/g, ""); m.set(n, (m.get(n) ?? 0) + s); });
  return { m, data };
}
const [a, b] = process.argv.slice(2, 4).map(read);
const keys = new Set([...a.m.keys(), ...b.m.keys()]);
const rows = [...keys].map((k) => [k, (b.m.get(k) ?? 0) - (a.m.get(k) ?? 0)]).filter(([, d]) => d !== 0).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
let plus = 0, minus = 0; for (const [, d] of rows) d > 0 ? (plus += d) : (minus += d);
console.log(`code +${plus} ${minus}; data ${b.data - a.data}`);
for (const [k, d] of rows.slice(0, Number(process.argv[4] ?? 45))) console.log(String(d).padStart(7), k.slice(0, 160));
