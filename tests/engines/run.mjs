// Cross-engine tests: the release build in Firefox ESR (geckodriver) and WebKitGTK
// (WebKitWebDriver, under xvfb) through W3C WebDriver. The Playwright layer covers Chromium in
// depth; this layer checks that the same app starts and works in the other two engines.
//
//   node tests/engines/run.mjs            # both engines, against dist/
//   ENGINES=firefox node tests/engines/run.mjs   # one engine (firefox or webkit)
//   ENGINES_DIST=/tmp/other-dist node tests/engines/run.mjs
//
// Prints one line per engine and scenario and exits non-zero on any failure.
import { spawn, execFileSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import { createServer, request as forward } from "node:http";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { newSession } from "./webdriver.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = process.env.ENGINES_DIST ?? "dist";
const HOTLINE = 'a[href="tel:+85512813282"]';
const PROBE_PATH = "/__probe.js";
const PROBE = readFileSync(new URL("probe.js", import.meta.url));
// cargo install puts geckodriver here; scripts/tools.sh adds it to PATH, a run alone may not.
const PATH = `${join(homedir(), ".cargo/bin")}:${process.env.PATH}`;
// One scenario may not hang the run: a stuck driver fails that scenario and the next starts.
const SCENARIO_TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// The site: scripts/serve.mjs as it is, behind a small proxy that puts the probe into every
// page. The proxy also stands in for the network in the offline scenario: with the static
// server stopped it drops every connection, except the probe's own file, so the page opened
// offline (entirely from the service worker) is still checked for errors.

function startStaticServer() {
  const child = spawn(process.execPath, ["scripts/serve.mjs", DIST, "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    child.stdout.once("data", (line) => {
      const port = String(line).match(/127\.0\.0\.1:(\d+)/)?.[1];
      if (port) resolve({ child, port: Number(port) });
      else reject(new Error(`serve.mjs did not say where it listens: ${line}`));
    });
  });
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill();
  await exited;
}

function decode(body, encoding) {
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "gzip") return gunzipSync(body);
  return body;
}

async function startSite() {
  let upstream = await startStaticServer();
  const proxy = createServer((req, res) => {
    if (new URL(req.url, "http://x").pathname === PROBE_PATH) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" }).end(PROBE);
      return;
    }
    // Offline: the connection closes with no answer, which a browser sees as a network error.
    if (!upstream) return void req.socket.destroy();
    const out = forward({ host: "127.0.0.1", port: upstream.port, method: req.method, path: req.url, headers: req.headers });
    out.on("error", () => req.socket.destroy());
    out.on("response", async (answer) => {
      const headers = { ...answer.headers };
      if (req.method !== "GET" || answer.statusCode !== 200 || !String(headers["content-type"]).startsWith("text/html")) {
        res.writeHead(answer.statusCode, headers);
        answer.pipe(res);
        return;
      }
      const chunks = [];
      for await (const chunk of answer) chunks.push(chunk);
      const html = decode(Buffer.concat(chunks), headers["content-encoding"]).toString("utf8");
      delete headers["content-encoding"];
      delete headers["content-length"];
      res.writeHead(200, headers).end(html.replace(/<head>/i, `<head><script src="${PROBE_PATH}"></script>`));
    });
    req.pipe(out);
  });
  proxy.listen(0, "127.0.0.1");
  await once(proxy, "listening");
  return {
    url: `http://127.0.0.1:${proxy.address().port}`,
    async offline() {
      const { child } = upstream;
      upstream = null;
      await stopProcess(child);
    },
    async online() {
      upstream ??= await startStaticServer();
    },
    async close() {
      if (upstream) await stopProcess(upstream.child);
      proxy.closeAllConnections();
      proxy.close();
    },
  };
}

