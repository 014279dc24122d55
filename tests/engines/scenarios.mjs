// The scenarios of the cross-engine tests (tests/engines/run.mjs). Each gets a fresh browser
// session (so a fresh profile: no storage, no service worker) and may fail only by throwing;
// the runner checks the probe's findings after each. Each is [name, async (pages) => …], with
// `pages` a `Pages` (pages.mjs).
import { check } from "./pages.mjs";

// The embassy's hotline on WhatsApp, first in the hotline bar of every page.
const HOTLINE = '.hotline a[href="https://wa.me/85512813282"]';
// The embassy's contact page at its neutral address (public/data/contacts.json's code).
const EMBASSY = "/p/jgj";

const ROUTES = [
  ["/", "Informasi untuk WNI di Kamboja"],
  ["/darurat", "Darurat"],
  ["/kontak", "Kontak"],
  ["/kontak/kbri-phnom-penh", "KBRI Phnom Penh"],
  ["/kontak/verifikasi", "Cek nomor"],
  ["/panduan", "Panduan"],
  ["/panduan/di-kbri", "Di KBRI"],
  ["/cek", "Daftar cek"],
  ["/cek/cek-kerja-paksa", "Tanda kerja paksa"],
  ["/cari?q=paspor", "Cari"],
  ["/tentang", "Tentang Pelita"],
  ["/langkah-pulang", "Langkah pulang"],
  ["/p/xfj", "Paspor ditahan"],
  ["/en/panduan/di-kbri", "At the embassy"],
];

export const SCENARIOS = [
  ["the app starts", async (p) => {
    await p.go("/");
  }],

  ["every route renders", async (p) => {
    for (const [path, heading] of ROUTES) {
      const h1 = await p.go(path);
      const text = await h1.text();
      check(text.startsWith(heading), `${path}: h1 is "${text}", expected "${heading}…"`);
      const hotline = await p.s.find(HOTLINE);
      check(await hotline.displayed(), `${path}: the hotline link is not visible`);
    }
  }],

  ["links change the page without a reload", async (p) => {
    await p.go("/");
    await p.s.execute("window.__same = true");
    await (await p.s.find("nav.tabs a[href='/kontak']")).click();
    await p.s.waitFor(async () => (await (await p.s.find("main h1")).text()) === "Kontak", { message: "the Kontak page" });
    check((await p.s.url()).endsWith("/kontak"), `address is ${await p.s.url()}`);
    check((await p.s.execute("return window.__same")) === true, "the page was reloaded");
  }],

  ["search", async (p) => {
    await p.go("/cari");
    await (await p.s.find("#q")).sendKeys("kedutan");
    let first;
    await p.s.waitFor(async () => (first = await (await p.s.find("[data-testid=search-results] li a")).domAttribute("href")) === EMBASSY, {
      message: () => `${EMBASSY} as the first result (first: ${first})`,
    });
  }],

  ["checklist answers survive a reload", async (p) => {
    await p.go("/cek/cek-tawaran-kerja");
    const firstBox = async () => (await p.s.find(".check-items input[type=checkbox]")).property("checked");
    check((await firstBox()) === false, "the first box is ticked before any answer");
    await (await p.s.find(".check-items label")).click();
    await p.s.waitFor(firstBox, { message: "the first box to be ticked" });
    await p.reload();
    await p.s.waitFor(firstBox, { message: "the first box still ticked after the reload" });
  }],

  ["language switch", async (p) => {
    await p.go("/");
    await (await p.s.find("header button.lang")).click();
    await p.s.waitFor(async () => (await (await p.s.find("header .find")).text()) === "Search", { message: 'header .find to read "Search"' });
    check((await p.s.url()).endsWith("/en"), `address after the switch is ${await p.s.url()}`);
  }],

  ["offline after one visit", async (p) => {
    await p.go("/");
    const controlled = () => p.s.execute("return navigator.serviceWorker.controller !== null");
    // The worker claims the page when it activates; a reload is the fallback for an engine
    // that only hands it pages loaded after that.
    try {
      await p.s.waitFor(controlled, { timeout: 15_000, message: "the service worker to control the page" });
    } catch {
      await p.reload();
      await p.s.waitFor(controlled, { timeout: 15_000, message: "the service worker to control the page after a reload" });
    }
    await p.site.offline();
    try {
      const h1 = await p.go("/panduan/paspor-ditahan");
      const text = await h1.text();
      check(text.startsWith("Paspor ditahan"), `offline, h1 is "${text}"`);
    } finally {
      await p.site.online();
    }
  }],

  ["share without a share sheet", async (p) => {
    await p.go("/p/xfj");
    // Where an engine has the Web Share API its own sheet opens, which WebDriver cannot see:
    // without it, Pelita's own choices show (public/later/share.js, loaded on the tap).
    await p.s.execute("delete Navigator.prototype.share; delete navigator.share");
    await (await p.s.find("[data-testid=share]")).click();
    const d = await p.s.waitFor(() => p.s.find("[data-testid=share-qr] svg path").then((path) => path.attribute("d")), {
      timeout: 15_000,
      message: "the share dialog's QR code",
    });
    check(/^M\d/.test(d), `the QR path's d is "${d.slice(0, 40)}"`);
    const whatsapp = await (await p.s.find("[data-testid=share-dialog] a[href^='https://wa.me/']")).attribute("href");
    check(whatsapp.endsWith(encodeURIComponent("/p/xfj")), `the WhatsApp link carries the neutral address: ${whatsapp}`);
  }],

  ["kiosk QR", async (p) => {
    await p.go("/panduan/paspor-ditahan?kiosk=1");
    // The hotline's WhatsApp link, held back from leaving the kiosk, shows as a QR code.
    await (await p.s.find(HOTLINE)).click();
    const d = await p.s.waitFor(() => p.s.find("[data-testid=qr] svg path").then((path) => path.attribute("d")), {
      timeout: 15_000,
      message: "a QR code's path with a d attribute",
    });
    check(/^M\d/.test(d), `the QR path's d is "${d.slice(0, 40)}"`);
  }],
];
