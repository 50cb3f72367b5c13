/**
 * Finds the Chromium-family browsers installed on this computer. Pure over its inputs, so each
 * operating system can be tested anywhere with a fake filesystem.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserCandidates } from './browser-candidates.ts';
import { BrowserNotFoundError } from './errors.ts';

export type BrowserKind = 'chrome' | 'edge' | 'chromium' | 'brave';

export interface FoundBrowser {
  kind: BrowserKind;
  /** Name to show the user, e.g. "Google Chrome Beta". */
  name: string;
  executablePath: string;
  /** The browser's everyday profile; Chaperone must never automate it. Null when not known. */
  defaultUserDataDir: string | null;
}

export interface BrowserInputs {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
  /** True when an executable file exists at this path. */
  exists: (path: string) => boolean;
}

/** Installed browsers in preference order, each install listed once (its first path found). */
export function findBrowsers(inputs: BrowserInputs): FoundBrowser[] {
  const found: FoundBrowser[] = [];
  for (const candidate of browserCandidates(inputs)) {
    const executablePath = candidate.executablePaths.find((candidatePath) => inputs.exists(candidatePath));
    if (executablePath === undefined) continue;
    found.push({ kind: candidate.kind, name: candidate.name, executablePath, defaultUserDataDir: candidate.defaultUserDataDir });
  }
  return found;
}

/** A browser's everyday profile, whether or not that browser is installed. */
export type EverydayProfile = Pick<FoundBrowser, 'name' | 'defaultUserDataDir'>;

/** The everyday profile of every browser this platform could have: all are refused as profile dirs. */
export function everydayProfiles(inputs: Omit<BrowserInputs, 'exists'>): EverydayProfile[] {
  return browserCandidates(inputs).map(({ name, defaultUserDataDir }) => ({ name, defaultUserDataDir }));
}

/** The browser to use: the user's choice when given, else the first one found. */
export function chooseBrowser(inputs: BrowserInputs & { override?: string | undefined }): FoundBrowser {
  const { override } = inputs;
  if (override !== undefined && override.trim() !== '') return chosenByUser(inputs, override);
  const [first] = findBrowsers(inputs);
  if (first === undefined) throw new BrowserNotFoundError(noBrowserMessage(inputs.platform));
  return first;
}

/** The real values of this process, for production use. */
export function systemBrowserInputs(): BrowserInputs {
  return { platform: process.platform, env: process.env, homedir: os.homedir(), exists: isExecutableFile };
}

function chosenByUser(inputs: BrowserInputs, override: string): FoundBrowser {
  if (!inputs.exists(override)) {
    throw new BrowserNotFoundError(
      `The browser you chose at ${override} was not found. Check the path, or leave out --browser ` +
        'to let Chaperone look for Chrome, Edge, Chromium or Brave itself.',
    );
  }
  const p = inputs.platform === 'win32' ? path.win32 : path.posix;
  const caseless = inputs.platform === 'win32' || inputs.platform === 'darwin';
  const key = (value: string): string => (caseless ? p.normalize(value).toLowerCase() : p.normalize(value));
  const known = browserCandidates(inputs).find((candidate) =>
    candidate.executablePaths.some((candidatePath) => key(candidatePath) === key(override)),
  );
  if (known !== undefined) {
    return { kind: known.kind, name: known.name, executablePath: override, defaultUserDataDir: known.defaultUserDataDir };
  }
  const base = p.basename(override);
  return { kind: guessKind(base), name: `Your chosen browser (${base})`, executablePath: override, defaultUserDataDir: null };
}

function guessKind(fileName: string): BrowserKind {
  const lower = fileName.toLowerCase();
  if (lower.includes('edge')) return 'edge';
  if (lower.includes('brave')) return 'brave';
  if (lower.includes('chromium')) return 'chromium';
  return 'chrome';
}

function noBrowserMessage(platform: NodeJS.Platform): string {
  const start =
    'Chaperone needs Google Chrome, Microsoft Edge, Chromium or Brave to read your accounts, ' +
    'and found none of them on this computer. ';
  if (platform === 'win32') {
    return `${start}Install Google Chrome (google.com/chrome) or Microsoft Edge (microsoft.com/edge). ` +
      'If one is installed in another folder, point Chaperone at it with --browser <path>, for example ' +
      '--browser "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe".';
  }
  if (platform === 'darwin') {
    return `${start}Install Google Chrome (google.com/chrome), Microsoft Edge or Brave into Applications. ` +
      'If one is installed in another folder, point Chaperone at it with --browser <path>, for example ' +
      '--browser "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome".';
  }
  return `${start}Install one of them: on Debian, sudo apt-get install chromium; on Ubuntu, ` +
    'sudo apt-get install chromium-browser. If one is installed somewhere else, point Chaperone at it ' +
    'with --browser <path>, for example --browser /usr/bin/chromium.';
}

function isExecutableFile(filePath: string): boolean {
  try {
    if (!fs.statSync(filePath).isFile()) return false;
    fs.accessSync(filePath, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
