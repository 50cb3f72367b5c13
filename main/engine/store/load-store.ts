/** Reads the store file into what the app holds, telling a damaged file from one that cannot be opened now. */
import { fileErrorCode, LOCKS, LockedStoreError } from './locked.ts';
import { migrateToCurrent } from './migrations.ts';
import { DEFAULT_SETTINGS, type Encryptor, type KeyValueBackend, type StoreData } from './model.ts';
import { assertJsonObjectFile } from './recovery.ts';
import { fromDocument } from './sealing.ts';
import { REASONS, UnreadableStoreError } from './unreadable.ts';

export interface Loaded {
  backend: KeyValueBackend;
  data: StoreData;
  /** True when the file must be written again: migrated, or plain while encryption is available. */
  rewrite: boolean;
}

export function emptyStoreData(): StoreData {
  return { profile: null, accounts: [], history: [], settings: { ...DEFAULT_SETTINGS } };
}

/**
 * Writes nothing. Throws UnreadableStoreError when the file is damaged (to be set aside), and
 * LockedStoreError when it is safe but cannot be used now (to be left exactly as it is).
 */
export async function loadStore(create: () => KeyValueBackend, path: string, encryptor: Encryptor): Promise<Loaded> {
  assertJsonObjectFile(path);
  let backend: KeyValueBackend;
  try {
    backend = create();
  } catch (error) {
    // conf throws a SyntaxError for a file that does not parse (we pass clearInvalidConfig: false).
    if (error instanceof SyntaxError) throw new UnreadableStoreError(REASONS.notJson);
    const code = fileErrorCode(error);
    if (code !== null) throw new LockedStoreError(LOCKS.cannotRead(code));
    throw error;
  }
  const raw: Record<string, unknown> = { ...backend.store };
  if (Object.keys(raw).length === 0) return { backend, data: emptyStoreData(), rewrite: false };
  const { document, migratedFrom } = migrateToCurrent(raw);
  const data = await fromDocument(document, encryptor);
  return { backend, data, rewrite: migratedFrom !== null || ('data' in document && encryptor.available) };
}