// Every request a browser sends anywhere but the site goes to this trap instead (it is the
// browsers' proxy, and 127.0.0.1 is exempt from it): the trap answers none and notes the
// address. Pelita must never talk to anyone else, and the browsers' own background traffic is
// meant to be off; either would show here (the network of a test machine may be closed anyway).
async function startTrap() {
  const seen = [];
  const trap = createServer((req, res) => {
    seen.push(req.url);
    res.writeHead(403).end();
  });
  // https goes through the proxy as CONNECT host:443.
  trap.on("connect", (req, socket) => {
    seen.push(`https://${req.url}`);
    socket.destroy();
  });
  trap.listen(0, "127.0.0.1");
  await once(trap, "listening");
  return {
    port: trap.address().port,
    take: () => seen.splice(0),
    close() {
      trap.closeAllConnections();
      trap.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The engines.

// Keeps Firefox's own background traffic off (Marionette's recommended prefs already cover
// most of it; these make it explicit): no updates, telemetry, captive-portal or connectivity
// checks, Safe Browsing lists, remote settings or add-on metadata.
const FIREFOX_PREFS = {
  "app.update.enabled": false,
  "app.update.auto": false,
  "app.update.disabledForTesting": true,
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage_override.mstone": "ignore",
  "datareporting.policy.dataSubmissionEnabled": false,
  "datareporting.healthreport.uploadEnabled": false,
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.unified": false,
  "toolkit.telemetry.archive.enabled": false,
  "toolkit.telemetry.server": "",
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.safebrowsing.downloads.remote.enabled": false,
  "browser.safebrowsing.blockedURIs.enabled": false,
  "browser.safebrowsing.provider.mozilla.updateURL": "",
  "browser.safebrowsing.provider.google4.updateURL": "",
  "messaging-system.rsexperimentloader.enabled": false,
  "app.normandy.enabled": false,
  "app.shield.optoutstudies.enabled": false,
  "extensions.update.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "browser.region.network.url": "",
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
};

/** Debian ships MiniBrowser, the browser WebKitWebDriver drives, outside PATH, in the
 *  multiarch library folder of libwebkit2gtk-4.1 (or -4.0 on older releases). */
function miniBrowser() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  for (const arch of readdirSync("/usr/lib").filter((d) => d.endsWith("-linux-gnu"))) {
    for (const api of ["4.1", "4.0"]) {
      const path = `/usr/lib/${arch}/webkit2gtk-${api}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  return "MiniBrowser";
}

const ENGINES = {
  firefox: {
    name: "Firefox ESR",
    driver: (port) => ["geckodriver", ["--host", "127.0.0.1", "--port", String(port)]],
    driverVersion: () => execFileSync("geckodriver", ["--version"], { env: { ...process.env, PATH } }).toString().split("\n")[0],
    capabilities: (trapPort) => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless"],
        // Firefox never proxies 127.0.0.1 (network.proxy.allow_hijacking_localhost is off).
        prefs: { ...FIREFOX_PREFS, "network.proxy.type": 1, "network.proxy.http": "127.0.0.1", "network.proxy.http_port": trapPort, "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": trapPort },
      },
    }),
    // Release builds of Firefox ignore services.settings.server (which Marionette points at
    // a dummy) unless this is set, and poll firefox.settings.services.mozilla.com regardless.
    env: { MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
    // Scenarios this engine cannot run, each with the reason printed in its line. None today.
    skip: {},
  },
  webkit: {
    name: "WebKitGTK",
    // MiniBrowser is a GTK window: it needs an X display, which xvfb-run provides (-a: the
    // first free display number, so runs side by side do not collide).
    // Xvfb's own messages go to the driver's log too (-e).
    driver: (port, log) => ["xvfb-run", ["-a", "-e", log, "WebKitWebDriver", `--port=${port}`]],
    // WebKitWebDriver has no --version; it comes with the WebKitGTK it drives.
    driverVersion: () => `WebKitWebDriver from webkit2gtk-driver ${execFileSync("dpkg-query", ["-W", "-f=${Version}", "webkit2gtk-driver"])}`,
    // Arguments given here replace the driver's default ones, which are just --automation:
    // without it MiniBrowser opens as a plain window the driver cannot control.
    capabilities: (trapPort) => ({
      "webkitgtk:browserOptions": {
        binary: miniBrowser(),
        args: ["--automation", `--proxy=http://127.0.0.1:${trapPort}`, "--ignore-host=127.0.0.1"],
      },
    }),
    // None today: WebKitGTK 2.50 counts http://127.0.0.1 as a secure context and runs the
    // service worker in the automation session's (ephemeral) storage.
    skip: {},
  },
};

async function freePort() {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  return port;
}

/** Starts a WebDriver server in a process group of its own (xvfb-run starts Xvfb and the
 *  driver as its children: stopping the group stops them all) and waits until it is ready. */
