/**
 * main/app/main.ts run against a recording stand-in for Electron: what the app asks Electron to do
 * before and after it is ready, and that IPC, the window, the app:// scheme and quitting are wired
 * to the pinned security modules. (The real-Electron check is tests/e2e/electron-app.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../main/app/security/app-protocol.ts';
import { PRODUCTION_CSP } from '../../../main/app/security/csp.ts';
import { secureWebPreferences } from '../../../main/app/security/web-preferences.ts';
import { CHANNELS } from '../../../main/shared/api-contract.ts';

const electron = await vi.hoisted(async () => (await import('./fake-electron.ts')).fakeElectron());
vi.mock('electron', () => electron.module);
vi.mock('electron-store', async () => (await import('./fake-electron.ts')).fakeElectronStoreModule());

const dataDir = mkdtempSync(join(tmpdir(), 'chaperone-wiring-'));
const frame = (url: string, parent: unknown = null): { senderFrame: { url: string; parent: unknown } } => ({ senderFrame: { url, parent } });

beforeAll(async () => {
  vi.stubEnv('CHAPERONE_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  await import('../../../main/app/main.ts');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('before the app is ready', () => {
  it('keeps Electron’s own data in the Chaperone data folder and registers app:// as a secure standard scheme', () => {
    expect(electron.log).toEqual([
      `app.setPath ${JSON.stringify(['userData', dataDir])}`,
      `protocol.registerSchemesAsPrivileged ${JSON.stringify([[{ scheme: 'app', privileges: { standard: true, secure: true } }]])}`,
    ]);
    expect(electron.windows).toEqual([]);
    expect(electron.ipcHandlers.size).toBe(0);
  });
});

describe('once ready', () => {
  beforeAll(async () => {
    electron.markReady();
    await vi.waitFor(() => { expect(electron.windows).toHaveLength(1); });
  });

  it('denies every permission and turns off the spell checker before any page loads', () => {
    let granted: unknown = 'not asked';
    electron.permissionHandlers.setPermissionRequestHandler?.({}, 'media', (answer: unknown) => { granted = answer; });
    expect(granted).toBe(false);
    expect(electron.permissionHandlers.setPermissionCheckHandler?.()).toBe(false);
    expect(electron.log).toContain('setSpellCheckerEnabled [false]');
  });

  it('opens one window with the pinned web preferences on app://chaperone', () => {
    const [window] = electron.windows;
    expect(window?.options.webPreferences).toEqual(secureWebPreferences(String(window?.options.webPreferences.preload)));
    expect(String(window?.options.webPreferences.preload)).toMatch(/out[/\\]preload[/\\]index\.cjs$/);
    expect(window?.url).toBe(APP_ENTRY_URL);
  });

  it('guards the window: navigation elsewhere and new windows are refused', () => {
    const contents = electron.windows[0]?.webContents;
    const navigation = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents?.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(contents?.windowOpenHandler?.({ url: 'https://www.gmc-uk.org/' })).toEqual({ action: 'deny' });
  });

  it('serves the built renderer on app:// with the production CSP, and nothing outside it', async () => {
    const handle = electron.protocolHandlers.get('app');
    const page = await handle?.(new Request('app://chaperone/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    expect(await page?.text()).toContain('<div id="root">');
    expect((await handle?.(new Request('app://chaperone/..%2F..%2Fpackage.json')))?.status).toBe(403);
    expect((await handle?.(new Request('app://chaperone/missing.js')))?.status).toBe(404);
  });

  it('registers every API channel behind the sender check', async () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const profileGet = electron.ipcHandlers.get('profile:get');
    await expect(profileGet?.(frame('app://chaperone/index.html'))).resolves.toBeNull();
    await expect(profileGet?.(frame('app://chaperone/index.html', { url: 'app://chaperone/' }))).rejects.toThrow(/^Refused/);
    await expect(profileGet?.(frame('https://evil.example/'))).rejects.toThrow(/^Refused/);
    await expect(profileGet?.({ senderFrame: null })).rejects.toThrow(/^Refused/);
    await expect(electron.ipcHandlers.get('settings:update')?.(frame('app://chaperone/index.html'), { reminderMonths: 6 }, 'extra'))
      .rejects.toThrow(/cannot use/);
  });

  it('keeps the store sealed with the keychain: the profile never appears in the file', async () => {
    const save = electron.ipcHandlers.get('profile:save');
    await save?.(frame('app://chaperone/index.html'), { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC', registrationNumber: null });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dataDir, 'chaperone.json'), 'utf8')).not.toContain('Amina');
  });

  it('“Delete all my data” also clears the window’s own web session', async () => {
    await electron.ipcHandlers.get('settings:deleteAllData')?.(frame('app://chaperone/index.html'));
    expect(electron.log).toContain('session.clearData');
  });

  it('holds a quit until the engine has stopped, then quits', async () => {
    const quitting = { preventDefault: vi.fn() };
    electron.appEvents.emit('before-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => { expect(electron.log.at(-1)).toBe('app.quit []'); });
    const second = { preventDefault: vi.fn() };
    electron.appEvents.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
