// The pages drawn for each address at build time (`*/index.html`, src/bin/prerender.rs) share
// index.html's head: its settings (kiosk mode, idle seconds, public address), its stylesheet
// and the code it loads. A deployment changes them in dist/index.html; this carries the change
// to every page, so all of them stay one version of the app. What is a page's own stays its
// own: its language (`<html lang>`) and the links to its twin in the other language
// (`<link rel="alternate" hreflang>`), made absolute with the public address, and left out
// while none is set (search engines and Lighthouse take only absolute ones).
//
// The shared head carries a build id (`<meta name="pelita-build">`): a hash of the head itself,
// which names the code it loads. The service worker keeps a page from the network only when its
// build id is its own version's (public/sw.js), whatever the page's own parts.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";

// Must match BOOT_ID in src/platform/dom.rs (tests/shared_names.rs).
export const BOOT = '<div id="boot">';
// Must match the build id public/sw.js and scripts/build/precache.mjs read (tests/shared_names.rs).
export const BUILD_ID = /<meta name="pelita-build" content="([^"]*)">/;
const HTML_LANG = /<html lang="[^"]*">/;
const ALTERNATES = /<link rel="alternate" hreflang="[^"]*" href="[^"]*">/g;
const PUBLIC_URL = /<meta name="pelita-public-url" content="([^"]*)">/;

/// The head every page shares: index.html's, with a build id of its own contents.
function sharedHead(home) {
  const head = home.slice(0, home.indexOf(BOOT)).replace(BUILD_ID, "").replace(ALTERNATES, "");
  const id = createHash("sha256").update(head.replace(HTML_LANG, "")).digest("hex").slice(0, 16);
  return head.replace("</head>", `<meta name="pelita-build" content="${id}"></head>`);
}

/// `shared` with the page's own language and alternates (from `own`, the page's head as
/// drawn), alternates absolute under `base`. Without a public address there are none: search
/// engines take only absolute ones, and Lighthouse fails a page for a relative one.
function pageHead(shared, own, base) {
  const lang = own.match(HTML_LANG)?.[0];
  const alternates = base
    ? (own.match(ALTERNATES) ?? []).map((link) => link.replace(/href="(?:https?:\/\/[^/"]*)?(\/[^"]*)"/, (_, path) => `href="${base}${path}"`)).join("")
    : "";
  return (lang ? shared.replace(HTML_LANG, lang) : shared).replace("</head>", `${alternates}</head>`);
}

export async function shareHead(dir) {
  const homeFile = join(dir, "index.html");
  const home = await readFile(homeFile, "utf8");
  if (!home.includes(BOOT)) throw new Error(`index.html: no ${BOOT} block`);
  const base = (home.match(PUBLIC_URL)?.[1] ?? "").trim().replace(/\/+$/, "");
  if (base && !/^https?:\/\/[^/\s"]+$/.test(base)) throw new Error(`index.html: pelita-public-url "${base}" is not an http(s) origin`);
  const shared = sharedHead(home);
  const pages = (await readdir(dir, { recursive: true })).filter((path) => path === "index.html" || path.endsWith(`${sep}index.html`));
  for (const page of pages) {
    const file = join(dir, page);
    const html = page === "index.html" ? home : await readFile(file, "utf8");
    const boot = html.indexOf(BOOT);
    // A page of the site that is not the app's (the wall poster, src/poster.rs) takes only
    // the build id, so the worker knows it for this version's.
    if (boot < 0) {
      const stamped = html.replace(BUILD_ID, shared.match(BUILD_ID)[0]);
      if (stamped !== html) await writeFile(file, stamped);
      continue;
    }
    const head = pageHead(shared, html.slice(0, boot), base);
    if (html.slice(0, boot) !== head) await writeFile(file, head + html.slice(boot));
  }
  return pages.length;
}
