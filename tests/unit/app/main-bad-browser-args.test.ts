/**
 * A CHAPERONE_BROWSER_ARGS the app cannot read stops start-up with a dialog that names it, not
 * one that blames the data folder, and no window opens on a browser set up differently from what
 * was asked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => (await import('./fake-electron.ts')).fakeElectron());
vi.mock('electron', () => electron.module);
vi.mock('electron-store', async () => (await import('./fake-electron.ts')).fakeElectronStoreModule());

const dataDir = mkdtempSync(join(tmpdir(), 'chaperone-bad-args-'));

beforeAll(async () => {
  vi.stubEnv('CHAPERONE_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  vi.stubEnv('CHAPERONE_BROWSER_ARGS', '--proxy-server="http://proxy.example:8080');
  await import('../../../main/app/main.ts');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

it('says what is wrong with CHAPERONE_BROWSER_ARGS and exits without opening a window', async () => {
  electron.markReady();
  await vi.waitFor(() => { expect(electron.log.some((line) => line.startsWith('app.exit'))).toBe(true); });
  const dialogs = electron.log.filter((line) => line.startsWith('dialog.showErrorBox'));
  expect(dialogs).toHaveLength(1);
  const [title, message] = JSON.parse(dialogs[0]?.slice('dialog.showErrorBox '.length) ?? '[]') as [string, string];
  expect(title).toBe('Chaperone cannot start');
  expect(message).toContain('CHAPERONE_BROWSER_ARGS has an unclosed " quote');
  expect(message).toContain('Correct it or remove it');
  expect(message).not.toContain('data folder');
  expect(electron.log).toContain('app.exit [2]');
  expect(electron.windows).toEqual([]);
});
