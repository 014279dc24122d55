// Checks deploy/kiosk/ as an embassy would use it: the managed-policy file (a unit check),
// install.sh and configure-dist.sh, then the launcher with Debian's Chromium and the policy in
// force: Pelita opens full screen in kiosk mode; another site, the browser's own pages,
// developer tools and a download are refused; a restart with the server unreachable still
// starts Pelita (the persistent profile's offline copy); and an update goes as the README says.
//
//   node tests/kiosk-launch/run.mjs <dist dir>
//
// Chromium reads managed policies only from /etc/chromium/policies/managed, for the whole
// machine. So each browser runs in a private mount namespace (unshare) where a temporary copy
// of /etc/chromium holding the policy is bind-mounted over the real one: nothing changes for
// any other process, and nothing is written to /etc. Where no namespace can be made (neither
// root nor unprivileged user namespaces), the test says so and runs in fallback mode: the
// policy is validated and the launcher starts, but the checks that need the policy are
// skipped. PELITA_KIOSK_TEST_MODE=fallback forces that mode.
//
// Under xvfb-run (Debian's xvfb) the launcher runs as on the kiosk, --kiosk on a portrait
// 1080×1920 screen; without it Chromium runs headless (the policy applies the same). A dist
// without the app (a stand-in index.html) skips the checks that need the app.
// The browser is driven over the Chrome DevTools Protocol with a few raw commands, not
// Playwright: Playwright sets its own download behaviour, which would bypass the policy under
// test. --remote-debugging-port is added here only; the launcher never opens it.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, closeSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";
import { CHROMIUM_FLAGS } from "../../bench/chromium.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const KIOSK = join(ROOT, "deploy/kiosk");
const TEMPLATE = join(KIOSK, "policies/pelita-kiosk.json");
const CHROMIUM_BINARY = "/usr/lib/chromium/chromium"; // the real binary behind Debian's wrapper
const dist = resolve(process.argv[2] ?? "dist");
// Node 22 has WebSocket built in; Node 20 gets the one bundled in playwright-core.
const WebSocketImpl = globalThis.WebSocket ?? createRequire(import.meta.url)("playwright-core/lib/utilsBundle").ws;

let failures = 0;
function check(ok, what, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail ? ` (${detail})` : ""}`);
  if (!ok) failures++;
  return ok;
}
const skip = (what, why) => console.log(`skip ${what}: ${why}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- 1. The policy file --------------------------------------------------------------------

