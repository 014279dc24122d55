// One browser session of the cross-engine tests (tests/engines/run.mjs), seen as pages:
// navigation that reads the probe's findings of the page it leaves, and waits for the app.

export class Pages {
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

export function check(ok, message) {
  if (!ok) throw new Error(message);
}
