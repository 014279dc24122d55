// The service worker's precache list and version, from the finished files of the build, so no
// list is ever kept by hand. The version is a hash of every listed file's path and contents:
// any change to any file makes a new version.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { BUNDLE } from "./bundle-data.mjs";
import { BUILD_ID } from "./pages.mjs";

const WORKER = "sw.js";
// The line in public/sw.js that this step replaces.
const BUILD_LINE = /^const BUILD = .*;$/m;
// Not files of the app: the worker itself (the browser fetches it), precompressed copies (the
// server picks them) and hidden files (Trunk's staging leftovers).
const NOT_SHIPPED = /(^|\/)\.|\.(br|gz)$/;
// Shipped but not precached, so a phone's first visit does not download them: the icons only
// an installation uses (the 512 px and maskable ones, 26 KB: the browser fetches them itself
// when the app is installed, which needs the network anyway; the pages use icon.svg and the
// 192 px icon, which stay), the data files as written (the app downloads them bundled, as
// data/content.json), the pages drawn at build time for each address (`*/index.html`: the
// worker keeps each one a person opens, and the home page, `index.html`, stands in for any
// other when offline), pelita.html (all of Pelita in one file, which a person saves on purpose
// from the about page: src/pocket.rs), and the files loaded only when used (`kiosk/`: the QR
// encoder; `later/`: sharing and printing), which the worker keeps once a page has used them,
// or when a kiosk asks it to at start.
const NOT_DOWNLOADED = /^icons\/icon-(512|maskable-\d+)\.png$|^data\/(?!content\.json$)|^.+\/index\.html$|^pelita\.html$/;
const LATER = /^(kiosk|later)\//;

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

export async function writePrecache(dir) {
  const shipped = (await filesUnder(dir)).filter((path) => path !== WORKER && !NOT_SHIPPED.test(path)).sort();
  // Every shipped file counts for the version, so a new kiosk file is a new version too.
  const hash = createHash("sha256");
  const integrity = new Map();
  for (const path of shipped) {
    const data = await readFile(join(dir, path));
    hash.update(`${path}\0`);
    hash.update(data);
    integrity.set(path, `sha256-${createHash("sha256").update(data).digest("base64")}`);
  }
  const precached = shipped.filter((path) => !NOT_DOWNLOADED.test(path) && !LATER.test(path));
  const bundle = JSON.parse(await readFile(join(dir, "data", BUNDLE), "utf8"));
  const id = (await readFile(join(dir, "index.html"), "utf8")).match(BUILD_ID)?.[1];
  if (!id) throw new Error("index.html: no build id (scripts/build/pages.mjs writes it)");
  const build = {
    version: hash.digest("hex").slice(0, 16),
    // The build id of the pages this version serves (scripts/build/pages.mjs).
    id,
    // With its hash: the worker refuses a file that is not this version's (public/sw.js).
    files: precached.map((path) => [`/${path}`, integrity.get(path)]),
    later: shipped.filter((path) => LATER.test(path)).map((path) => `/${path}`),
    data: Object.keys(bundle).sort(),
  };
  const workerFile = join(dir, WORKER);
  const worker = await readFile(workerFile, "utf8");
  if (!BUILD_LINE.test(worker)) throw new Error(`${WORKER}: no "const BUILD = …;" line to fill in`);
  await writeFile(workerFile, worker.replace(BUILD_LINE, () => `const BUILD = ${JSON.stringify(build)};`));
  return build;
}
