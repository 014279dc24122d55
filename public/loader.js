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
// Where a browser tab remembers `?kiosk=1`: must match SESSION_KEY in src/platform/kiosk.rs.
const KIOSK_SESSION_KEY = "pelita.kiosk";
const tag = document.querySelector("script[data-wasm]");
guardKioskLinks();
passOn();
keepTyped();
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

/// Kiosk mode before the app has started (and where it never starts): the page drawn at build
/// time is all links, and a tap would add a history entry for the next visitor's Back, or
/// leave for another site. Links to Pelita's own pages replace the current entry; anything
/// else (other sites, numbers, downloads, a new tab from a middle click) is held. Once the app
/// runs (`html[data-kiosk]`), its own guard decides, and shows outside links as QR codes.
function guardKioskLinks() {
  const asked = new URLSearchParams(location.search).get("kiosk");
  let remembered = false;
  try {
    remembered = sessionStorage.getItem(KIOSK_SESSION_KEY) !== null;
  } catch {
    // Storage blocked: only the deployment's setting and the address count.
  }
  const setting = document.querySelector('meta[name="pelita-kiosk"]')?.content.trim();
  const on = ["on", "1", "true"].includes(setting) || asked === "1" || (remembered && asked !== "0");
  if (!on) return;
  const hold = (event) => {
    if (document.documentElement.hasAttribute("data-kiosk")) return;
    const link = event.target.closest?.("a[href]");
    if (!link) return;
    event.preventDefault();
    const own = link.origin === location.origin && /^https?:$/.test(link.protocol) && !link.hasAttribute("download");
    if (own && event.type === "click" && event.button === 0) location.replace(link.href);
  };
  addEventListener("click", hold, true);
  addEventListener("auxclick", hold, true);
  drawQrCodes();
}

/// On the kiosk, every QR code the app shows (`figure[data-qr]`, src/components/qr_code.rs) is
/// drawn by the QR module as it appears.
function drawQrCodes() {
  new MutationObserver(() => {
    for (const figure of document.querySelectorAll("figure[data-qr]:not(:has(svg))")) {
      if (figure.dataset.drawing) continue;
      figure.dataset.drawing = "1";
      import("/later/share.js").then((module) => module.drawQr(figure.dataset.payload, figure));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/// Sharing and printing, loaded when used (public/later/): a tap on a page's share or print
/// control, or the browser about to print. Works on the page as served too, app or not.
function passOn() {
  addEventListener("click", (event) => {
    const share = event.target.closest?.("[data-share]");
    const print = event.target.closest?.("[data-print]");
    if (share) import("/later/share.js").then((module) => module.share(share));
    else if (print) import("/later/print.js").then((module) => module.print());
  });
  addEventListener("beforeprint", () => import("/later/print.js").then((module) => module.preparePrint()));
}

/// What is typed into the page as served, before the app starts, goes on into the app's own
/// fields (the same `id`) when the app takes the page over (src/platform/dom.rs removes #boot).
function keepTyped() {
  new MutationObserver((changes, observer) => {
    for (const boot of changes.flatMap((change) => [...change.removedNodes]).filter((node) => node.id === "boot")) {
      observer.disconnect();
      for (const field of boot.querySelectorAll("input[id]")) {
        const own = document.getElementById(field.id);
        if (!field.value || !own) continue;
        own.value = field.value;
        // The app reads its fields as they change.
        own.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
  }).observe(document.body, { childList: true });
}
