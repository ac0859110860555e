// @ts-check
/**
 * Renders build/icon.svg into every icon electron-builder needs, with the Chromium the tests
 * already use (no download): icon.png (512), icons/<n>x<n>.png for Linux, icon.ico, icon.icns.
 * Run: `node build/generate-icons.mjs` after changing icon.svg, and commit the results.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { encodeIcns, encodeIco } from './icon-containers.mjs';

const here = import.meta.dirname;
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const svg = await readFile(path.join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
/** @type {Map<number, Buffer>} */
const pngs = new Map();
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
  }
} finally {
  await browser.close();
}

const pick = (/** @type {number[]} */ list) =>
  list.map((size) => ({ size, png: /** @type {Buffer} */ (pngs.get(size)) }));
await mkdir(path.join(here, 'icons'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512])
  await writeFile(path.join(here, 'icons', `${size}x${size}.png`), /** @type {Buffer} */ (pngs.get(size)));
await writeFile(path.join(here, 'icon.png'), /** @type {Buffer} */ (pngs.get(512)));
await writeFile(path.join(here, 'icon.ico'), encodeIco(pick([16, 24, 32, 48, 64, 128, 256])));
await writeFile(path.join(here, 'icon.icns'), encodeIcns(pick([16, 32, 64, 128, 256, 512, 1024])));
console.log(`icons written to ${here}: ${sizes.join(', ')} px`);
