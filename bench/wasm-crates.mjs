// Code bytes per crate in a wasm that kept its name section, to see where the size goes:
//   CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --bin pelita --target wasm32-unknown-unknown
//   wasm-bindgen --target web --out-dir /tmp/names <target>/wasm32-unknown-unknown/release/pelita.wasm
//   wasm-opt -Oz -g <index.html's data-wasm-opt-params> /tmp/names/pelita_bg.wasm -o /tmp/names/opt.wasm
//   node bench/wasm-crates.mjs /tmp/names/opt.wasm [text]   (text: also list functions naming it)
// Bytes are before compression; code inlined into a caller counts for the caller.
import { readFileSync } from "node:fs";

const SECTION = { import: 2, code: 10, data: 11, custom: 0 };
const IMPORT_FUNC = 0;

const [file, filter] = process.argv.slice(2);
const bytes = readFileSync(file);
let at = 8; // after the magic number and version
const u32 = () => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return value;
  }
};
const name = () => {
  const length = u32();
  return bytes.toString("utf8", at, (at += length));
};
/// Skips an import's descriptor; true for a function import.
const skipImport = () => {
  const kind = bytes[at++];
  if (kind === IMPORT_FUNC) return u32(), true;
  if (kind === 1) at++; // table: element type, then limits
  if (kind === 1 || kind === 2) {
    const flags = bytes[at++];
    u32();
    if (flags & 1) u32();
  }
  if (kind === 3) at += 2; // global: type and mutability
  if (kind === 4) at++, u32(); // tag
  return false;
};

let importedFunctions = 0;
let dataBytes = 0;
const bodies = [];
const names = new Map();
while (at < bytes.length) {
  const id = bytes[at++];
  const end = u32() + at;
  if (id === SECTION.import) {
    for (let n = u32(); n > 0; n--) {
      name(), name();
      if (skipImport()) importedFunctions++;
    }
  } else if (id === SECTION.code) {
    for (let n = u32(); n > 0; n--) {
      const size = u32();
      bodies.push(size);
      at += size;
    }
  } else if (id === SECTION.data) {
    dataBytes += end - at;
  } else if (id === SECTION.custom && name() === "name") {
    while (at < end) {
      const sub = bytes[at++];
      const subEnd = u32() + at;
      if (sub === 1) for (let n = u32(); n > 0; n--) names.set(u32(), name());
      at = subEnd;
    }
  }
  at = end;
}

/// `pelita::search::…` and `<pelita::… as core::…>::…` belong to `pelita`; `<T as tachys::…>`
/// to `tachys`; methods of primitives (`<str>::…`) to `core`. Std's names carry a
/// `[hash]` after the crate.
function crateOf(fn) {
  if (!fn) return "(no name)";
  const clean = fn.replace(/\[[0-9a-f]+\]/g, "");
  const own = clean.match(/^<?(?:&(?:mut )?)?([a-z_][a-z0-9_]*)::/)?.[1];
  const trait = clean.match(/^<[^<>]* as ([a-z_][a-z0-9_]*)::/)?.[1];
  return own ?? trait ?? (/^<(str|char|\[|\(|[a-z0-9]+>)/.test(clean) ? "core" : "(other)");
}
const functions = bodies.map((size, i) => ({ size, fn: names.get(importedFunctions + i) }));
const perCrate = new Map();
for (const { size, fn } of functions) perCrate.set(crateOf(fn), (perCrate.get(crateOf(fn)) ?? 0) + size);

const code = bodies.reduce((a, b) => a + b, 0);
console.log(`${functions.length} functions, ${code} bytes of code, ${dataBytes} bytes of data`);
for (const [crate, size] of [...perCrate].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${String(size).padStart(9)}  ${crate}`);
}
if (filter) {
  const matching = functions.filter(({ fn }) => fn?.includes(filter)).sort((a, b) => b.size - a.size);
  console.log(`\n${matching.reduce((a, f) => a + f.size, 0)} bytes in ${matching.length} functions naming "${filter}":`);
  for (const { size, fn } of matching.slice(0, 20)) console.log(`${String(size).padStart(9)}  ${fn.slice(0, 150)}`);
}