async function startDriver(engine) {
  const port = await freePort();
  const log = join(tmpdir(), `pelita-engines-${engine.key}.log`);
  const [command, args] = engine.driver(port, log.replace(/\.log$/, "-xvfb.log"));
  const fd = openSync(log, "w");
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ["ignore", fd, fd], env: { ...process.env, PATH, ...engine.env } });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode} (log: ${log})`);
    try {
      if ((await (await fetch(`${url}/status`)).json()).value?.ready !== undefined) break;
    } catch {}
    if (Date.now() - started > 20_000) throw new Error(`${command} did not start in 20 s (log: ${log})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    log,
    stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Pages: navigation that reads the probe's findings of the page it leaves.

class Pages {
  constructor(session, site) {
    this.s = session;
    this.site = site;
    this.problems = [];
    this.onPage = false;
  }

  /** Moves the probe's findings for the page shown into this.problems. */
  async collect() {
    if (!this.onPage) return;
    const found = await this.s.execute("return window.__problems ? window.__problems.splice(0) : null");
    if (found === null) this.problems.push(`no probe on ${await this.s.url()} (the page was not the injected one)`);
    else this.problems.push(...found);
  }

  async go(path) {
    await this.collect();
    await this.s.navigate(this.site.url + path);
    this.onPage = true;
    return this.appReady(path);
  }

  async reload() {
    await this.collect();
    await this.s.refresh();
    await this.appReady("reload");
  }

  /** The app has replaced the static page (#boot) and drawn the route's heading. */
  async appReady(what) {
    // What the page looked like, should the app not start: the reason is usually there.
    const state = () =>
      this.s.execute("return JSON.stringify({ url: location.href, ready: document.readyState, html: document.documentElement.className, problems: window.__problems })");
    await this.s.waitFor(() => this.s.execute("return !document.getElementById('boot') && !document.querySelector('.loading')"), {
      timeout: 20_000,
      message: `the app to replace #boot on ${what}`,
    }).catch(async (error) => {
      throw new Error(`${error.message}; page: ${await state().catch((e) => e.message)}`);
    });
    const h1 = await this.s.waitForElement("main h1");
    await this.s.waitFor(() => h1.displayed(), { message: `a visible main h1 on ${what}` });
    return h1;
  }
}

