/** Moving an unreadable store file aside, never deleting or overwriting it; telling it from one that cannot be read now. */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileErrorCode, LOCKS, LockedStoreError } from './locked.ts';
import { REASONS, UnreadableStoreError } from './unreadable.ts';

/** A time that is safe in file names on every system: 2026-11-25T13-45-00Z. */
export function fileStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
}

/** Renames `<dir>/<name>.json` to `<dir>/<name>.unreadable-<time>.json` and returns the new path. */
export function moveAside(path: string, at: Date): string {
  const base = join(dirname(path), `${basename(path, '.json')}.unreadable-${fileStamp(at)}`);
  let target = `${base}.json`;
  // Two failures in one second must not overwrite the first backup.
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}.json`;
  renameSync(path, target);
  return target;
}

/**
 * Throws UnreadableStoreError when the file exists but is not a JSON object. conf throws for text
 * that does not parse, but reads `null` or `[]` as an empty store and would then write over it.
 * Throws LockedStoreError when the file cannot be read at all (no permission): that says nothing
 * about its content, so it must not be set aside.
 */
export function assertJsonObjectFile(path: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = fileErrorCode(error);
    if (code === 'ENOENT') return;
    if (code !== null) throw new LockedStoreError(LOCKS.cannotRead(code));
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableStoreError(REASONS.notJson);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UnreadableStoreError(REASONS.notDocument);
}
