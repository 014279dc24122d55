// Trunk's post_build hook (Trunk.toml): finishes the build staged in TRUNK_STAGING_DIR.
//   1. bundles the data files into data/content.json, the one file the app downloads;
//   2. for release builds, minifies the JavaScript and index.html;
//   3. gives every page drawn at build time index.html's head, then pins the inline
//      stylesheet's hash into the Content-Security-Policy of each;
//   4. writes the service worker's precache list and version into sw.js (then, for release
//      builds, takes its comments out);
//   5. for release builds, writes .br and .gz copies for the static server.
// Each step reads the files as the one before left them. Running it again on a finished build
// is safe: the update test does that to make a second version.
//   node scripts/post-build.mjs [dir]    (dir defaults to TRUNK_STAGING_DIR)
import { BUNDLE, bundleData } from "./build/bundle-data.mjs";
import { pinStyleHashes } from "./build/csp.mjs";
import { minify, minifyWorker } from "./build/minify.mjs";
import { shareHead } from "./build/pages.mjs";
import { writePrecache } from "./build/precache.mjs";
import { precompress } from "./build/precompress.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("usage: node scripts/post-build.mjs <dist dir> (or set TRUNK_STAGING_DIR)");

const bundled = await bundleData(dir);
console.log(`[post-build] data/${BUNDLE}: ${bundled.join(", ")}`);
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";
if (release) console.log(`[post-build] minified ${await minify(dir)} files`);
await shareHead(dir);
await pinStyleHashes(dir);
const { version, files } = await writePrecache(dir);
console.log(`[post-build] sw.js: version ${version}, ${files.length} files precached`);
if (release) {
  await minifyWorker(dir);
  const written = await precompress(dir);
  console.log(`[post-build] ${written} precompressed copies (.br, .gz)`);
}
