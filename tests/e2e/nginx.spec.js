// deploy/nginx.conf, run for real: Debian's nginx serves the build on a free loopback port, in
// the foreground, started and stopped by each test. scripts/test.sh installs nginx first.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { access, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test as base, expect, appReady, HOTLINE } from "./fixtures.js";
import { SECURITY_HEADERS } from "../../scripts/serve.mjs";

const NGINX = "/usr/sbin/nginx";
const DIST = resolve(process.env.E2E_DIST ?? "dist");
const IMMUTABLE = "public, max-age=31536000, immutable";

async function freePort() {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address();
  probe.close();
  await once(probe, "close");
  return port;
}

function replaceOnce(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: no line matches ${pattern}`);
  return text.replace(pattern, replacement);
}

/** deploy/nginx.conf as it is, but listening on `port`, serving the build under test, and
 *  with nginx's scratch folders in `dir` (Debian's default ones need root). */
async function localConfig(dir, port) {
  const conf = await readFile("deploy/nginx.conf", "utf8");
  const scratch = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `    ${kind}_temp_path ${dir}/${kind};`)
    .join("\n");
  return [
    [/^(\s*)listen .*;$/m, `$1listen 127.0.0.1:${port};`],
    [/^(\s*)root .*;$/m, `$1root ${DIST};`],
    [/^http \{$/m, `http {\n${scratch}`],
  ].reduce((text, [pattern, replacement]) => replaceOnce(text, pattern, replacement), conf);
}

async function startNginx() {
  await access(NGINX).catch(() => {
    throw new Error(`${NGINX} is missing: scripts/test.sh installs it (ensure_nginx)`);
  });
  const dir = await mkdtemp(join(tmpdir(), "pelita-nginx-"));
  const port = await freePort();
  const conf = join(dir, "nginx.conf");
  await writeFile(conf, await localConfig(dir, port));
  const args = ["-p", `${dir}/`, "-c", conf, "-e", "stderr", "-g", `daemon off; pid ${dir}/nginx.pid;`];
  const nginx = spawn(NGINX, args, { stdio: ["ignore", "inherit", "pipe"] });
  let errors = "";
  nginx.stderr.on("data", (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped at start:\n${errors}`);
    if (await fetch(url).then(() => true, () => false)) break;
    if (tries === 50) throw new Error(`nginx did not answer on ${url}:\n${errors}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  const stop = async () => {
    const exited = once(nginx, "exit");
    nginx.kill("SIGQUIT");
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  return { url, stop };
}

const test = base.extend({
  nginx: async ({}, use) => {
    const nginx = await startNginx();
    await use(nginx);
    await nginx.stop();
  },
  baseURL: async ({ nginx }, use) => use(nginx.url),
});

/** A policy's directives by name: "script-src 'self'; …" → { "script-src": "'self'", … }. */
function directives(policy) {
  return Object.fromEntries(
    policy.split(";").map((part) => part.trim()).filter(Boolean).map((part) => {
      const [name, ...sources] = part.split(/\s+/);
      return [name, sources.join(" ")];
    }),
  );
}

async function builtFile(pattern) {
  const name = (await readdir(DIST)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no file matching ${pattern} in ${DIST}`);
  return `/${name}`;
}

test("deep links get their page drawn at build time, others the app, with revalidation and every security header", async ({ request }) => {
  const unknown = await request.get("/panduan/tidak-ada", { headers: { "accept-encoding": "identity" } });
  expect(unknown.status()).toBe(200);
  expect(await unknown.text()).toBe(await readFile(join(DIST, "index.html"), "utf8"));
  const response = await request.get("/panduan/paspor-ditahan", { headers: { "accept-encoding": "identity" } });
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(await readFile(join(DIST, "panduan", "paspor-ditahan", "index.html"), "utf8"));
  const headers = response.headers();
  expect(headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(headers["cache-control"]).toBe("no-cache");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  // The test server sends what a deployment sends: every security header, the same.
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);

  // The header is the meta's policy plus frame-ancestors; only style-src differs (see the
  // comment in deploy/nginx.conf), and the browser enforces both.
  const meta = directives((await response.text()).match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1]);
  const header = directives(headers["content-security-policy"]);
  expect(header["frame-ancestors"]).toBe("'none'");
  const { "frame-ancestors": _, "style-src": headerStyle, ...headerRest } = header;
  const { "style-src": metaStyle, ...metaRest } = meta;
  expect(headerRest).toEqual(metaRest);
  expect(headerStyle).toBe("'unsafe-inline'");
  expect(metaStyle).toMatch(/^'sha256-[A-Za-z0-9+/=]+'( 'sha256-[A-Za-z0-9+/=]+')*$/);
});

test("hashed code is cached for a year and served precompressed as application/wasm", async ({ request }) => {
  const wasm = await builtFile(/^pelita-[0-9a-f]{1,16}_bg\.wasm$/);
  const js = await builtFile(/^pelita-[0-9a-f]{1,16}\.js$/);
  for (const [encoding, expected] of [["br", "br"], ["gzip", "gzip"], ["identity", undefined]]) {
    const response = await request.get(wasm, { headers: { "accept-encoding": encoding } });
    expect(response.status(), encoding).toBe(200);
    expect(response.headers()["content-type"], encoding).toBe("application/wasm");
    expect(response.headers()["content-encoding"], encoding).toBe(expected);
    expect(response.headers()["cache-control"], encoding).toBe(IMMUTABLE);
    // The body arrives decoded: the same wasm whichever copy was sent.
    expect((await response.body()).subarray(0, 4).toString("hex"), encoding).toBe("0061736d");
  }
  const code = await request.get(js);
  expect(code.headers()["content-type"]).toBe("text/javascript; charset=utf-8");
  expect(code.headers()["cache-control"]).toBe(IMMUTABLE);
});

test("the worker, loader, manifest and data are revalidated on every use", async ({ request }) => {
  for (const [path, type] of [
    ["/sw.js", "text/javascript; charset=utf-8"],
    ["/loader.js", "text/javascript; charset=utf-8"],
    ["/manifest.webmanifest", "application/manifest+json; charset=utf-8"],
    ["/data/content.json", "application/json; charset=utf-8"],
    ["/index.html", "text/html; charset=utf-8"],
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe(type);
    expect(response.headers()["cache-control"], path).toBe("no-cache");
  }
});

test("a malformed address is a 400 without an error's text (the test server: hostile.spec.js)", async ({ request }) => {
  const response = await request.get("/%");
  expect(response.status()).toBe(400);
  expect(await response.text()).not.toMatch(/URIError|at .*\.mjs/);
});

test("a missing file is a 404, never the app", async ({ request }) => {
  for (const path of ["/pelita-0123456789abcdef_bg.wasm", "/data/missing.json", "/icons/none.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('id="boot"');
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});

test("through nginx the app runs under both policies and installs its service worker", async ({ page }) => {
  await page.goto("/kontak/kbri-phnom-penh");
  await appReady(page);
  await expect(page.locator("main h1")).toContainText("KBRI Phnom Penh");
  await expect(page.locator(HOTLINE).first()).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
});
