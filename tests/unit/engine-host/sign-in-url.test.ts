/**
 * "Open this setting": the engine opens the account's own window on a settings page only when the
 * page is https and on the platform's own site; anything else is refused before a window opens.
 */
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawEngine } from './engine-harness.ts';

let dir: string;
let fakeBrowser: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chaperone-sign-in-url-'));
  // Stands in for a browser: notes the page it was asked to open (its last argument), then stays open until closed.
  // The note is written aside and moved into place, so the test never reads it half written.
  fakeBrowser = join(dir, 'fake-browser');
  await writeFile(fakeBrowser, '#!/bin/sh\nfor last in "$@"; do :; done\necho "$last" > "$0.writing"\nmv "$0.writing" "$0.opened"\nexec sleep 30\n');
  await chmod(fakeBrowser, 0o755);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const open = (id: number, url?: string): { id: number; method: string; params: unknown } => ({
  id, method: 'sign-in.open',
  params: { account: { id: 'personal', platform: 'x' }, ...(url === undefined ? {} : { url }), dataDir: join(dir, 'data'), browserPath: fakeBrowser, extraBrowserArgs: [] },
});

async function openedPage(url?: string): Promise<string> {
  await rm(`${fakeBrowser}.opened`, { force: true });
  const engine = rawEngine();
  const reply = engine.ask(open(1, url));
  await expect.poll(() => stat(`${fakeBrowser}.opened`).then(() => true, () => false)).toBe(true);
  await engine.ask({ id: 2, method: 'sign-in.close', params: { accountId: 'personal' } });
  expect(await reply).toMatchObject({ ok: true });
  return (await readFile(`${fakeBrowser}.opened`, 'utf8')).trim();
}

describe('the page the account’s window opens', () => {
  it('is the settings page asked for, on the platform’s own site', async () => {
    expect(await openedPage('https://x.com/settings/privacy_and_safety')).toBe('https://x.com/settings/privacy_and_safety');
  });

  it('is the sign-in page when no page is asked for', async () => {
    expect(await openedPage()).toBe('https://x.com/i/flow/login');
  });

  it('is refused, in plain words and with no window, for another site, plain http or a disguised address', async () => {
    await rm(`${fakeBrowser}.opened`, { force: true });
    const engine = rawEngine();
    const refused = [
      'https://evil.example/settings', 'http://x.com/settings/privacy_and_safety', 'https://x.com.evil.example/',
      'https://x.com@evil.example/', 'https://someone@x.com/settings', 'javascript:alert(1)', 'file:///etc/passwd', 'not an address',
    ];
    for (const [i, url] of refused.entries()) {
      expect(await engine.ask(open(i + 1, url))).toMatchObject({
        ok: false, error: 'Chaperone opens only secure (https) pages of the x site itself in this browser window, and that address is not one of them.',
      });
    }
    expect(await engine.ask(open(99, 'x'.repeat(3000)))).toMatchObject({ ok: false, error: expect.stringMatching(/params\.url/) as unknown });
    await engine.settle();
    await expect(stat(`${fakeBrowser}.opened`)).rejects.toThrow();
  });
});