// Every policy the file may set, with its type in Chromium's policy list: "bool", "list" (of
// strings) or the integer values its enum allows. A name not here is a typo or a policy nobody
// reviewed for the kiosk. Deliberately absent: ForceEphemeralProfiles, ClearBrowsingDataOnExitList
// and BrowsingDataLifetime, which would throw the service worker's offline copy away.
const TYPES = {
  URLBlocklist: "list",
  URLAllowlist: "list",
  DownloadRestrictions: [0, 1, 2, 3, 4],
  DeveloperToolsAvailability: [0, 1, 2],
  IncognitoModeAvailability: [0, 1, 2],
  BrowserSignin: [0, 1, 2],
  DefaultNotificationsSetting: [1, 2, 3],
  DefaultGeolocationSetting: [1, 2, 3],
  DefaultPopupsSetting: [1, 2],
  NetworkPredictionOptions: [0, 1, 2],
  ...Object.fromEntries(
    ("BrowserGuestModeEnabled BrowserAddPersonEnabled SyncDisabled PasswordManagerEnabled " +
      "AutofillAddressEnabled AutofillCreditCardEnabled SavingBrowserHistoryDisabled " +
      "AllowFileSelectionDialogs PrintingEnabled TranslateEnabled EditBookmarksEnabled " +
      "BookmarkBarEnabled AudioCaptureAllowed VideoCaptureAllowed ScreenCaptureAllowed " +
      "BackgroundModeEnabled PromotionalTabsEnabled PrivacySandboxPromptEnabled " +
      "DefaultBrowserSettingEnabled MetricsReportingEnabled UrlKeyedAnonymizedDataCollectionEnabled " +
      "SearchSuggestEnabled SpellCheckServiceEnabled AllowDinosaurEasterEgg")
      .split(" ")
      .map((name) => [name, "bool"]),
  ),
};
// What the kiosk relies on, exactly these values.
const REQUIRED = {
  URLBlocklist: ["*", "chrome://*"], // "*" alone leaves the browser's own pages open
  DownloadRestrictions: 3, // block all downloads
  DeveloperToolsAvailability: 2, // no developer tools
  IncognitoModeAvailability: 1, // no incognito windows
  BrowserGuestModeEnabled: false,
  BrowserSignin: 0,
  PasswordManagerEnabled: false,
  AutofillAddressEnabled: false,
  AutofillCreditCardEnabled: false,
  SavingBrowserHistoryDisabled: true,
  AllowFileSelectionDialogs: false,
  PrintingEnabled: false,
};
const PLACEHOLDER = "@PELITA_ALLOW@";
// What install.sh writes: scheme://.host[:port], one host exactly, no path or wildcard.
const ALLOW_ENTRY = /^https?:\/\/\.[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$/;

function policyProblems(policy, { installed }) {
  const problems = [];
  if (typeof policy !== "object" || policy === null || Array.isArray(policy)) return ["not a JSON object"];
  for (const [name, value] of Object.entries(policy)) {
    const type = TYPES[name];
    if (!type) problems.push(`${name}: not a policy this file may set`);
    else if (type === "bool" && typeof value !== "boolean") problems.push(`${name}: want true or false`);
    else if (type === "list" && !(Array.isArray(value) && value.every((v) => typeof v === "string")))
      problems.push(`${name}: want a list of strings`);
    else if (Array.isArray(type) && !type.includes(value)) problems.push(`${name}: want one of ${type.join(", ")}`);
  }
  for (const [name, want] of Object.entries(REQUIRED))
    if (!isDeepStrictEqual(policy[name], want)) problems.push(`${name}: want ${JSON.stringify(want)}`);
  const allow = policy.URLAllowlist;
  if (!Array.isArray(allow) || allow.length !== 1) problems.push("URLAllowlist: want exactly one entry");
  else if (!installed && allow[0] !== PLACEHOLDER) problems.push(`URLAllowlist: want ["${PLACEHOLDER}"] for install.sh`);
  else if (installed && !ALLOW_ENTRY.test(allow[0])) problems.push(`URLAllowlist: ${allow[0]} is not scheme://.host[:port]`);
  return problems;
}

// Which of the names this Chromium knows: each policy name is a NUL-terminated string in the
// binary (what `strings chromium | grep -x Name` finds), read in slices to spare memory.
function namesInBinary(path, names) {
  const wanted = new Map(names.map((n) => [n, Buffer.from(`\0${n}\0`)]));
  const found = new Set();
  const fd = openSync(path, "r");
  const slice = Buffer.alloc(32 << 20);
  const overlap = 256;
  try {
    for (let pos = 0; ; pos += slice.length - overlap) {
      const n = readSync(fd, slice, 0, slice.length, pos);
      const view = slice.subarray(0, n);
      for (const [name, needle] of wanted) if (!found.has(name) && view.includes(needle)) found.add(name);
      if (n < slice.length || found.size === wanted.size) break;
    }
  } finally {
    closeSync(fd);
  }
  return found;
}

const work = mkdtempSync(join(tmpdir(), "pelita-kiosk-"));
const template = JSON.parse(readFileSync(TEMPLATE, "utf8"));
{
  const problems = policyProblems(template, { installed: false });
  check(problems.length === 0, `policy ${Object.keys(template).length} keys: known names, right types, kiosk values`, problems.join("; "));
}
if (existsSync(CHROMIUM_BINARY)) {
  const version = spawnSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).stdout.trim();
  const known = namesInBinary(CHROMIUM_BINARY, Object.keys(template));
  const unknown = Object.keys(template).filter((n) => !known.has(n));
  check(unknown.length === 0, `every policy name is known to ${version || "this Chromium"}`, unknown.join(", "));
} else skip("policy names against the Chromium binary", `${CHROMIUM_BINARY} is not installed`);

