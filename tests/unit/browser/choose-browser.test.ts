import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError } from '../../../main/engine/browser/errors.ts';
import { chooseBrowser, systemBrowserInputs, type BrowserInputs } from '../../../main/engine/browser/find-browsers.ts';

function machine(platform: NodeJS.Platform, files: string[]): BrowserInputs {
  const present = new Set(files);
  return { platform, env: {}, homedir: platform === 'win32' ? 'C:\\Users\\amina' : '/home/amina', exists: (p) => present.has(p) };
}

describe('chooseBrowser', () => {
  it('picks the most preferred browser found', () => {
    expect(chooseBrowser(machine('linux', ['/usr/bin/chromium', '/usr/bin/microsoft-edge'])).name).toBe('Microsoft Edge');
  });

  it('uses the browser the user chose, even when another one is preferred', () => {
    const chosen = chooseBrowser({ ...machine('linux', ['/usr/bin/google-chrome', '/home/amina/bin/brave']), override: '/home/amina/bin/brave' });
    expect(chosen).toEqual({ kind: 'brave', name: 'Your chosen browser (brave)', executablePath: '/home/amina/bin/brave', defaultUserDataDir: null });
  });

  it('recognises a chosen path that is a known install, and keeps its everyday profile to refuse', () => {
    const chosen = chooseBrowser({ ...machine('linux', ['/usr/bin/chromium']), override: '/usr/bin/chromium' });
    expect(chosen.name).toBe('Chromium');
    expect(chosen.defaultUserDataDir).toBe('/home/amina/.config/chromium');
  });

  it('matches a chosen Windows path whatever its case', () => {
    const exe = 'c:\\program files\\google\\chrome\\application\\chrome.exe';
    const chosen = chooseBrowser({ ...machine('win32', [exe]), env: { PROGRAMFILES: 'C:\\Program Files' }, override: exe });
    expect(chosen.name).toBe('Google Chrome');
  });

  it('says plainly when the chosen browser does not exist, instead of quietly using another', () => {
    const call = (): unknown => chooseBrowser({ ...machine('linux', ['/usr/bin/chromium']), override: '/opt/nothing/chrome' });
    expect(call).toThrow(BrowserNotFoundError);
    expect(call).toThrow('The browser you chose at /opt/nothing/chrome was not found');
  });

  it('tells a Linux user what to install and how to point Chaperone at a browser', () => {
    const call = (): unknown => chooseBrowser(machine('linux', []));
    expect(call).toThrow(BrowserNotFoundError);
    expect(call).toThrow(/Chrome, Microsoft Edge, Chromium or Brave/);
    expect(call).toThrow(/apt-get install chromium/);
    expect(call).toThrow(/--browser <path>/);
  });

  it('tells Windows and macOS users where to get a browser', () => {
    expect(() => chooseBrowser(machine('win32', []))).toThrow(/google\.com\/chrome.*--browser <path>/s);
    expect(() => chooseBrowser(machine('darwin', []))).toThrow(/google\.com\/chrome.*--browser <path>/s);
  });
});

describe('systemBrowserInputs', () => {
  it('reports this process and checks for executable files only', () => {
    const inputs = systemBrowserInputs();
    expect(inputs.platform).toBe(process.platform);
    expect(inputs.homedir).toBe(os.homedir());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaperone-exists-'));
    const plain = path.join(dir, 'plain');
    const runnable = path.join(dir, 'runnable');
    fs.writeFileSync(plain, '');
    fs.writeFileSync(runnable, '', { mode: 0o755 });
    expect(inputs.exists(dir)).toBe(false);
    expect(inputs.exists(runnable)).toBe(true);
    expect(inputs.exists(path.join(dir, 'missing'))).toBe(false);
    // Root may execute anything, so a missing execute bit only counts for other users.
    if (process.getuid?.() !== 0) expect(inputs.exists(plain)).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });
});
