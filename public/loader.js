// Starts the app. Trunk writes the hashed names of the wasm-bindgen module and its wasm into
// this script tag's data attributes (`pattern_script` in Trunk.toml). The loader is a file
// rather than Trunk's default inline script so the Content-Security-Policy allows no inline
// script at all.
//
// The page as served (frame, hotline, home opening) paints first: the code is requested only
// after that frame (Trunk.toml has no preload links), and the app starts only once the browser
// has recorded that paint as the largest contentful paint. The app replaces the frame with the
// same content; replaced before that record, its copy would count as the first real paint,
// seconds later on a slow phone.
const tag = document.querySelector("script[data-wasm]");
await capped(afterFirstFrame());
const wasmResponse = fetch(tag.dataset.wasm);
const wasmBindgen = import(tag.dataset.js);
await capped(largestPaintRecorded());
const { default: init } = await wasmBindgen;
const wasm = await init({ module_or_path: wasmResponse });
// The same start event as Trunk's own loader: tests read the wasm memory from it.
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));

/// At the start of the frame after the first one, so the first one has been painted.
function afterFirstFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/// Once the browser has a largest-contentful-paint entry; at once where it has no such entries.
function largestPaintRecorded() {
  if (!PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) return Promise.resolve();
  return new Promise((resolve) => {
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      resolve();
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
}

/// `waiting`, but never longer than a second: a page opened in a background tab gets no
/// frames and no paint entries, and must start anyway.
function capped(waiting) {
  return Promise.race([waiting, new Promise((resolve) => setTimeout(resolve, 1000))]);
}