// ---- 2. The scripts and the systemd unit --------------------------------------------------

for (const script of ["install.sh", "configure-dist.sh", "pelita-kiosk.sh"]) {
  const run = spawnSync("sh", ["-n", join(KIOSK, script)], { encoding: "utf8" });
  check(run.status === 0, `${script} parses (sh -n)`, run.stderr.trim());
}
if (existsSync("/usr/bin/systemd-analyze")) {
  // As the kiosk user would have it: the launcher in ~/.local/bin, the unit in a user manager.
  const home = join(work, "unit-home");
  mkdirSync(join(home, ".local/bin"), { recursive: true });
  cpSync(join(KIOSK, "pelita-kiosk.sh"), join(home, ".local/bin/pelita-kiosk"));
  const run = spawnSync("systemd-analyze", ["verify", "--user", join(KIOSK, "pelita-kiosk.service")], {
    encoding: "utf8",
    env: { ...process.env, HOME: home, XDG_RUNTIME_DIR: home },
  });
  check(run.status === 0 && !run.stderr.trim(), "pelita-kiosk.service passes systemd-analyze verify --user", run.stderr.trim());
} else skip("pelita-kiosk.service", "systemd-analyze is not installed");

// ---- 3. install.sh -------------------------------------------------------------------------

function install(origin, dir) {
  return spawnSync("sh", [join(KIOSK, "install.sh"), origin], {
    encoding: "utf8",
    env: { ...process.env, PELITA_POLICY_DIR: dir },
  });
}
for (const bad of ["http://192.168.1.20:8080", "https://pelita.example/panduan", "https://*.example", "pelita.example"]) {
  const dir = join(work, "refused");
  const run = install(bad, dir);
  check(run.status !== 0 && !existsSync(dir), `install.sh refuses ${bad}`, run.stderr.trim());
}

// ---- 4. configure-dist.sh ------------------------------------------------------------------

const PUBLIC_URL = "https://pelita.example";
const configure = (dir, url) => spawnSync("sh", [join(KIOSK, "configure-dist.sh"), dir, url], { encoding: "utf8" });
// QR codes carry this address to phones: nothing but a public https name will do. These fail
// before the dist is even looked at.
for (const bad of ["http://pelita.example", "https://localhost:8080", "https://192.168.1.20", "https://pelita.local", "https://pelita.example/kiosk"]) {
  const run = configure(join(work, "no-dist"), bad);
  check(run.status !== 0 && !/not found/.test(run.stderr), `configure-dist.sh refuses ${bad}`, run.stderr.trim());
}
// With the app built, the kiosk serves a copy configured as the README says; a stand-in page
// (no app) is served as it is.
const hasApp = readdirSync(dist).some((f) => /^pelita-[0-9a-f]+_bg\.wasm$/.test(f));
let served = dist;
if (hasApp) {
  served = join(work, "dist");
  cpSync(dist, served, { recursive: true });
  const run = configure(served, PUBLIC_URL);
  // The app's pages, which read the settings; a page of the site that is not the app's (the
  // wall poster) has no boot block and no settings.
  const pages = readdirSync(served, { recursive: true })
    .filter((f) => f === "index.html" || f.endsWith("/index.html"))
    .filter((f) => readFileSync(join(served, f), "utf8").includes('<div id="boot">'));
  const unset = pages.filter((f) => {
    const html = readFileSync(join(served, f), "utf8");
    return !html.includes('<meta name="pelita-kiosk" content="on">') || !html.includes(`<meta name="pelita-public-url" content="${PUBLIC_URL}">`);
  });
  check(run.status === 0 && unset.length === 0, `configure-dist.sh ${PUBLIC_URL}: kiosk mode and the public address on all ${pages.length} pages of the app`,
    run.status === 0 ? (unset.length ? `missing on ${unset.slice(0, 3).join(", ")}` : "") : run.stderr.trim());
} else skip("configure-dist.sh on the build", `no pelita-*_bg.wasm in ${dist}`);

