// Printing a page of Pelita: before the browser prints, the page gets what paper needs and a
// screen does not: a QR code back to the page online and the date of the content's edition.
// The stylesheet's print rules do the rest (the hotline first, no menus or buttons, sources with
// their full addresses). Loaded when a print control is tapped or the browser is about to print
// (public/loader.js); never on the kiosk, which does not print.
import { drawQr, sharedAddress } from "./share.js";

const EDITION = { id: "Isi Pelita, edisi", en: "Pelita's content, edition" };

export async function preparePrint() {
  // The kiosk does not print (deploy/kiosk/ turns printing off in the browser as well).
  if (document.querySelector(".print-only") || document.documentElement.hasAttribute("data-kiosk")) return;
  const lang = document.documentElement.lang === "en" ? "en" : "id";
  const control = document.querySelector("[data-share]");
  const address = control ? sharedAddress(control) : location.origin + location.pathname;
  const block = document.createElement("div");
  block.className = "print-only";
  const figure = document.createElement("figure");
  figure.className = "qr";
  figure.dataset.testid = "print-qr";
  const caption = document.createElement("figcaption");
  caption.textContent = address;
  figure.append(caption);
  const edition = document.createElement("p");
  block.append(figure, edition);
  (document.querySelector("main") ?? document.body).append(block);
  await Promise.all([drawQr(address, figure), editionDate().then((date) => (edition.textContent = date ? `${EDITION[lang]} ${date}` : ""))]);
}

/** The content's edition (`about.json`), from the copy the app reads, offline too. */
async function editionDate() {
  try {
    const content = await (await fetch("/data/content.json")).json();
    return content["about.json"]?.edition ?? "";
  } catch {
    return "";
  }
}

export async function print() {
  await preparePrint();
  window.print();
}
