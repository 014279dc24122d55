// Starts the app. Trunk writes the hashed names of the wasm-bindgen module and its wasm into
// this script tag's data attributes (`pattern_script` in Trunk.toml). The loader is a file
// rather than Trunk's default inline script so the Content-Security-Policy allows no inline
// script at all.
//
// The page as served (frame, hotline, home opening) paints first, and the browser records that
// paint as the largest contentful paint; only then is the code requested (Trunk.toml has no
// preload links) and the app started. The app replaces the frame with the same content:
// replaced before that record, its copy would count as the first real paint, seconds later on
// a slow phone; requested alongside it, 200 KB of wasm would count as delaying it.
//
// Where the app cannot run (no WebAssembly: an iPhone in Lockdown Mode, an old browser; or the
// code fails to load), the page as served stays, and `html.no-app` shows what it says about
// the parts that need the app (`.app-fallback`, drawn into the pages at build time).
const tag = document.querySelector("script[data-wasm]");
try {
  if (typeof WebAssembly !== "object") throw new Error("no WebAssembly");
  await firstPaintRecorded();
  const wasmResponse = fetch(tag.dataset.wasm);
  const { default: init } = await import(tag.dataset.js);
  const wasm = await init({ module_or_path: wasmResponse });
  // The same start event as Trunk's own loader: tests read the wasm memory from it.
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (error) {
  document.documentElement.classList.add("no-app");
  console.warn("Pelita runs as plain pages here:", error);
}

/// Once the browser has a largest-contentful-paint entry, or where it keeps none, once the
/// frame after the first has begun. Capped at a second: a page opened in a background tab
/// gets no frames and no paint entries, and must start anyway.
function firstPaintRecorded() {
  return new Promise((resolve) => {
    setTimeout(resolve, 1000);
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
