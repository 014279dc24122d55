// Passing a page of Pelita on: the browser's own share sheet where it has one; else a small
// dialog with WhatsApp, copying the link, and a QR code a friend can scan from this phone
// (drawn offline by the QR module). What is shared is the word "Pelita" and the page's neutral
// address, never anything typed or ticked; Pelita itself sends nothing.
//
// Loaded only when a share control is tapped (public/loader.js); the service worker keeps it,
// and the QR module, for offline use once used. Plain DOM and text, never HTML.

const WORDS = {
  id: { title: "Bagikan halaman ini", whatsapp: "Kirim lewat WhatsApp", copy: "Salin tautan", copied: "Tautan disalin ✓", qr: "Teman bisa memindai kode ini dari HP Anda.", close: "Tutup" },
  en: { title: "Share this page", whatsapp: "Send by WhatsApp", copy: "Copy the link", copied: "Link copied ✓", qr: "A friend can scan this code from your phone.", close: "Close" },
};

/** The public address of the page a share control names (`data-share`: its neutral path). */
export function sharedAddress(control) {
  const setting = document.querySelector('meta[name="pelita-public-url"]')?.content.trim() ?? "";
  const base = /^https?:\/\/[^/\s]+/.test(setting) ? setting.replace(/\/+$/, "") : location.origin;
  return base + control.dataset.share;
}

export async function share(control) {
  const url = sharedAddress(control);
  if (navigator.share) {
    try {
      await navigator.share({ title: "Pelita", text: "Pelita", url });
      return;
    } catch (error) {
      // Put away by the person: done. Refused by the browser: the dialog instead.
      if (error.name === "AbortError") return;
    }
  }
  showDialog(url, WORDS[document.documentElement.lang === "en" ? "en" : "id"], control);
}

function element(name, attributes = {}, text = "") {
  const made = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, value);
  made.textContent = text;
  return made;
}

function showDialog(url, words, control) {
  const overlay = element("div", { class: "overlay", role: "dialog", "aria-modal": "true", "aria-label": words.title, "data-testid": "share-dialog" });
  const box = element("div", { class: "dialog" });
  const whatsapp = element("a", { class: "button", href: `https://wa.me/?text=${encodeURIComponent(`Pelita ${url}`)}`, rel: "noreferrer" }, words.whatsapp);
  const copy = element("button", { type: "button", class: "secondary" }, words.copy);
  copy.addEventListener("click", () => navigator.clipboard.writeText(url).then(() => (copy.textContent = words.copied), () => {}));
  const figure = element("figure", { class: "qr", "data-testid": "share-qr", "data-payload": url });
  figure.append(element("figcaption", {}, words.qr));
  const close = element("button", { type: "button" }, words.close);
  const done = () => {
    overlay.remove();
    control.focus();
  };
  close.addEventListener("click", done);
  overlay.addEventListener("keydown", (event) => event.key === "Escape" && done());
  box.append(element("h2", {}, words.title), element("p", { class: "share-url" }, url), whatsapp, " ", copy, figure, close);
  overlay.append(box);
  document.body.append(overlay);
  close.focus();
  drawQr(url, figure);
}

/** The QR module's drawing of `payload`, put first in `figure` (labelled by its `data-qr`);
 *  nothing if it cannot load. */
export async function drawQr(payload, figure) {
  try {
    const module = await import("/kiosk/qr.js");
    await module.default();
    const [viewBox, path] = module.qr_svg(payload);
    if (!viewBox) return;
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", viewBox);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", figure.dataset.qr || "QR");
    svg.setAttribute("shape-rendering", "crispEdges");
    const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    background.setAttribute("width", "100%");
    background.setAttribute("height", "100%");
    background.setAttribute("fill", "#ffffff");
    const modules = document.createElementNS("http://www.w3.org/2000/svg", "path");
    modules.setAttribute("d", path);
    svg.append(background, modules);
    figure.prepend(svg);
  } catch {
    // Offline before the module was ever kept: the link and WhatsApp still work.
  }
}
