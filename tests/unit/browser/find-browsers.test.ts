import { describe, expect, it } from 'vitest';
import { findBrowsers, everydayProfiles, type BrowserInputs } from '../../../main/engine/browser/find-browsers.ts';

/** A fake filesystem holding exactly these executables. */
function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, homedir = '/home/amina'): BrowserInputs {
  const present = new Set(files);
  return { platform, env, homedir, exists: (p) => present.has(p) };
}

const WINDOWS_ENV = {
  PROGRAMFILES: 'C:\\Program Files',
  ProgramW6432: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\amina\\AppData\\Local',
};

describe('findBrowsers on Linux', () => {
  it('finds nothing on a machine without a browser', () => {
    expect(findBrowsers(machine('linux', ['/usr/bin/firefox']))).toEqual([]);
  });

  it('lists browsers in preference order, Chrome first, whatever order they were installed in', () => {
    const found = findBrowsers(machine('linux', [
      '/opt/brave.com/brave/brave', '/usr/bin/chromium', '/opt/microsoft/msedge/msedge', '/opt/google/chrome/chrome',
    ]));
    expect(found.map((b) => [b.kind, b.executablePath])).toEqual([
      ['chrome', '/opt/google/chrome/chrome'],
      ['edge', '/opt/microsoft/msedge/msedge'],
      ['chromium', '/usr/bin/chromium'],
      ['brave', '/opt/brave.com/brave/brave'],
    ]);
  });

  it('lists one install once, at its first known path', () => {
    const found = findBrowsers(machine('linux', ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome']));
    expect(found).toEqual([{
      kind: 'chrome', name: 'Google Chrome', executablePath: '/usr/bin/google-chrome-stable',
      defaultUserDataDir: '/home/amina/.config/google-chrome',
    }]);
  });

  it('puts stable before beta', () => {
    const found = findBrowsers(machine('linux', ['/usr/bin/google-chrome-beta', '/usr/bin/google-chrome']));
    expect(found.map((b) => b.name)).toEqual(['Google Chrome', 'Google Chrome Beta']);
    expect(found[1]?.defaultUserDataDir).toBe('/home/amina/.config/google-chrome-beta');
  });

  it('knows every Linux path in the table', () => {
    for (const [file, kind] of [
      ['/usr/bin/google-chrome', 'chrome'], ['/usr/bin/microsoft-edge', 'edge'], ['/usr/bin/microsoft-edge-stable', 'edge'],
      ['/usr/bin/chromium-browser', 'chromium'], ['/snap/bin/chromium', 'chromium'], ['/usr/bin/brave-browser', 'brave'],
    ] as const) {
      expect(findBrowsers(machine('linux', [file])).map((b) => b.kind)).toEqual([kind]);
    }
  });

  it('follows Chromium\'s rule for the everyday profile: CHROME_CONFIG_HOME, then XDG_CONFIG_HOME, then ~/.config', () => {
    const files = ['/usr/bin/chromium', '/usr/bin/microsoft-edge', '/usr/bin/brave-browser'];
    const dirs = (env: Record<string, string>): (string | null)[] =>
      findBrowsers(machine('linux', files, env)).map((b) => b.defaultUserDataDir);
    expect(dirs({})).toEqual(['/home/amina/.config/microsoft-edge', '/home/amina/.config/chromium', '/home/amina/.config/BraveSoftware/Brave-Browser']);
    expect(dirs({ XDG_CONFIG_HOME: '/xdg' })[1]).toBe('/xdg/chromium');
    expect(dirs({ XDG_CONFIG_HOME: '/xdg', CHROME_CONFIG_HOME: '/cch' })[1]).toBe('/cch/chromium');
  });

  it('gives the snap its own profile folder', () => {
    expect(findBrowsers(machine('linux', ['/snap/bin/chromium']))[0]?.defaultUserDataDir)
      .toBe('/home/amina/snap/chromium/common/chromium');
  });
});

describe('findBrowsers on Windows', () => {
  it('finds system-wide installs under Program Files', () => {
    const found = findBrowsers(machine('win32', [
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ], WINDOWS_ENV, 'C:\\Users\\amina'));
    expect(found).toEqual([
      {
        kind: 'chrome', name: 'Google Chrome', executablePath: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        defaultUserDataDir: 'C:\\Users\\amina\\AppData\\Local\\Google\\Chrome\\User Data',
      },
      {
        kind: 'edge', name: 'Microsoft Edge', executablePath: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
        defaultUserDataDir: 'C:\\Users\\amina\\AppData\\Local\\Microsoft\\Edge\\User Data',
      },
    ]);
  });

  it('finds per-user installs under LOCALAPPDATA (Chrome, Chromium, Brave)', () => {
    const local = 'C:\\Users\\amina\\AppData\\Local';
    const found = findBrowsers(machine('win32', [
      `${local}\\Google\\Chrome\\Application\\chrome.exe`,
      `${local}\\Chromium\\Application\\chrome.exe`,
      `${local}\\BraveSoftware\\Brave-Browser\\Application\\brave.exe`,
    ], WINDOWS_ENV, 'C:\\Users\\amina'));
    expect(found.map((b) => b.kind)).toEqual(['chrome', 'chromium', 'brave']);
    expect(found[2]?.defaultUserDataDir).toBe(`${local}\\BraveSoftware\\Brave-Browser\\User Data`);
  });

  it('reads environment variables whatever their case, as Windows does', () => {
    const found = findBrowsers(machine('win32', ['D:\\Apps\\Google\\Chrome\\Application\\chrome.exe'],
      { ProgramFiles: 'D:\\Apps', LocalAppData: 'D:\\Local' }, 'C:\\Users\\amina'));
    expect(found[0]?.defaultUserDataDir).toBe('D:\\Local\\Google\\Chrome\\User Data');
  });

  it('knows where the everyday profile is even when LOCALAPPDATA is missing', () => {
    const found = everydayProfiles({ platform: 'win32', env: {}, homedir: 'C:\\Users\\amina' });
    expect(found).toHaveLength(7);
    expect(found[0]?.defaultUserDataDir).toBe('C:\\Users\\amina\\AppData\\Local\\Google\\Chrome\\User Data');
  });
});

describe('findBrowsers on macOS', () => {
  it('finds apps in /Applications and in ~/Applications', () => {
    const found = findBrowsers(machine('darwin', [
      '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
      '/Users/amina/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ], {}, '/Users/amina'));
    expect(found).toEqual([
      {
        kind: 'chrome', name: 'Google Chrome',
        executablePath: '/Users/amina/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        defaultUserDataDir: '/Users/amina/Library/Application Support/Google/Chrome',
      },
      {
        kind: 'brave', name: 'Brave', executablePath: '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
        defaultUserDataDir: '/Users/amina/Library/Application Support/BraveSoftware/Brave-Browser',
      },
    ]);
  });

  it('knows Edge, Edge Beta and Chromium', () => {
    const found = findBrowsers(machine('darwin', [
      '/Applications/Microsoft Edge Beta.app/Contents/MacOS/Microsoft Edge Beta',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ], {}, '/Users/amina'));
    expect(found.map((b) => [b.name, b.defaultUserDataDir])).toEqual([
      ['Microsoft Edge', '/Users/amina/Library/Application Support/Microsoft Edge'],
      ['Microsoft Edge Beta', '/Users/amina/Library/Application Support/Microsoft Edge Beta'],
      ['Chromium', '/Users/amina/Library/Application Support/Chromium'],
    ]);
  });
});
