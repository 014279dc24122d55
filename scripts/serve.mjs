// A small static server for dist/: the wasm MIME type, precompressed files when the browser
// accepts them, each address's page drawn at build time (`panduan/di-kbri/index.html`), and
// index.html for every other path that is not a file (deep links). Used by
// `scripts/serve.sh` and by the end-to-end tests. Listens on 127.0.0.1 only.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const [root = "dist", port = "8080"] = process.argv.slice(2);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// The security headers deploy/nginx.conf sends, so the tests see what a deployment sends
// (tests/e2e/nginx.spec.js compares the two).
export const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy": "camera=(), microphone=(), geolocation=(self), payment=(), usb=()",
  "cross-origin-opener-policy": "same-origin",
  "strict-transport-security": "max-age=31536000",
};

// Trunk names built files like pelita-1a2b3c4d5e6f.js (a 64-bit hash in hex, without leading
// zeros, so up to 16 digits): those never change, so cache them long.
const HASHED = /\/pelita-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/;

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/// A malformed address (`/%`, `/%E0%A4%A`): answered 400, never with an error's text.
class BadAddress extends Error {}

async function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new BadAddress();
  }
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, clean);
  if (!file.startsWith(normalize(root))) return null;
  if (await isFile(file)) return file;
  // A path with a file extension is an asset: missing means 404, never the app shell.
  if (extname(clean)) return null;
  // The page drawn for this address at build time, else the home page, which the app turns
  // into the page for any address.
  const page = join(file, "index.html");
  return (await isFile(page)) ? page : join(root, "index.html");
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    const file = await resolve(url.pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, "content-type": "text/plain" }).end("not found");
      return;
    }
    const headers = {
      ...SECURITY_HEADERS,
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      vary: "accept-encoding",
    };
    // Like nginx: an ETag from modification time and size, so revalidations (the service
    // worker's precache, no-cache files) cost a 304 instead of the whole file.
    const info = await stat(file);
    headers.etag = `"${Math.floor(info.mtimeMs).toString(16)}-${info.size.toString(16)}"`;
    if (req.headers["if-none-match"] === headers.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const accepts = req.headers["accept-encoding"] ?? "";
    let body = null;
    for (const [enc, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (accepts.includes(enc) && (await isFile(file + ext))) {
        body = await readFile(file + ext);
        headers["content-encoding"] = enc;
        break;
      }
    }
    body ??= await readFile(file);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (err) {
    const status = err instanceof BadAddress ? 400 : 500;
    if (status === 500) console.error(err);
    res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "text/plain" }).end(status === 400 ? "bad request" : "server error");
  }
});
// Port 0 picks a free port; the line printed names the real one (the offline tests read it).
// Imported for its headers (tests/e2e/nginx.spec.js), it serves nothing.
if (import.meta.url === `file://${process.argv[1]}`) {
  server.listen(Number(port), "127.0.0.1", () => {
    console.log(`serving ${root} on http://127.0.0.1:${server.address().port}`);
  });
}
