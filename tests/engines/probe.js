// Injected by tests/engines/run.mjs as the first element of every page's <head> (served as
// /__probe.js: a same-origin script, which the app's CSP allows). W3C WebDriver has no
// console log, so the page itself records what would be a console error, and the tests read
// window.__problems after each page.
(() => {
  const problems = (window.__problems = []);
  const add = (text) => problems.push(String(text).slice(0, 500));
  // An Error's stack leaves out its message in Firefox and WebKit: both, the stack's top only.
  const describe = (value) => {
    const top = value instanceof Error && value.stack?.split("\n")[0];
    return top ? `${value} @ ${top}` : String(value);
  };

  // Capture phase: also catches a <script>, <link> or <img> that failed to load (those
  // error events do not bubble), not only uncaught exceptions.
  addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target && target !== window && target.tagName) add(`failed to load <${target.tagName.toLowerCase()}> ${target.src || target.href || ""}`);
      else add(`uncaught error: ${event.error ? describe(event.error) : event.message}${event.filename ? ` (${event.filename}:${event.lineno})` : ""}`);
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => add(`unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener("securitypolicyviolation", (event) =>
    add(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`),
  );

  const consoleError = console.error;
  console.error = function (...args) {
    add(`console.error: ${args.map(describe).join(" ")}`);
    return consoleError.apply(this, args);
  };
})();
