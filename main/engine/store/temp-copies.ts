/**
 * The temporary copies an atomic write leaves when it is interrupted before its rename: conf (through
 * the atomically package) writes `<name>.json.tmp-<10 digits><6 hex>` next to the file and renames it
 * over the file. A copy left behind holds a whole document, in plain text when there was no keychain.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Exactly the names the atomic write gives its copies of `<name>.json`, and nothing else. */
export function tempCopyPattern(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.json\\.tmp-\\d{10}[0-9a-f]{6}$`);
}

/** Removes the leftover copies of `<dir>/<name>.json`; returns the names removed. Throws when one cannot be removed. */
export function removeTempCopies(dir: string, name: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    // No folder yet (first start), or one that cannot be listed: the store says so when it opens the file.
    return [];
  }
  const pattern = tempCopyPattern(name);
  const copies = entries.filter((entry) => pattern.test(entry));
  for (const copy of copies) rmSync(join(dir, copy), { force: true });
  return copies;
}
