// Minifies what the build ships as text: the JavaScript (the wasm-bindgen module, the loader,
// wasm-bindgen's snippets, the kiosk's QR module; the service worker loses only its comments),
// and in index.html the comments, the indentation and the inline stylesheet. 4.5 KB brotli of
// a phone's first load (bench/SIZE.md). esbuild, from npm; Trunk's own minifier stays off, since
// it rewrites the Content-Security-Policy meta that the next step fills in. The sources keep
// their comments; README and deploy/ say what a deployment may change in dist/index.html.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { transform } from "esbuild";

const WORKER = "sw.js";
// Leptos depends on server_fn, and server_fn on wasm-streams, whose three JavaScript classes
// wasm-bindgen always exports. Pelita has no server functions, so nothing ever creates one:
// wasm-opt removes their wasm exports (index.html, `--remove-exports`) and this their glue
// (together 1.3 KB brotli, bench/SIZE.md). Their shapes are wasm-bindgen's: the class, its
// `Symbol.dispose` line, its FinalizationRegistry.
const UNUSED_CLASS = /export class IntoUnderlying\w+ \{\n[\s\S]*?\n\}\n(?:if \(Symbol\.dispose\)[^\n]*\n)?/g;
const UNUSED_REGISTRY = /const IntoUnderlying\w+Finalization = [^;]*;\n/g;
const INLINE_STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g;
const COMMENT = /<!--[\s\S]*?-->\n?/g;
// The static page has no <pre> or <textarea>: indentation there is only whitespace.
const INDENTATION = /\n[ \t]+/g;

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/// esbuild's output is one line. A file already minified is left alone: esbuild would choose
/// other short names, and every changed byte makes a new service-worker version.
const isMinified = (code) => !code.trimEnd().includes("\n");

/// Minifies everything but the service worker in place; returns how many files it rewrote.
/// Running it again changes nothing.
export async function minify(dir) {
  let rewritten = 0;
  for (const path of (await filesUnder(dir)).filter((p) => p.endsWith(".js") && p !== WORKER)) {
    const file = join(dir, path);
    const text = await readFile(file, "utf8");
    if (isMinified(text)) continue;
    const source = withoutUnusedClasses(text, path);
    // The format stays as written: ES modules stay modules, the service worker a script.
    const { code } = await transform(source, { loader: "js", minify: true, legalComments: "none" });
    await writeFile(file, code);
    rewritten++;
  }
  const index = join(dir, "index.html");
  const html = await readFile(index, "utf8");
  let styled = html.replace(COMMENT, "").replace(INDENTATION, "\n");
  for (const [whole, open, css, close] of [...styled.matchAll(INLINE_STYLE)]) {
    const { code } = await transform(css, { loader: "css", minify: true });
    styled = styled.replace(whole, () => open + code.trim() + close);
  }
  await writeFile(index, styled);
  return rewritten + 1;
}

/// `glue` without wasm-streams' classes. Fails when any part of them is left, so a new
/// wasm-bindgen that writes them differently stops the build instead of shipping half of them.
function withoutUnusedClasses(glue, path) {
  const kept = glue.replace(UNUSED_CLASS, "").replace(UNUSED_REGISTRY, "");
  if (/IntoUnderlying/i.test(kept)) {
    throw new Error(`${path}: wasm-streams' glue is not in the shape minify.mjs removes; update UNUSED_CLASS`);
  }
  return kept;
}

/// The service worker minified after its first line, `const BUILD = …;`, which the precache
/// step fills in and finds again when the build is finished again. The rest refers to BUILD
/// by name; a classic script's top-level names are globals, so esbuild keeps them.
export async function minifyWorker(dir) {
  const file = join(dir, WORKER);
  // Without comments first, so the BUILD line comes first.
  const { code: worker } = await transform(await readFile(file, "utf8"), { loader: "js", legalComments: "none" });
  const firstLine = worker.indexOf("\n") + 1;
  if (!worker.startsWith("const BUILD = ") || firstLine === 0) {
    throw new Error(`${WORKER}: its first line must be "const BUILD = …;"`);
  }
  const { code } = await transform(worker.slice(firstLine), { loader: "js", minify: true, legalComments: "none" });
  await writeFile(file, worker.slice(0, firstLine) + code);
}
