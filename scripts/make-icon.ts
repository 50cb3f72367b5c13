/**
 * Renders build/icon.svg to build/icon.png (1024×1024, transparent corners) with headless Chromium.
 * electron-builder makes the .ico, .icns and Linux sizes from that PNG. Run: node scripts/make-icon.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { QUIET_ARGS, runningAsRoot } from '../main/engine/browser/launch-args.ts';

const SIZE = 1024;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const source = new URL('../build/icon.svg', import.meta.url);
const target = new URL('../build/icon.png', import.meta.url);

const svg = readFileSync(source, 'utf8');
// The SVG is inlined, so the page loads nothing from anywhere.
const html = `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style></head><body>${svg}</body></html>`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  pipe: true,
  args: [...(runningAsRoot() ? ['--no-sandbox'] : []), ...QUIET_ARGS],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: SIZE, height: SIZE, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  const png = await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  writeFileSync(target, png);
  process.stdout.write(`Wrote ${target.pathname} (${String(png.length)} bytes)\n`);
} finally {
  await browser.close();
}
