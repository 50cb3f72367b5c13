/**
 * Where each supported browser installs itself, and where it keeps its everyday profile, per OS.
 * Paths are built with path.win32 / path.posix for the TARGET platform, so every table can be
 * tested on any machine. Order is preference order: Chrome, Edge, Chromium, Brave; stable first.
 */
import path from 'node:path';
import type { BrowserKind } from './find-browsers.ts';

export interface BrowserCandidate {
  kind: BrowserKind;
  name: string;
  /** Every place this browser may be installed, most likely first. */
  executablePaths: string[];
  /** The browser's own default user-data dir (the user's everyday profile). */
  defaultUserDataDir: string | null;
}

interface TableInputs {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

export function browserCandidates(inputs: TableInputs): BrowserCandidate[] {
  if (inputs.platform === 'win32') return windowsCandidates(inputs);
  if (inputs.platform === 'darwin') return macCandidates(inputs);
  return linuxCandidates(inputs);
}

function windowsCandidates({ env, homedir }: TableInputs): BrowserCandidate[] {
  const p = path.win32;
  const localAppData = envValue(env, 'LOCALAPPDATA', true) ?? p.join(homedir, 'AppData', 'Local');
  // System-wide installs first, then per-user installs under %LOCALAPPDATA%.
  const roots = unique(
    ['PROGRAMFILES', 'ProgramW6432', 'PROGRAMFILES(X86)', 'LOCALAPPDATA']
      .map((name) => envValue(env, name, true))
      .filter((value) => value !== undefined),
  );
  const entry = (kind: BrowserKind, name: string, dir: string[], exe: string): BrowserCandidate => ({
    kind,
    name,
    executablePaths: unique(roots.map((root) => p.join(root, ...dir, 'Application', exe))),
    defaultUserDataDir: p.join(localAppData, ...dir, 'User Data'),
  });
  return [
    entry('chrome', 'Google Chrome', ['Google', 'Chrome'], 'chrome.exe'),
    entry('chrome', 'Google Chrome Beta', ['Google', 'Chrome Beta'], 'chrome.exe'),
    entry('edge', 'Microsoft Edge', ['Microsoft', 'Edge'], 'msedge.exe'),
    entry('edge', 'Microsoft Edge Beta', ['Microsoft', 'Edge Beta'], 'msedge.exe'),
    entry('chromium', 'Chromium', ['Chromium'], 'chrome.exe'),
    entry('brave', 'Brave', ['BraveSoftware', 'Brave-Browser'], 'brave.exe'),
    entry('brave', 'Brave Beta', ['BraveSoftware', 'Brave-Browser-Beta'], 'brave.exe'),
  ];
}

function macCandidates({ homedir }: TableInputs): BrowserCandidate[] {
  const p = path.posix;
  const appFolders = ['/Applications', p.join(homedir, 'Applications')];
  const support = p.join(homedir, 'Library', 'Application Support');
  const entry = (kind: BrowserKind, name: string, app: string, dataDir: string[]): BrowserCandidate => ({
    kind,
    name,
    executablePaths: appFolders.map((folder) => p.join(folder, `${app}.app`, 'Contents', 'MacOS', app)),
    defaultUserDataDir: p.join(support, ...dataDir),
  });
  return [
    entry('chrome', 'Google Chrome', 'Google Chrome', ['Google', 'Chrome']),
    entry('chrome', 'Google Chrome Beta', 'Google Chrome Beta', ['Google', 'Chrome Beta']),
    entry('edge', 'Microsoft Edge', 'Microsoft Edge', ['Microsoft Edge']),
    entry('edge', 'Microsoft Edge Beta', 'Microsoft Edge Beta', ['Microsoft Edge Beta']),
    entry('chromium', 'Chromium', 'Chromium', ['Chromium']),
    entry('brave', 'Brave', 'Brave Browser', ['BraveSoftware', 'Brave-Browser']),
    entry('brave', 'Brave Beta', 'Brave Browser Beta', ['BraveSoftware', 'Brave-Browser-Beta']),
  ];
}

function linuxCandidates({ env, homedir }: TableInputs): BrowserCandidate[] {
  const p = path.posix;
  // Chromium's own rule (chrome_paths_linux.cc): $CHROME_CONFIG_HOME, else $XDG_CONFIG_HOME, else ~/.config.
  const configHome =
    envValue(env, 'CHROME_CONFIG_HOME', false) ?? envValue(env, 'XDG_CONFIG_HOME', false) ?? p.join(homedir, '.config');
  const entry = (kind: BrowserKind, name: string, paths: string[], dataDir: string): BrowserCandidate => ({
    kind,
    name,
    executablePaths: paths,
    defaultUserDataDir: p.join(configHome, dataDir),
  });
  return [
    entry('chrome', 'Google Chrome',
      ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome'], 'google-chrome'),
    entry('chrome', 'Google Chrome Beta',
      ['/usr/bin/google-chrome-beta', '/opt/google/chrome-beta/chrome'], 'google-chrome-beta'),
    entry('edge', 'Microsoft Edge',
      ['/usr/bin/microsoft-edge-stable', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge'], 'microsoft-edge'),
    entry('edge', 'Microsoft Edge Beta',
      ['/usr/bin/microsoft-edge-beta', '/opt/microsoft/msedge-beta/msedge'], 'microsoft-edge-beta'),
    entry('chromium', 'Chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'chromium'),
    // The snap keeps its profile inside the snap's own home folder.
    {
      kind: 'chromium',
      name: 'Chromium (snap)',
      executablePaths: ['/snap/bin/chromium'],
      defaultUserDataDir: p.join(homedir, 'snap', 'chromium', 'common', 'chromium'),
    },
    entry('brave', 'Brave',
      ['/usr/bin/brave-browser', '/usr/bin/brave-browser-stable', '/opt/brave.com/brave/brave'],
      p.join('BraveSoftware', 'Brave-Browser')),
    entry('brave', 'Brave Beta',
      ['/usr/bin/brave-browser-beta', '/opt/brave.com/brave-beta/brave'], p.join('BraveSoftware', 'Brave-Browser-Beta')),
  ];
}

/** A non-empty environment value; Windows variable names are case-insensitive. */
function envValue(env: Record<string, string | undefined>, name: string, ignoreCase: boolean): string | undefined {
  const key = ignoreCase ? Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase()) : name;
  const value = key === undefined ? undefined : env[key];
  return value === undefined || value.trim() === '' ? undefined : value;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