// ---- 5. Servers: Pelita (with an attachment route) and another site -------------------------

async function listen(server) {
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${server.address().port}`;
}

// Pelita's dist/ through scripts/serve.mjs, behind a small proxy that adds one route serving a
// file as an attachment: the download must come from the allowed origin, or the allowlist
// rather than DownloadRestrictions would stop it.
const serve = spawn(process.execPath, [join(ROOT, "scripts/serve.mjs"), served, "0"], { stdio: ["ignore", "pipe", "inherit"] });
const servePort = await new Promise((res, rej) => {
  serve.stdout.on("data", (d) => {
    const m = /127\.0\.0\.1:(\d+)/.exec(String(d));
    if (m) res(Number(m[1]));
  });
  serve.on("exit", (code) => rej(new Error(`scripts/serve.mjs exited with ${code}`)));
});
const hits = { download: 0, other: 0 };
let serverDown = false; // as if the internet (or nginx) were down
const DOWNLOAD_NAME = "pelita-kiosk-download-test.pdf";
const pelita = createServer((req, res) => {
  if (serverDown) return req.socket.destroy();
  if (req.url === `/${DOWNLOAD_NAME}`) {
    hits.download++;
    res.writeHead(200, { "content-type": "application/pdf", "content-disposition": `attachment; filename="${DOWNLOAD_NAME}"` });
    res.end("%PDF-1.4\n% a file a kiosk must not save\n");
    return;
  }
  const upstream = request({ host: "127.0.0.1", port: servePort, path: req.url, method: req.method, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode, up.headers);
    up.pipe(res);
  });
  upstream.on("error", (e) => res.writeHead(502).end(String(e)));
  req.pipe(upstream);
});
const other = createServer((req, res) => {
  hits.other++;
  res.writeHead(200, { "content-type": "text/html" }).end("<title>Another site</title><h1>Another site</h1>");
});
const PELITA = await listen(pelita);
const OTHER = await listen(other);

// ---- 6. Chromium with the policy, in a private mount namespace ------------------------------

// install.sh writes the policy for this test's origin; it must be the template with only the
// allowlist filled in.
const installedDir = join(work, "installed");
let installedText = "";
{
  const run = install(PELITA, installedDir);
  installedText = run.status === 0 ? readFileSync(join(installedDir, "pelita-kiosk.json"), "utf8") : "";
  const written = installedText ? JSON.parse(installedText) : null;
  const problems = written ? policyProblems(written, { installed: true }) : [run.stderr.trim()];
  const want = { ...template, URLAllowlist: [`http://.${new URL(PELITA).host}`] };
  if (written && !isDeepStrictEqual(written, want)) problems.push("differs from the template beyond the allowlist");
  check(problems.length === 0, `install.sh ${PELITA} writes the policy, allowlist ${JSON.stringify(written?.URLAllowlist)}`, problems.join("; "));
}

// A copy of /etc/chromium (Debian's master_preferences) without this machine's own policies,
// holding one policy file: what gets mounted over /etc/chromium for one browser.
function etcWith(name, policyText) {
  const dir = join(work, name);
  if (existsSync("/etc/chromium")) cpSync("/etc/chromium", dir, { recursive: true, filter: (src) => !src.startsWith("/etc/chromium/policies") });
  mkdirSync(join(dir, "policies/managed"), { recursive: true });
  writeFileSync(join(dir, "policies/managed/pelita-kiosk.json"), policyText);
  return dir;
}
// The policy exactly as install.sh wrote it; and for the browser the checks drive, the same
// with developer tools allowed, since DeveloperToolsAvailability 2 also stops the DevTools
// protocol from attaching to a page (which the first browser shows).
const etcKiosk = etcWith("etc-kiosk", installedText);
const etcTest = etcWith("etc-test", JSON.stringify({ ...JSON.parse(installedText || "{}"), DeveloperToolsAvailability: 1 }, null, 2));

