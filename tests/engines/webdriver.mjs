// A small W3C WebDriver client (https://www.w3.org/TR/webdriver2/) on Node's own fetch: just
// what the cross-engine tests use, so they need no Selenium or other npm package, and talk to
// geckodriver and WebKitWebDriver the same way.

// The key under which the protocol returns an element reference (fixed by the spec).
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error ?? "error"}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

// A driver can wait forever (for a browser that never came up, say): no command may take
// longer than this, so a test fails with the command's name instead of hanging.
const COMMAND_TIMEOUT_MS = 60_000;

async function call(base, method, path, body) {
  let response;
  try {
    response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
    });
  } catch (error) {
    throw new WebDriverError(`${method} ${path}`, { error: "no answer", message: error.cause?.message ?? error.message });
  }
  const text = await response.text();
  let value;
  try {
    ({ value } = JSON.parse(text));
  } catch {
    value = { error: `HTTP ${response.status}`, message: text.slice(0, 200) };
  }
  if (!response.ok) throw new WebDriverError(`${method} ${path}`, value);
  return value;
}

/** Starts a browser through the driver at `driverUrl` (http://127.0.0.1:port). */
export async function newSession(driverUrl, capabilities) {
  const { sessionId, capabilities: granted } = await call(driverUrl, "POST", "/session", {
    capabilities: { alwaysMatch: capabilities },
  });
  return new Session(driverUrl, sessionId, granted);
}

export class Session {
  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return call(this.base, method, path, body);
  }

  navigate(url) {
    return this.cmd("POST", "/url", { url });
  }
  url() {
    return this.cmd("GET", "/url");
  }
  refresh() {
    return this.cmd("POST", "/refresh", {});
  }
  /** Sets the page-load, script and implicit-wait timeouts (ms). */
  timeouts(values) {
    return this.cmd("POST", "/timeouts", values);
  }

  async find(css) {
    return new Element(this, await this.cmd("POST", "/element", { using: "css selector", value: css }));
  }
  async findAll(css) {
    const refs = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return refs.map((ref) => new Element(this, ref));
  }

  /** Runs `script` (a function body; `arguments` holds `args`) and returns its result. */
  async execute(script, ...args) {
    return this.unwrap(await this.cmd("POST", "/execute/sync", { script, args: args.map(wrap) }));
  }
  /** Like execute, but the script ends by calling its last argument with the result. */
  async executeAsync(script, ...args) {
    return this.unwrap(await this.cmd("POST", "/execute/async", { script, args: args.map(wrap) }));
  }

  // Elements in a script's result come back as references: make them Element objects.
  unwrap(value) {
    if (Array.isArray(value)) return value.map((v) => this.unwrap(v));
    if (value && typeof value === "object" && ELEMENT in value) return new Element(this, value);
    return value;
  }

  /** Polls `check` until it returns something truthy (which is returned); errors thrown by
   *  check (an element not found yet, a stale one) count as "not yet". `message` (a string,
   *  or a function for one built at the time) names what was awaited in the timeout error. */
  async waitFor(check, { timeout = 10_000, interval = 100, message = "condition" } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const result = await check();
        if (result) return result;
        last = result;
      } catch (error) {
        last = error;
      }
      if (Date.now() > end) {
        const what = typeof message === "function" ? message() : message;
        throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last?.message ?? JSON.stringify(last)})`);
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }

  /** Waits until `css` matches an element and returns it. */
  waitForElement(css, options = {}) {
    return this.waitFor(() => this.find(css), { message: `element ${css}`, ...options });
  }

  close() {
    return this.cmd("DELETE", "");
  }
}

function wrap(arg) {
  return arg instanceof Element ? arg.ref : arg;
}

export class Element {
  constructor(session, ref) {
    this.session = session;
    this.ref = ref;
    this.path = `/element/${ref[ELEMENT]}`;
  }
  click() {
    return this.session.cmd("POST", `${this.path}/click`, {});
  }
  clear() {
    return this.session.cmd("POST", `${this.path}/clear`, {});
  }
  sendKeys(text) {
    return this.session.cmd("POST", `${this.path}/value`, { text });
  }
  text() {
    return this.session.cmd("GET", `${this.path}/text`);
  }
  attribute(name) {
    return this.session.cmd("GET", `${this.path}/attribute/${encodeURIComponent(name)}`);
  }
  /** The attribute exactly as written in the page. WebKitWebDriver's Get Element Attribute
   *  answers a link's href (and a src) resolved to a full URL, as Selenium's old atoms did,
   *  where the spec and geckodriver give the attribute as written. */
  domAttribute(name) {
    return this.session.execute("return arguments[0].getAttribute(arguments[1])", this, name);
  }
  property(name) {
    return this.session.cmd("GET", `${this.path}/property/${encodeURIComponent(name)}`);
  }
  displayed() {
    return this.session.cmd("GET", `${this.path}/displayed`);
  }
  async find(css) {
    return new Element(this.session, await this.session.cmd("POST", `${this.path}/element`, { using: "css selector", value: css }));
  }
}
