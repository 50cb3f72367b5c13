/**
 * Each profile remembers which password store its cookies were encrypted with, in a small JSON
 * file of its own, so that the sign-in window and every later audit open it with the same one
 * even if the desktop (and so the keychain Chaperone would pick today) has changed since.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  PASSWORD_STORES, systemPasswordStore, type BasicBecause, type PasswordStore,
} from './password-store.ts';

export const MARKER_FILE = 'chaperone-password-store.json';

export interface StoreChoice {
  store: PasswordStore;
  /** Set when the store is "basic": why the keychain is not used. */
  because: BasicBecause | null;
}

/** Profiles made before the marker existed were all made with the fixed key. */
const OLDER_PROFILE: StoreChoice = { store: 'basic', because: 'older-profile' };

/** The choice recorded for a profile. No marker, or one that cannot be read, means the fixed key. */
export function recordedPasswordStore(profileDir: string): StoreChoice {
  let text: string;
  try {
    text = fs.readFileSync(path.join(profileDir, MARKER_FILE), 'utf8');
  } catch {
    return OLDER_PROFILE;
  }
  return parseMarker(text) ?? OLDER_PROFILE;
}

/**
 * Decides a profile's store before any browser opens it, and records it. A profile Chromium has
 * never opened gets the system's keychain; one it has opened without a marker keeps the fixed key
 * it was made with. An existing marker is never rewritten.
 */
export async function settlePasswordStore(
  profileDir: string, detect: () => Promise<PasswordStore> = detectSystemPasswordStore,
): Promise<StoreChoice> {
  const markerPath = path.join(profileDir, MARKER_FILE);
  if (fs.existsSync(markerPath)) return recordedPasswordStore(profileDir);
  const used = fs.existsSync(path.join(profileDir, 'Local State'));
  let choice: StoreChoice = OLDER_PROFILE;
  if (!used) {
    const store = await detect();
    choice = { store, because: store === 'basic' ? 'no-keychain' : null };
  }
  try {
    await fs.promises.writeFile(markerPath, `${JSON.stringify(choice, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another Chaperone window got there first: its choice stands.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return recordedPasswordStore(profileDir);
    throw error;
  }
  return choice;
}

function parseMarker(text: string): StoreChoice | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { store, because } = value as Record<string, unknown>;
  if (!PASSWORD_STORES.includes(store as PasswordStore)) return null;
  const reason = because === 'no-keychain' || because === 'older-profile' ? because : null;
  return { store: store as PasswordStore, because: store === 'basic' ? (reason ?? 'no-keychain') : null };
}

/** The system's keychain, asking the D-Bus session bus on Linux which keyring services it has. */
export async function detectSystemPasswordStore(
  platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env,
): Promise<PasswordStore> {
  const busNames = platform === 'darwin' || platform === 'win32' ? null : await listBusNames(env);
  return systemPasswordStore({ platform, env, busNames });
}

export type RunTool = (command: string, args: readonly string[], env: NodeJS.ProcessEnv) => Promise<string>;

const ASK = [
  ['dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus']],
  ['gdbus', ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus', '--method']],
] as const;

/**
 * The session bus's running and activatable names. [] when the bus cannot be reached (no keyring
 * to use); null when neither dbus-send nor gdbus is installed (nothing could be asked).
 */
export async function listBusNames(env: NodeJS.ProcessEnv, run: RunTool = runTool): Promise<string[] | null> {
  for (const [command, args] of ASK) {
    try {
      const names: string[] = [];
      for (const method of ['org.freedesktop.DBus.ListNames', 'org.freedesktop.DBus.ListActivatableNames']) {
        const output = await run(command, [...args, method], env);
        names.push(...[...output.matchAll(/["']([\w.:-]+)["']/g)].map((match) => match[1] ?? ''));
      }
      return names;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return [];
    }
  }
  return null;
}

async function runTool(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return (await promisify(execFile)(command, [...args], { env, timeout: 3000, encoding: 'utf8' })).stdout;
}