// unshare as root, or as a user with an unprivileged user namespace mapped to root.
const UNSHARE = [...(process.getuid() === 0 ? [] : ["--user", "--map-root-user"]), "--mount", "--propagation", "private"];
const MOUNT_THEN_EXEC = 'mount --bind "$0" /etc/chromium && exec "$@"';
const inNamespace = (etcDir, command) => ["unshare", ...UNSHARE, "sh", "-c", MOUNT_THEN_EXEC, etcDir, ...command];
function whyNoNamespace() {
  if (process.env.PELITA_KIOSK_TEST_MODE === "fallback") return "PELITA_KIOSK_TEST_MODE=fallback";
  if (!installedText) return "install.sh wrote no policy";
  if (!existsSync("/etc/chromium")) return "/etc/chromium does not exist to mount over";
  const [file, ...args] = inNamespace(etcKiosk, ["test", "-f", "/etc/chromium/policies/managed/pelita-kiosk.json"]);
  const probe = spawnSync(file, args, { encoding: "utf8" });
  return probe.status === 0 ? null : `unshare failed: ${(probe.stderr || probe.error?.message || "").trim()}`;
}
const noNamespace = whyNoNamespace();
const display = existsSync("/usr/bin/xvfb-run");
console.log(
  noNamespace
    ? `MODE fallback: no private mount namespace (${noNamespace}); the policy is NOT applied, the checks that need it are skipped`
    : "MODE namespace: the policy is bind-mounted over /etc/chromium for the test's browsers only",
);
console.log(display ? "DISPLAY xvfb-run, 1080×1920 portrait, --kiosk as on the kiosk" : "DISPLAY none: headless (xvfb-run is not installed)");

if (!noNamespace) {
  const [file, ...args] = inNamespace(etcKiosk, [join(KIOSK, "pelita-kiosk.sh")]);
  const run = spawnSync(file, args, {
    encoding: "utf8",
    env: { ...process.env, PELITA_URL: OTHER, CHROMIUM: "/bin/true", PELITA_PROFILE: join(work, "unused") },
  });
  check(run.status !== 0, "the launcher refuses an origin the policy does not allow", run.stderr.trim());
}

// Starts the launcher (in the namespace with etcDir over /etc/chromium, or without a policy),
// with the test's own Chromium flags and the DevTools port after the launcher's switches.
// Given an earlier run, starts again with its profile.
function launch(name, etcDir, earlier) {
  const dir = join(work, name);
  const run = { home: join(dir, "home"), downloads: join(dir, "downloads"), profile: join(dir, "profile"), ...earlier, log: join(dir, "chromium.log"), cdp: null };
  mkdirSync(dir, { recursive: true });
  if (earlier) rmSync(join(run.profile, "DevToolsActivePort"));
  else {
    mkdirSync(join(run.profile, "Default"), { recursive: true });
    mkdirSync(run.downloads);
    mkdirSync(run.home); // the browser's HOME, so ~/Downloads is in here too
    // Downloads go to this folder without asking, so one that got through would show there.
    writeFileSync(join(run.profile, "Default/Preferences"), JSON.stringify({ download: { default_directory: run.downloads, prompt_for_download: false } }));
  }
  // Xvfb has no window manager to make the kiosk window fill the screen, so the window gets
  // the screen's size from the start, for the page to be laid out as on the kiosk.
  const launcher = [join(KIOSK, "pelita-kiosk.sh"), ...CHROMIUM_FLAGS, "--remote-debugging-port=0", "--window-position=0,0", "--window-size=1080,1920", ...(display ? [] : ["--headless"])];
  const command = [...(display ? ["xvfb-run", "-a", "-s", "-screen 0 1080x1920x24"] : []), ...launcher];
  const [file, ...args] = etcDir ? inNamespace(etcDir, command) : command;
  const logFd = openSync(run.log, "w");
  run.process = spawn(file, args, {
    detached: true, // its own process group, so everything it starts stops together
    stdio: ["ignore", logFd, logFd],
    env: { ...process.env, HOME: run.home, PELITA_URL: PELITA, PELITA_PROFILE: run.profile, ...(etcDir ? {} : { PELITA_KIOSK_NO_POLICY: "1" }) },
  });
  closeSync(logFd);
  return run;
}
const running = (run) => run.process.exitCode === null && run.process.signalCode === null;
async function stop(run) {
  run.cdp?.close();
  for (const signal of ["SIGTERM", "SIGKILL"]) {
    if (!running(run)) break;
    try {
      process.kill(-run.process.pid, signal);
    } catch {}
    for (let i = 0; i < 50 && running(run); i++) await sleep(100);
  }
}
const logTail = (run) =>
  readFileSync(run.log, "utf8").split("\n").filter((l) => l && !/dbus|Fontconfig|unexpected operator/.test(l)).slice(-15).join("\n");