function check(ok, message) {
  if (!ok) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------
// The scenarios. Each gets a fresh browser session (so a fresh profile: no storage, no service
// worker) and may fail only by throwing; the probe's findings are checked after each.

const ROUTES = [
  ["/", "Informasi untuk WNI di Kamboja"],
  ["/darurat", "Darurat"],
  ["/kontak", "Kontak"],
  ["/kontak/kbri-phnom-penh", "KBRI Phnom Penh"],
  ["/kontak/verifikasi", "Cek nomor"],
  ["/panduan", "Panduan"],
  ["/panduan/di-kbri", "Di KBRI"],
  ["/cek", "Daftar cek"],
  ["/cek/cek-kerja-paksa", "Tanda kerja paksa"],
  ["/cari?q=paspor", "Cari"],
  ["/tentang", "Tentang Pelita"],
  ["/langkah-pulang", "Langkah pulang"],
];

const SCENARIOS = [
  ["the app starts", async (p) => {
    await p.go("/");
  }],

  ["every route renders", async (p) => {
    for (const [path, heading] of ROUTES) {
      const h1 = await p.go(path);
      const text = await h1.text();
      check(text.startsWith(heading), `${path}: h1 is "${text}", expected "${heading}…"`);
      const hotline = await p.s.find(HOTLINE);
      check(await hotline.displayed(), `${path}: the hotline link is not visible`);
    }
  }],

  ["links change the page without a reload", async (p) => {
    await p.go("/");
    await p.s.execute("window.__same = true");
    await (await p.s.find("nav.tabs a[href='/kontak']")).click();
    await p.s.waitFor(async () => (await (await p.s.find("main h1")).text()) === "Kontak", { message: "the Kontak page" });
    check((await p.s.url()).endsWith("/kontak"), `address is ${await p.s.url()}`);
    check((await p.s.execute("return window.__same")) === true, "the page was reloaded");
  }],

  ["search", async (p) => {
    await p.go("/cari");
    await (await p.s.find("#q")).sendKeys("kedutan");
    let first;
    await p.s.waitFor(async () => (first = await (await p.s.find("[data-testid=search-results] li a")).domAttribute("href")) === "/kontak/kbri-phnom-penh", {
      message: () => `/kontak/kbri-phnom-penh as the first result (first: ${first})`,
    });
  }],

  ["checklist answers survive a reload", async (p) => {
    await p.go("/cek/cek-tawaran-kerja");
    const firstBox = async () => (await p.s.find(".check-items input[type=checkbox]")).property("checked");
    check((await firstBox()) === false, "the first box is ticked before any answer");
    await (await p.s.find(".check-items label")).click();
    await p.s.waitFor(firstBox, { message: "the first box to be ticked" });
    await p.reload();
    await p.s.waitFor(firstBox, { message: "the first box still ticked after the reload" });
  }],

  ["language switch", async (p) => {
    await p.go("/");
    await (await p.s.find("header button.lang")).click();
    await p.s.waitFor(async () => (await (await p.s.find("header a.sos")).text()) === "Emergency", { message: 'header a.sos to read "Emergency"' });
  }],

  ["offline after one visit", async (p) => {
    await p.go("/");
    const controlled = () => p.s.execute("return navigator.serviceWorker.controller !== null");
    // The worker claims the page when it activates; a reload is the fallback for an engine
    // that only hands it pages loaded after that.
    try {
      await p.s.waitFor(controlled, { timeout: 15_000, message: "the service worker to control the page" });
    } catch {
      await p.reload();
      await p.s.waitFor(controlled, { timeout: 15_000, message: "the service worker to control the page after a reload" });
    }
    await p.site.offline();
    try {
      const h1 = await p.go("/panduan/paspor-ditahan");
      const text = await h1.text();
      check(text.startsWith("Paspor ditahan"), `offline, h1 is "${text}"`);
    } finally {
      await p.site.online();
    }
  }],

  ["kiosk QR", async (p) => {
    await p.go("/panduan/paspor-ditahan?kiosk=1");
    const d = await p.s.waitFor(() => p.s.find("[data-testid=qr] svg path").then((path) => path.attribute("d")), {
      timeout: 15_000,
      message: "a QR code's path with a d attribute",
    });
    check(/^M\d/.test(d), `the QR path's d is "${d.slice(0, 40)}"`);
  }],
];

async function runScenario(engine, driver, site, trap, run) {
  const session = await newSession(driver.url, {
    ...engine.capabilities(trap.port),
    timeouts: { pageLoad: 30_000, script: 30_000, implicit: 0 },
  });
  const pages = new Pages(session, site);
  try {
    trap.take();
    await run(pages);
    await pages.collect();
    pages.problems.push(...trap.take().map((url) => `request to another host: ${url}`));
    if (pages.problems.length) throw new Error(`problems:\n${pages.problems.map((x) => `      ${x}`).join("\n")}`);
  } finally {
    await session.close().catch(() => {});
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const chosen = (process.env.ENGINES ?? "firefox,webkit").split(",");
  for (const key of chosen) if (!ENGINES[key]) throw new Error(`ENGINES: unknown engine ${key} (firefox, webkit)`);
  const site = await startSite();
  const trap = await startTrap();
  let failed = 0;
  const stops = [];
  const cleanUp = () => stops.forEach((stop) => stop());
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
  try {
    for (const key of chosen) {
      const engine = { key, ...ENGINES[key] };
      let driver;
      let label = engine.name;
      try {
        driver = await startDriver(engine);
        stops.push(driver.stop);
        // The browser's own version, as the driver reports it for a session.
        const first = await newSession(driver.url, engine.capabilities(trap.port));
        label = `${engine.name} ${first.capabilities.browserVersion}`;
        await first.close();
        console.log(`# ${label} (${engine.driverVersion()})`);
      } catch (error) {
        driver?.stop();
        for (const [name] of SCENARIOS) console.log(`${label}: FAIL: ${name}: the driver or browser did not start: ${error.message}`);
        failed += SCENARIOS.length;
        continue;
      }
      for (const [name, run] of SCENARIOS) {
        if (engine.skip[name]) {
          console.log(`${label}: skip: ${name}: ${engine.skip[name]}`);
          continue;
        }
        const started = Date.now();
        try {
          await withTimeout(runScenario(engine, driver, site, trap, run), SCENARIO_TIMEOUT_MS, name);
          console.log(`${label}: pass: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        } catch (error) {
          failed++;
          console.log(`${label}: FAIL: ${name}: ${error.message}`);
          await site.online();
        }
      }
      driver.stop();
    }
  } finally {
    cleanUp();
    trap.close();
    await site.close();
  }
  if (failed) console.log(`${failed} cross-engine check(s) failed; driver logs in ${tmpdir()}/pelita-engines-*.log`);
  process.exit(failed ? 1 : 0);
}

await main();
