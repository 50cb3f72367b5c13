/**
 * Chromium marks a profile as in use with `SingletonLock`, a symlink whose target is
 * `<hostname>-<pid>`, next to `SingletonSocket` and `SingletonCookie`. After a crash these stay
 * behind, and if the host name has changed since (common on laptops) Chromium refuses to start.
 * (Windows uses a `lockfile` the system releases on exit, so there is nothing to clear there.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProfileInUseError } from './errors.ts';

const SINGLETON_FILES = ['SingletonLock', 'SingletonSocket', 'SingletonCookie'] as const;

export interface LockOwner {
  host: string;
  pid: number;
}

/** Parses a SingletonLock target; host names may contain dashes, so split at the last one. */
export function parseLockTarget(target: string): LockOwner | null {
  const dash = target.lastIndexOf('-');
  if (dash <= 0) return null;
  const pidText = target.slice(dash + 1);
  if (!/^\d+$/.test(pidText)) return null;
  const pid = Number(pidText);
  return pid > 0 ? { host: target.slice(0, dash), pid } : null;
}

/**
 * Removes a stale lock and returns true; returns false when there is none; throws
 * ProfileInUseError when its process is still running on this computer.
 */
export async function clearStaleLock(dir: string): Promise<boolean> {
  let target: string;
  try {
    target = await fs.promises.readlink(path.join(dir, 'SingletonLock'));
  } catch {
    return false; // no lock, or not a symlink we understand: leave it to the browser
  }
  const owner = parseLockTarget(target);
  if (owner === null) return false;
  if (owner.host === os.hostname() && isAlive(owner.pid)) throw new ProfileInUseError(dir);
  await Promise.all(SINGLETON_FILES.map((name) => fs.promises.rm(path.join(dir, name), { force: true })));
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