// A minimal CDP client: one WebSocket to the browser, page sessions flattened into it.
async function connect(run) {
  const portFile = join(run.profile, "DevToolsActivePort");
  for (let i = 0; i < 300 && !existsSync(portFile); i++) {
    if (!running(run)) throw new Error(`the launcher exited (${run.process.exitCode ?? run.process.signalCode})`);
    await sleep(100);
  }
  const [port, path] = readFileSync(portFile, "utf8").trim().split("\n");
  const ws = new WebSocketImpl(`ws://127.0.0.1:${port}${path}`);
  await new Promise((res, rej) => {
    ws.onopen = res;
    ws.onerror = () => rej(new Error("cannot connect to the DevTools port"));
  });
  let nextId = 1;
  const pending = new Map();
  ws.onmessage = (event) => {
    const msg = JSON.parse(String(event.data));
    const waiting = pending.get(msg.id);
    if (!waiting) return; // events: none are enabled
    pending.delete(msg.id);
    msg.error ? waiting.rej(new Error(msg.error.message)) : waiting.res(msg.result);
  };
  run.cdp = {
    send(method, params = {}, sessionId) {
      const id = nextId++;
      ws.send(JSON.stringify({ id, method, params, sessionId }));
      return new Promise((res, rej) => {
        pending.set(id, { res, rej });
        setTimeout(() => pending.delete(id) && rej(new Error(`${method}: no answer in 15 s`)), 15000).unref();
      });
    },
    close: () => ws.close(),
  };
  return run.cdp;
}
// The launcher's tab, opened at PELITA_URL/?kiosk=1.
async function pelitaTab(cdp) {
  for (let i = 0; i < 100; i++) {
    const { targetInfos } = await cdp.send("Target.getTargets");
    const page = targetInfos.find((t) => t.type === "page" && t.url.startsWith(PELITA));
    if (page) return page;
    await sleep(100);
  }
  return null;
}

// Attaches to a tab; evaluate() runs an expression in it, until() waits for one to be true.
async function attach(cdp, page) {
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId: page.targetId, flatten: true });
  const evaluate = async (expression) =>
    (await cdp.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, sessionId)).result.value;
  const until = async (expression, ms) => {
    for (const end = Date.now() + ms; Date.now() < end; await sleep(100))
      if (await evaluate(expression).catch(() => false)) return true;
    return false;
  };
  return { sessionId, evaluate, until, here: () => evaluate("location.href") };
}
const KIOSK_APP = "document.documentElement.hasAttribute('data-kiosk')";

