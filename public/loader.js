// Starts the app. Trunk writes the hashed names of the wasm-bindgen module and its wasm into
// this script tag's data attributes (`pattern_script` in Trunk.toml). The loader is a file
// rather than Trunk's default inline script so the Content-Security-Policy allows no inline
// script at all.
//
// The page as served (frame, hotline, home opening) paints first, and the browser records it
// as the largest contentful paint; only then is the code downloaded and the app started (it
// replaces that frame with the same content). Replaced before that record, the app's copy
// would count as the first real paint, seconds later on a slow phone; downloaded earlier, the
// 200 KB of wasm would share the connection with the page's first paint.
const tag = document.querySelector("script[data-wasm]");
await staticFramePainted();
const wasmResponse = fetch(tag.dataset.wasm);
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: wasmResponse });
// The same start event as Trunk's own loader: tests read the wasm memory from it.
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));

/// Resolves once the first paint is recorded as the largest contentful paint. Capped, so a
/// browser without that entry type, or a page opened in a background tab, starts the app
/// anyway.
function staticFramePainted() {
  const MAX_WAIT_MS = 1000;
  return new Promise((resolve) => {
    setTimeout(resolve, MAX_WAIT_MS);
    if (PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: "largest-contentful-paint", buffered: true });
    } else {
      requestAnimationFrame(() => requestAnimationFrame(resolve));
    }
  });
}
