// Starts the app. Trunk writes the hashed names of the wasm-bindgen module and its wasm into
// this script tag's data attributes (`pattern_script` in Trunk.toml). The loader is a file
// rather than Trunk's default inline script so the Content-Security-Policy allows no inline
// script at all.
const tag = document.querySelector("script[data-wasm]");
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: tag.dataset.wasm });
// The same start event as Trunk's own loader: tests read the wasm memory from it.
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