const runs = [];
// However this process ends (interrupted, a closed pipe, an exception), the browsers end with
// it: each is a process group of its own, which would outlive it.
process.on("exit", () => {
  for (const run of runs) if (running(run)) try { process.kill(-run.process.pid, "SIGKILL"); } catch {}
  serve.kill();
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => process.exit(130));
try {
  if (!noNamespace) {
    // The policy exactly as installed: Pelita opens, and the DevTools protocol may list the
    // tabs but not attach to one.
    const run = launch("as-installed", etcKiosk);
    runs.push(run);
    try {
      const cdp = await connect(run);
      const page = await pelitaTab(cdp);
      check(Boolean(page), `with the policy as installed, Pelita opens at ${PELITA}/?kiosk=1`, page?.url ?? "no such tab");
      const attached = page ? await attach(cdp, page).then(() => "attached", (e) => e.message) : "no tab";
      check(attached === "Not allowed", "developer tools are refused: DevTools cannot attach to the page", attached);
    } catch (err) {
      check(false, "the kiosk browser with the policy as installed", `${err.message}\n${logTail(run)}`);
    }
    await stop(run);
  }

  const run = launch("driven", noNamespace ? null : etcTest);
  runs.push(run);
  if (!noNamespace) console.log("test only: the next browsers have DeveloperToolsAvailability 1, so the checks can drive them");
  try {
    const cdp = await connect(run);
    const page = await pelitaTab(cdp);
    if (!check(Boolean(page), `Pelita opens at ${PELITA}/?kiosk=1`)) throw new Error("no Pelita tab");
    const { sessionId, evaluate, until, here } = await attach(cdp, page);
    const onPelita = `document.readyState === 'complete' && location.origin === ${JSON.stringify(PELITA)}`;
    // Opens an address from inside Pelita, as a tapped link would (the page starts it).
    const fromPage = async (url) => {
      await until(onPelita, 10000);
      await evaluate(`location.href = ${JSON.stringify(url)}, true`).catch(() => {});
    };
    const backToPelita = async () => {
      await cdp.send("Page.navigate", { url: `${PELITA}/?kiosk=1` }, sessionId);
      await until(onPelita, 10000);
    };

    await until(onPelita, 10000);
    const loaded = await here();
    check(loaded.startsWith(PELITA), "the page loads", `${loaded}, "${await evaluate("document.title")}"`);
    if (hasApp) {
      check(await until(KIOSK_APP, 30000), "the app starts in kiosk mode (<html data-kiosk>)");
      // The offline copy is the service worker's, kept in the profile: why the profile is
      // persistent, not incognito.
      const activated = "Promise.race([navigator.serviceWorker.ready.then((r) => r.active.state === 'activated'), new Promise((r) => setTimeout(r, 1000, false))])";
      check(await until(activated, 20000), "the service worker is active (the offline copy)");
    } else skip("the app starts in kiosk mode", `no pelita-*_bg.wasm in ${dist}`);
    if (display) {
      const { bounds } = await cdp.send("Browser.getWindowForTarget", { targetId: page.targetId });
      const size = await evaluate("`screen ${screen.width}×${screen.height}, page ${innerWidth}×${innerHeight}`");
      check(bounds.windowState === "fullscreen" && size.startsWith("screen 1080×1920"), "kiosk mode: the window is full screen", `${bounds.windowState}, ${size}`);
    }

    if (noNamespace) {
      for (const what of ["another site is blocked", "a download is refused", "browser pages and developer tools are blocked"])
        skip(what, "needs the policy (fallback mode)");
    } else {
      // Another site, from a link in Pelita: the browser's error page, and the site never
      // sees a request.
      await fromPage(`${OTHER}/`);
      await until("location.href.startsWith('chrome-error:')", 5000);
      const url = await here();
      const text = await evaluate("document.body.innerText").catch(() => "");
      const reason = /ERR_BLOCKED_BY_ADMINISTRATOR/.test(text) ? "ERR_BLOCKED_BY_ADMINISTRATOR" : JSON.stringify(text.slice(0, 80));
      check(url.startsWith("chrome-error:") && hits.other === 0, `another site (${OTHER}) is blocked from a link`, `${url}, ${reason}`);
      await backToPelita();
      // The same address typed into the browser, and the browser's own pages.
      for (const url of [`${OTHER}/typed`, "chrome://settings/", "chrome://history/", "chrome://downloads/", "devtools://devtools/bundled/inspector.html", "file:///etc/hostname"]) {
        const { errorText } = await cdp.send("Page.navigate", { url }, sessionId);
        check(errorText === "net::ERR_BLOCKED_BY_ADMINISTRATOR", `${url} is blocked`, errorText || `opened ${await here()}`);
        // Let the error page settle first: Chromium 156 hangs or crashes when a blocked
        // chrome:// page is asked for while the last error page is still committing.
        await until("document.readyState === 'complete' && location.protocol === 'chrome-error:'", 5000);
      }
      check(hits.other === 0, "the other site never received a request", `${hits.other} requests`);

      // A download from Pelita's own origin: the server sends the file, the browser keeps none.
      await backToPelita();
      await fromPage(`${PELITA}/${DOWNLOAD_NAME}`);
      for (let i = 0; i < 50 && hits.download === 0; i++) await sleep(100);
      await sleep(3000); // time for a download that got through to be written
      const stem = DOWNLOAD_NAME.replace(".pdf", "");
      const saved = [run.downloads, run.home].flatMap((dir) => readdirSync(dir, { recursive: true }).filter((f) => f.includes(stem)));
      check(hits.download === 1 && saved.length === 0, "a download (Content-Disposition: attachment) is refused",
        `${hits.download} request served, ${saved.length ? `saved ${saved.join(", ")}` : "nothing saved"}`);
      check((await here()).startsWith(PELITA), "Pelita stays on screen after the refused download", await here());
    }
  } catch (err) {
    check(false, "the kiosk browser", `${err.message}\n${logTail(run)}`);
  }
  await stop(run);

  if (hasApp) {
    // Restarts with the same profile, as the systemd unit does; `then` runs in the new tab.
    let last = run;
    const restart = async (name, what, then) => {
      const again = launch(name, noNamespace ? null : etcTest, last);
      runs.push((last = again));
      try {
        const cdp = await connect(again);
        const page = await pelitaTab(cdp);
        const tab = page && (await attach(cdp, page));
        check(Boolean(tab && (await tab.until(KIOSK_APP, 30000)) && (await then(tab))), what);
      } catch (err) {
        check(false, what, `${err.message}\n${logTail(again)}`);
      }
      await stop(again);
    };
    // A power cut or restart while Pelita's server cannot be reached.
    serverDown = true;
    await restart("offline", "restarted with the server unreachable, Pelita starts from the profile's offline copy", async () => true);
    serverDown = false;
    // An update as the README gives it: a new dist/ configured (here with another public
    // address, which makes it a new version), then a restart, which installs the new version
    // in the background and offers it; the next restart runs it.
    const NEW_URL = "https://baru.pelita.example";
    const publicUrl = "document.querySelector('meta[name=pelita-public-url]').content";
    const configured = configure(served, NEW_URL);
    check(configured.status === 0, `configure-dist.sh ${NEW_URL} on the served copy (a new version)`, configured.stderr.trim());
    await restart("update-1", "after an update, the first restart installs the new version and offers it (Versi baru tersedia)", async (tab) =>
      (await tab.until("navigator.serviceWorker.getRegistration().then((r) => Boolean(r && r.waiting))", 20000)) &&
      (await tab.until("document.body.innerText.includes('Versi baru')", 5000)));
    await restart("update-2", `the second restart runs the new version (public address ${NEW_URL})`, async (tab) =>
      (await tab.evaluate(publicUrl)) === NEW_URL);
  }
} finally {
  for (const run of runs) await stop(run);
  serve.kill();
  for (const server of [pelita, other]) {
    server.close();
    server.closeAllConnections();
  }
}

if (failures === 0) rmSync(work, { recursive: true, force: true });
console.log(
  failures ? `${failures} kiosk check(s) failed (files in ${work})`
  : `all kiosk checks passed${noNamespace ? " (fallback mode: the policy itself was not tried)" : ""}`,
);
process.exit(failures ? 1 : 0);
