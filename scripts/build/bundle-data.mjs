// The app's data as one download: every file of data/ (public/data/*.json as written) in one
// JSON object by file name, minified, as data/content.json. One request instead of five, and
// the files share most of their words, so together they compress a fifth smaller
// (bench/SIZE.md). The files stay beside it as written, so after editing one in dist/,
// `node scripts/post-build.mjs dist` bundles the change; only content.json is downloaded.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// Must match BUNDLE_FILE in src/content/load.rs.
export const BUNDLE = "content.json";

/// Writes the bundle; returns the names of the files in it. A file that is not JSON stops the
/// build with its name (`cargo test` also validates each file's content).
export async function bundleData(dir) {
  const dataDir = join(dir, "data");
  const names = (await readdir(dataDir)).filter((name) => name.endsWith(".json") && name !== BUNDLE).sort();
  const bundle = {};
  for (const name of names) {
    const text = await readFile(join(dataDir, name), "utf8");
    try {
      bundle[name] = JSON.parse(text);
    } catch (error) {
      throw new Error(`data/${name}: not valid JSON: ${error.message}`);
    }
  }
  await writeFile(join(dataDir, BUNDLE), JSON.stringify(bundle));
  return names;
}
