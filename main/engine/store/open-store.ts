/**
 * Opens the app's store: reads, migrates and unseals the document, moves a damaged file aside and
 * starts fresh, keeps a file it cannot use now (no keychain, a newer Chaperone's, no permission)
 * locked and untouched until it can, and validates every change before it is written.
 */
import { join } from 'node:path';
import { emptyStoreData, loadStore } from './load-store.ts';
import { LockedStoreError } from './locked.ts';
import type { AppStore, BackendFactory, Encryptor, KeyValueBackend, StoreData, StoreStatus } from './model.ts';
import { moveAside } from './recovery.ts';
import { firstIssue, storeDataSchema } from './schema.ts';
import { encryptionNotice, toDocument } from './sealing.ts';
import { removeTempCopies } from './temp-copies.ts';
import { UnreadableStoreError } from './unreadable.ts';
import { writeDocument } from './write-document.ts';

export { emptyStoreData } from './load-store.ts';

export interface OpenStoreOptions {
  dir: string;
  /** The file is `<dir>/<name>.json`. */
  name?: string;
  createBackend: BackendFactory;
  encryptor: Encryptor;
  now?: () => Date;
}

type State =
  | { locked: null; backend: KeyValueBackend; data: StoreData }
  | { locked: LockedStoreError };
type Opened = Extract<State, { locked: null }>;

export async function openStore(options: OpenStoreOptions): Promise<AppStore> {
  const { dir } = options;
  const name = options.name ?? 'chaperone';
  const now = options.now ?? ((): Date => new Date());
  const path = join(dir, `${name}.json`);
  const create = (): KeyValueBackend => options.createBackend({ dir, name });
  removeLeftovers(dir, name);

  let encryptor = options.encryptor;
  let recovered: StoreStatus['recovered'] = null;

  /** Reads the file as it is now: opened, locked (left exactly as it is), or damaged (set aside, and a fresh start). */
  const attempt = async (): Promise<State> => {
    try {
      const loaded = await loadStore(create, path, encryptor);
      if (loaded.rewrite) writeDocument(loaded.backend, await toDocument(loaded.data, encryptor));
      return { locked: null, backend: loaded.backend, data: loaded.data };
    } catch (error) {
      if (error instanceof LockedStoreError) return { locked: error };
      if (!(error instanceof UnreadableStoreError)) throw error;
      recovered = { backupPath: moveAside(path, now()), reason: error.message };
      return { locked: null, backend: create(), data: emptyStoreData() };
    }
  };
  let state = await attempt();

  /** The opened store; while locked, asks the keychain again and re-reads first, and throws the reason if still locked. */
  const opened = async (): Promise<Opened> => {
    if (state.locked !== null) {
      encryptor = await encryptor.recheck?.().catch(() => encryptor) ?? encryptor;
      state = await attempt();
    }
    if (state.locked !== null) throw new LockedStoreError(state.locked.message, state.locked.sealed);
    return state;
  };

  // Writes wait for the one before, so each change applies to the result of the last.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  const status = (): StoreStatus => Object.freeze(state.locked === null
    ? { path: state.backend.path, encrypted: encryptor.available, encryptionNotice: encryptionNotice(encryptor), recovered, locked: null }
    // Nothing is saved while locked, so there is no unencrypted data to warn about.
    : { path, encrypted: state.locked.sealed || encryptor.available, encryptionNotice: null, recovered, locked: { reason: state.locked.message } });

  return {
    get status() { return status(); },
    read: () => (state.locked === null ? structuredClone(state.data) : emptyStoreData()),
    update: (change) => serially(async () => {
      const current = await opened();
      const parsed = storeDataSchema.safeParse(change(structuredClone(current.data)));
      if (!parsed.success) throw new Error(`Chaperone did not save this change because it is not valid: ${firstIssue(parsed.error)}.`);
      writeDocument(current.backend, await toDocument(parsed.data, encryptor));
      current.data = parsed.data;
      return structuredClone(current.data);
    }),
    retry: () => serially(async () => {
      await opened().catch((error: unknown) => { if (!(error instanceof LockedStoreError)) throw error; });
      return status();
    }),
    clear: () => serially(() => {
      // Locked or not: the user asked for everything to go, the file they could not open included.
      const backend = state.locked === null ? state.backend : create();
      backend.store = {};
      state = { locked: null, backend, data: emptyStoreData() };
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
