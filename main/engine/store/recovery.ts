/** Moving an unreadable store file aside, never deleting or overwriting it. */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
 */
export function assertJsonObjectFile(path: string): void {
  if (!existsSync(path)) return;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableStoreError(REASONS.notJson);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UnreadableStoreError(REASONS.notDocument);
}
