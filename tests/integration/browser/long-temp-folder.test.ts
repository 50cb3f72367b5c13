/**
 * A user whose temp folder has a long path (a nested or sandboxed session) still gets a browser:
 * Chromium's single-instance socket would not fit there, and it used to exit at once.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeWithin } from '../../../main/engine/browser/bounded-launch.ts';
import { launchAuditBrowser } from '../../../main/engine/browser/launch.ts';

let base: string;
let longTemp: string;
const original = process.env.TMPDIR;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'chaperone-long-temp-'));
  longTemp = join(base, 'a-temp-folder-whose-path-is-long-enough', 'to-leave-no-room-for-the-socket');
  await mkdir(longTemp, { recursive: true });
});

afterAll(async () => {
  if (original === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = original;
  await rm(base, { recursive: true, force: true });
});

it('starts the audit browser and reads a page under a temp folder too long for its socket', async () => {
  expect(longTemp.length).toBeGreaterThan(60);
  process.env.TMPDIR = longTemp;
  const browser = await launchAuditBrowser({ executablePath: '/usr/bin/chromium', profileDir: join(base, 'profile'), extraArgs: [] });
  try {
    const page = await browser.newPage();
    await page.setContent('<h1>Started</h1>');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Started');
  } finally {
    await closeWithin(browser);
  }
  expect(await readdir(longTemp)).toEqual([]);
}, 60_000);
