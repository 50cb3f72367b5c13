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

/** Letters and digits of any script (with their marks) and dashes, in NFC: nothing a path could use. */
const ACCOUNT_ID = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*$/u;

/** Room for the platform prefix within the 255-byte limit most file systems set on a folder name. */
export const MAX_ACCOUNT_ID_BYTES = 200;

/** `<dataDir>/profiles/<platform>-<id>`, after checking both parts are safe as a folder name. */
export function profileDirFor(dataDir: string, account: Pick<AccountSpec, 'id' | 'platform'>): string {
  const { id } = account;
  if (!ACCOUNT_ID.test(id) || id !== id.toLowerCase() || id !== id.normalize('NFC')) {
    throw new ProfileDirError(
      `The account id "${account.id}" cannot be used as a folder name: use only lower-case letters, ` +
        'digits and dashes, starting with a letter or digit.',
    );
  }
  if (Buffer.byteLength(account.id) > MAX_ACCOUNT_ID_BYTES) {
    throw new ProfileDirError(`The account id "${account.id}" is too long to be used as a folder name.`);
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
