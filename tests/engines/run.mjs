// Cross-engine tests: the release build in Firefox ESR (geckodriver) and WebKitGTK
// (WebKitWebDriver, under xvfb) through W3C WebDriver. The Playwright layer covers Chromium in
// depth; this layer checks that the same app starts and works in the other two engines.
//
//   node tests/engines/run.mjs            # both engines, against dist/
//   ENGINES=firefox node tests/engines/run.mjs   # one engine (firefox or webkit)
//   ENGINES_DIST=/tmp/other-dist node tests/engines/run.mjs
//
// Prints one line per engine and scenario and exits non-zero on any failure.
//
// The runner; the rest is one job a file: site.mjs (the static site behind the probe's proxy,
// and the trap for every other host), drivers.mjs (the engines and their WebDriver servers),
// webdriver.mjs (the WebDriver client), pages.mjs (a session seen as pages, with the probe's
// findings) and scenarios.mjs (what is checked).
import { tmpdir } from "node:os";
import { ENGINES, startDriver } from "./drivers.mjs";
import { Pages } from "./pages.mjs";
import { SCENARIOS } from "./scenarios.mjs";
import { startSite, startTrap } from "./site.mjs";
import { newSession } from "./webdriver.mjs";

// One scenario may not hang the run: a stuck driver fails that scenario and the next starts.
const SCENARIO_TIMEOUT_MS = 120_000;

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
