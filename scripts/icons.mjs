// Renders public/icon.svg into the PNG icons the web app manifest lists, with Debian's
// Chromium, and reduces each to 16 colours with Debian's pngquant (apt-get install pngquant):
// the 192 px icon is part of every first visit, and 16 colours draw these four flat colours
// and their edges as well as full colour does, in a quarter of the bytes (5,012 to 1,380).
// Nothing is downloaded, and the PNGs are committed. Run again after changing the SVG:
// node scripts/icons.mjs
//
// "any" icons are the SVG as drawn (rounded corners, transparent outside). "maskable" icons
// fill the whole square with the brand colour and shrink the lamp to 80%, so it stays inside
// the circle that launchers may cut out (the safe zone is the central 80% circle).
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const BRAND = "#1d3557";
const SIZES = [192, 512];
const COLOURS = "16";

const svg = await readFile(`${root}public/icon.svg`, "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });

async function render(file, size, { maskable }) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const scale = maskable ? 0.8 : 1;
  const background = maskable ? BRAND : "transparent";
  await page.setContent(`<!doctype html>
    <style>
      html, body { margin: 0; width: ${size}px; height: ${size}px; background: ${background}; }
      body { display: grid; place-items: center; }
      svg { width: ${size * scale}px; height: ${size * scale}px; display: block; }
    </style>${svg}`);
  const path = `${root}public/icons/${file}`;
  await page.screenshot({ path, omitBackground: !maskable });
  await page.close();
  execFileSync("pngquant", ["--force", "--strip", "--speed", "1", "--output", path, COLOURS, path]);
  console.log(`public/icons/${file}`);
}

for (const size of SIZES) {
  await render(`icon-${size}.png`, size, { maskable: false });
  await render(`icon-maskable-${size}.png`, size, { maskable: true });
}
await browser.close();
