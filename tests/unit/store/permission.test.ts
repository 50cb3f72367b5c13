/**
 * A store file Chaperone has no permission to read is not damaged: it is left where it is, the user
 * is told it is a permission problem, nothing is written, and it opens once it can be read. (Tests
 * may run as root, which chmod cannot refuse, so the refusal comes from a stand-in for node:fs.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import type { AppStore } from '../../../main/engine/store/model.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import { testEncryptor } from '../../fixtures/test-encryptor.ts';
import { firstSession, rahmanProfile, tempDir } from './store-fixtures.ts';

/** Paths whose reads fail with this error code, as the operating system would refuse them. */
const refused = vi.hoisted(() => new Map<string, string>());
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    const code = refused.get(String(path));
    if (code !== undefined) throw Object.assign(new Error(`${code}: permission denied, open '${String(path)}'`), { code });
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { refused.clear(); folder.remove(); });

const keys = testEncryptor();
const open = (): Promise<AppStore> => openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
const storePath = (): string => join(folder.dir, 'chaperone.json');

describe.each(['EACCES', 'EPERM'])('a store file that cannot be read (%s)', (code) => {
  it('is left where it is and the user is told it is a permission problem, not damage', async () => {
    await (await open()).update(firstSession);
    const bytes = readFileSync(storePath(), 'utf8');
    refused.set(storePath(), code);
    const store = await open();
    expect(store.status.locked?.reason).toMatch(new RegExp(`^Chaperone does not have permission to read your saved data \\(${code}\\)\\.`));
    expect(store.status.locked?.reason).not.toMatch(/damaged/);
    expect(store.status.recovered).toBeNull();
    await expect(store.update((d) => ({ ...d, profile: null }))).rejects.toThrow('permission');
    refused.clear();
    expect(readFileSync(storePath(), 'utf8')).toBe(bytes);
    expect(readdirSync(folder.dir)).toEqual(['chaperone.json']);
  });

  it('opens with everything in it once the permission is back', async () => {
    await (await open()).update(firstSession);
    refused.set(storePath(), code);
    const store = await open();
    refused.clear();
    expect((await store.retry()).locked).toBeNull();
    expect(store.read().profile).toEqual(rahmanProfile);
  });
});
