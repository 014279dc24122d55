// The pages drawn for each address at build time (`*/index.html`, src/bin/prerender.rs) share
// index.html's head: its settings (kiosk mode, idle seconds, public address), its stylesheet
// and the code it loads. A deployment changes them in dist/index.html; this carries the change
// to every page, so all of them stay one version of the app (the service worker checks that
// a page's head is its own version's before keeping it).
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";

const BOOT = '<div id="boot">';

export async function shareHead(dir) {
  const home = await readFile(join(dir, "index.html"), "utf8");
  const head = home.slice(0, home.indexOf(BOOT));
  if (!head) throw new Error("index.html: no <div id=\"boot\"> block");
  const pages = (await readdir(dir, { recursive: true })).filter((path) => path.includes(sep) && path.endsWith(`${sep}index.html`));
  for (const page of pages) {
    const file = join(dir, page);
    const html = await readFile(file, "utf8");
    const boot = html.indexOf(BOOT);
    if (boot < 0) continue;
    if (html.slice(0, boot) !== head) await writeFile(file, head + html.slice(boot));
  }
  return pages.length;
}
