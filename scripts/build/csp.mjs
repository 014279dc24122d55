// The Content-Security-Policy in index.html allows the inline stylesheet by its hash. Trunk
// inlines style/main.css while building, so the hash can only be written afterwards.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";

const POLICY_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
const STYLE_DIRECTIVE = /style-src[^;]*/;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
// A script element without src: the policy allows none, so the build must not ship one.
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>/;

/** The CSP source expression for an inline element's text, as the browser hashes it. */
export function hashSource(text) {
  // The HTML parser turns CR LF and lone CR into LF before the browser hashes the text.
  const parsed = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(parsed, "utf8").digest("base64")}'`;
}

/** The policy in an HTML page's CSP meta element, or null. */
export function policyOf(html) {
  return html.match(POLICY_META)?.[2] ?? null;
}

/// Pins the hashes in index.html and in every page drawn at build time (`*/index.html`).
export async function pinStyleHashes(dir) {
  const pages = (await readdir(dir, { recursive: true })).filter((path) => path.split(sep).pop() === "index.html");
  for (const page of pages) await pinPage(join(dir, page));
}

async function pinPage(file) {
  const html = await readFile(file, "utf8");
  const policy = policyOf(html);
  if (policy === null || !STYLE_DIRECTIVE.test(policy)) {
    throw new Error(`${file}: no Content-Security-Policy meta with a style-src directive`);
  }
  if (INLINE_SCRIPT.test(html)) {
    throw new Error(`${file}: an inline <script> would be blocked by the Content-Security-Policy`);
  }
  const hashes = [...html.matchAll(INLINE_STYLE)].map((match) => hashSource(match[1]));
  const pinned = policy.replace(STYLE_DIRECTIVE, ["style-src", ...hashes].join(" "));
  await writeFile(file, html.replace(POLICY_META, (_, open, _old, close) => open + pinned + close));
}
