// A page fixture that fails the test on any console error, uncaught exception or request to
// another host: Pelita must never talk to anyone but its own origin.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { test as base, expect } from "@playwright/test";

/** What a stubbed host answers: an empty page, so a test never touches the real site. */
const STUB_PAGE = "<!doctype html><html lang=en><title>Stub</title><p>Stub</p></html>";

export const test = base.extend({
  // Hosts a test navigates to on purpose (quick exit's neutral site). The fixture answers them
  // itself with a stub page, so even these requests never leave the machine.
  stubHosts: [[], { option: true }],
  page: async ({ page, baseURL, stubHosts }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    for (const host of stubHosts) {
      await page.route(`https://${host}/**`, (route) => route.fulfill({ contentType: "text/html", body: STUB_PAGE }));
    }
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("request", (req) => {
      const url = req.url();
      if (!/^https?:/.test(url)) return;
      const target = new URL(url);
      if (target.origin !== origin && !stubHosts.includes(target.host)) problems.push(`third-party request: ${url}`);
    });
    await use(page);
    expect(problems, problems.join("\n")).toEqual([]);
  },
});

export { expect };

/** Each entry's neutral code, from the data (public/data/*.json). */
const CODES = Object.fromEntries(
  ["contacts", "guides", "checklists"].flatMap((file) =>
    JSON.parse(readFileSync(`public/data/${file}.json`, "utf8"))[file].map((entry) => [entry.id, entry.code]),
  ),
);

/** The address Pelita's own links use for an entry: `/p/<code>`, `/en/p/<code>` in English. */
export function entryHref(id, lang = "id") {
  if (!CODES[id]) throw new Error(`no entry ${id} in public/data`);
  return `${lang === "en" ? "/en" : ""}/p/${CODES[id]}`;
}

/** Every address the build drew a page of the app for (src/route.rs's table, through the
 *  prerender step): the tests take their list of pages from the build, never from a list of
 *  their own. A page of the site that is not the app's (the wall poster, `/cetak`) has no boot
 *  block for the app to take over. */
export function drawnAddresses(dist = process.env.E2E_DIST ?? "dist") {
  return readdirSync(dist, { recursive: true })
    .filter((file) => file === "index.html" || file.endsWith(`${sep}index.html`))
    .filter((file) => readFileSync(join(dist, file), "utf8").includes('<div id="boot">'))
    .map((file) => "/" + file.slice(0, -"index.html".length).split(sep).join("/").replace(/\/$/, ""))
    .sort();
}

/** The addresses Pelita's own links use in one language: neutral where a name would tell. */
export function ownAddresses(lang = "id") {
  const telling = /^\/(en\/)?(panduan|kontak|cek)\/|^\/(en\/)?(darurat|langkah-pulang)$/;
  return drawnAddresses().filter((path) => (lang === "en") === /^\/en(\/|$)/.test(path) && !telling.test(path));
}

/** Waits until the app (not the static boot frame) has rendered the current route. */
export async function appReady(page) {
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator(".loading")).toHaveCount(0);
}

/** The embassy's protection hotline on WhatsApp: the first action everywhere. */
export const HOTLINE = 'a[href="https://wa.me/85512813282"]';
/** The same hotline as an ordinary call, offered second. */
export const HOTLINE_CALL = 'a[href="tel:+85512813282"]';

/** A copy of the build as a deployment with a public address makes it (docs/deploy.md): the
 *  address set in index.html, the pages drawn again and the build finished again. Returns the
 *  copy's folder; the caller removes it. */
export function buildWithPublicAddress(address, dist = process.env.E2E_DIST ?? "dist") {
  const copy = mkdtempSync(join(tmpdir(), "pelita-public-"));
  cpSync(dist, copy, { recursive: true });
  const index = join(copy, "index.html");
  const html = readFileSync(index, "utf8");
  writeFileSync(index, html.replace(/<meta name="pelita-public-url" content="[^"]*">/, `<meta name="pelita-public-url" content="${address}">`));
  execFileSync("cargo", ["run", "--quiet", "--bin", "prerender", "--", copy], { stdio: "pipe" });
  execFileSync(process.execPath, ["scripts/post-build.mjs", copy], { stdio: "pipe" });
  return copy;
}

/** Anything wider than the page or sheet: what would be cut at the paper's edge. */
export const overflowing = (page) =>
  page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.outerHTML.slice(0, 60)));
