// Screenshots of the running app at phone and kiosk sizes, for looking at it as a user.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:8080 out-dir /path ...
// With PRINT=1, each page printed too: an A4 PDF, and the printed sheet as a PNG to look at.
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../bench/chromium.mjs";

const [base, out, ...paths] = process.argv.slice(2);
const sizes = { phone: { width: 360, height: 800 }, kiosk: { width: 1080, height: 1920 } };
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
for (const [name, viewport] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport });
  for (const path of paths) {
    await page.goto(base + path);
    await page.waitForSelector("#boot", { state: "detached" }).catch(() => {});
    await page.waitForTimeout(300);
    const file = `${out}/${name}${path.replace(/[^a-z0-9]+/gi, "_")}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
    console.log(file);
  }
  await page.close();
}
if (process.env.PRINT === "1") {
  // A4 less 12 mm margins, in CSS pixels: the width the printed page is laid out in.
  const page = await browser.newPage({ viewport: { width: 704, height: 1032 } });
  for (const path of paths) {
    await page.goto(base + path);
    await page.waitForSelector("#boot", { state: "detached" }).catch(() => {});
    // What the print menu sets off: the page readies itself for paper (its QR code).
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await page.waitForTimeout(500);
    await page.emulateMedia({ media: "print" });
    const file = `${out}/print${path.replace(/[^a-z0-9]+/gi, "_")}`;
    await page.pdf({ path: `${file}.pdf`, format: "A4" });
    await page.screenshot({ path: `${file}.png`, fullPage: true });
    console.log(`${file}.pdf, ${file}.png`);
    await page.emulateMedia({ media: "screen" });
  }
}
await browser.close();
