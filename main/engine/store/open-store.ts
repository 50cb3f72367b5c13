/**
 * Opens the app's store: reads, migrates and unseals the document, moves an unreadable file aside and
 * starts fresh, and validates every change before it is written.
 */
import { join } from 'node:path';
import { migrateToCurrent } from './migrations.ts';
import {
  DEFAULT_SETTINGS, type AppStore, type BackendFactory, type Encryptor, type KeyValueBackend, type StoreData, type StoreStatus,
} from './model.ts';
import { assertJsonObjectFile, moveAside } from './recovery.ts';
import { firstIssue, storeDataSchema } from './schema.ts';
import { encryptionNotice, fromDocument, toDocument } from './sealing.ts';
import { removeTempCopies } from './temp-copies.ts';
import { REASONS, UnreadableStoreError } from './unreadable.ts';
import { writeDocument } from './write-document.ts';

export interface OpenStoreOptions {
  dir: string;
  /** The file is `<dir>/<name>.json`. */
  name?: string;
  createBackend: BackendFactory;
  encryptor: Encryptor;
  now?: () => Date;
}

interface Loaded {
  backend: KeyValueBackend;
  data: StoreData;
  /** True when the file must be written again: migrated, or plain while encryption is available. */
  rewrite: boolean;
}

export function emptyStoreData(): StoreData {
  return { profile: null, accounts: [], history: [], settings: { ...DEFAULT_SETTINGS } };
}

export async function openStore(options: OpenStoreOptions): Promise<AppStore> {
  const { dir, encryptor } = options;
  const name = options.name ?? 'chaperone';
  const now = options.now ?? ((): Date => new Date());
  const path = join(dir, `${name}.json`);
  const create = (): KeyValueBackend => options.createBackend({ dir, name });
  removeLeftovers(dir, name);

  let recovered: StoreStatus['recovered'] = null;
  let loaded: Loaded;
  try {
    loaded = await load(create, path, encryptor);
  } catch (error) {
    if (!(error instanceof UnreadableStoreError)) throw error;
    recovered = { backupPath: moveAside(path, now()), reason: error.message };
    loaded = { backend: create(), data: emptyStoreData(), rewrite: false };
  }
  const { backend } = loaded;
  let current = loaded.data;
  if (loaded.rewrite) writeDocument(backend, await toDocument(current, encryptor));
  // Writes wait for the one before, so each change applies to the result of the last.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  const status: StoreStatus = Object.freeze({
    path: backend.path, encrypted: encryptor.available, encryptionNotice: encryptionNotice(encryptor), recovered,
  });
  return {
    status,
    read: () => structuredClone(current),
    update: (change) => serially(async () => {
      const parsed = storeDataSchema.safeParse(change(structuredClone(current)));
      if (!parsed.success) throw new Error(`Chaperone did not save this change because it is not valid: ${firstIssue(parsed.error)}.`);
      writeDocument(backend, await toDocument(parsed.data, encryptor));
      current = parsed.data;
      return structuredClone(current);
    }),
    clear: () => serially(() => {
      backend.store = {};
      current = emptyStoreData();
      removeTempCopies(dir, name);
      return Promise.resolve();
    }),
  };
}

/** Copies left by a write that was interrupted (a crash, a full disk): removed at each start. */
function removeLeftovers(dir: string, name: string): void {
  try {
    removeTempCopies(dir, name);
  } catch {
    // A copy that cannot be removed now is no reason not to open; "Delete all my data" says if it fails.
  }
}

/** Throws UnreadableStoreError for anything that makes the file unreadable; writes nothing. */
async function load(create: () => KeyValueBackend, path: string, encryptor: Encryptor): Promise<Loaded> {
  assertJsonObjectFile(path);
  let backend: KeyValueBackend;
  try {
    backend = create();
  } catch (error) {
    // conf throws a SyntaxError for a file that does not parse (we pass clearInvalidConfig: false).
    if (error instanceof SyntaxError) throw new UnreadableStoreError(REASONS.notJson);
    throw error;
  }
  const raw: Record<string, unknown> = { ...backend.store };
  if (Object.keys(raw).length === 0) return { backend, data: emptyStoreData(), rewrite: false };
  const { document, migratedFrom } = migrateToCurrent(raw);
  const data = await fromDocument(document, encryptor);
  return { backend, data, rewrite: migratedFrom !== null || ('data' in document && encryptor.available) };
}
