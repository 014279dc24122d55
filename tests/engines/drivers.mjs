// The engines of the cross-engine tests (tests/engines/run.mjs) and their WebDriver servers:
// Firefox ESR through geckodriver, WebKitGTK through WebKitWebDriver under xvfb. What each
// browser is started with, and how a driver is started and stopped.
import { spawn, execFileSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, openSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// cargo install puts geckodriver here; scripts/tools.sh adds it to PATH, a run alone may not.
const PATH = `${join(homedir(), ".cargo/bin")}:${process.env.PATH}`;

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

export const ENGINES = {
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
export async function startDriver(engine) {
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
