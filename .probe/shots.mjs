import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "/work/main/bench/chromium.mjs";
const base = "http://127.0.0.1:" + (process.env.PORT ?? 8095);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const [w, h] = (process.env.SIZE ?? "360x800").split("x").map(Number);
const page = await browser.newPage({ viewport: { width: w, height: h } });
page.on("pageerror", (e) => console.log("pageerror", e.message));
for (const [i, path] of process.argv.slice(2).entries()) {
  await page.goto(base + path);
  await page.waitForSelector("#boot", { state: "detached" }).catch(() => {});
  await page.waitForTimeout(300);
  const file = `/tmp/shot-${w}-${i}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
  console.log(file, path);
}
await browser.close();
