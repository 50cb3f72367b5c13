/**
 * Per-account browser profile directories. Each connected account gets its own app-owned
 * user-data dir: Chrome 136+ refuses automation on the everyday profile, and using it would
 * expose the user's everyday browsing to the audit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PLATFORM_IDS, type AccountSpec } from '../types.ts';
import { ProfileDirError } from './errors.ts';
import type { EverydayProfile } from './find-browsers.ts';
import { settlePasswordStore } from './password-store-marker.ts';
import { clearStaleLock } from './stale-lock.ts';

const ACCOUNT_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** `<dataDir>/profiles/<platform>-<id>`, after checking both parts are safe as a folder name. */
export function profileDirFor(dataDir: string, account: Pick<AccountSpec, 'id' | 'platform'>): string {
  if (!ACCOUNT_ID.test(account.id)) {
    throw new ProfileDirError(
      `The account id "${account.id}" cannot be used as a folder name: use only lower-case letters, ` +
        'digits and dashes, starting with a letter or digit.',
    );
  }
  if (!(PLATFORM_IDS as readonly string[]).includes(account.platform)) {
    throw new ProfileDirError(`"${account.platform}" is not a platform Chaperone knows.`);
  }
  return path.join(path.resolve(dataDir), 'profiles', `${account.platform}-${account.id}`);
}

/**
 * Refuses a browser's everyday user-data dir (or a folder inside it). `platform` is only for
 * tests of other systems; paths are compared case-insensitively on Windows and macOS.
 */
export function assertNotDefaultUserDataDir(
  dir: string,
  browsers: readonly EverydayProfile[],
  platform: NodeJS.Platform = process.platform,
): void {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const caseless = platform === 'win32' || platform === 'darwin';
  const key = (value: string): string => {
    const resolved = p.resolve(platform === process.platform ? realPath(value) : value);
    return caseless ? resolved.toLowerCase() : resolved;
  };
  const wanted = key(dir);
  for (const browser of browsers) {
    if (browser.defaultUserDataDir === null) continue;
    const everyday = key(browser.defaultUserDataDir);
    if (wanted === everyday || wanted.startsWith(everyday + p.sep)) {
      throw new ProfileDirError(
        `Chaperone will not use ${dir}: it is where ${browser.name} keeps your everyday browsing. ` +
          'Chrome 136 and later refuse automation there, and using it would let the audit see your ' +
          "everyday browsing. Chaperone keeps a separate profile for each account in its own folder.",
      );
    }
  }
}

export type PrepareResult = 'ready' | 'removed-stale-lock';

/**
 * Creates the profile dir (owner-only: it holds session cookies), clears a lock left by a
 * browser that crashed, and records which keychain the profile's cookies are encrypted with (see
 * password-store-marker.ts). Throws ProfileInUseError when a browser is still using the profile.
 */
export async function prepareProfileDir(dir: string): Promise<PrepareResult> {
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') await fs.promises.chmod(dir, 0o700);
  const result = (await clearStaleLock(dir)) ? 'removed-stale-lock' : 'ready';
  await settlePasswordStore(dir);
  return result;
}

/** The real path when the folder exists (follows symlinks), else the path as given. */
function realPath(value: string): string {
  try {
    return fs.realpathSync.native(value);
  } catch {
    return value;
  }
}
