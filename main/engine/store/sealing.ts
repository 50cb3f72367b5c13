/** Turns what the app holds into the on-disk document and back: sensitive records sealed when encryption is available. */
import type { Encryptor, StoreData } from './model.ts';
import { firstIssue, sensitiveRecords, STORE_SCHEMA_VERSION, type SensitiveRecords, type StoreDocument } from './schema.ts';
import { LOCKS, LockedStoreError } from './locked.ts';
import { REASONS, UnreadableStoreError } from './unreadable.ts';

export async function toDocument(data: StoreData, encryptor: Encryptor): Promise<StoreDocument> {
  const records: SensitiveRecords = {
    profile: data.profile, accounts: data.accounts, history: data.history, ...(data.policy === undefined ? {} : { policy: data.policy }),
  };
  return encryptor.available
    ? { schemaVersion: STORE_SCHEMA_VERSION, settings: data.settings, sealed: await encryptor.encrypt(JSON.stringify(records)) }
    : { schemaVersion: STORE_SCHEMA_VERSION, settings: data.settings, data: records };
}

/** Throws LockedStoreError when there is no keychain to open a sealed document, UnreadableStoreError when it cannot be opened here. */
export async function fromDocument(document: StoreDocument, encryptor: Encryptor): Promise<StoreData> {
  if ('data' in document) return { ...document.data, settings: document.settings };
  // No keychain now (locked, not started yet): the file is safe and stays as it is until there is one.
  if (!encryptor.available) throw new LockedStoreError(LOCKS.keychain(unavailableWhy(encryptor)), true);
  let records: unknown;
  try {
    records = JSON.parse(await encryptor.decrypt(document.sealed));
  } catch {
    // A wrong key either fails outright or yields bytes that are not JSON; both mean the same to the user.
    throw new UnreadableStoreError(REASONS.cannotDecrypt);
  }
  const parsed = sensitiveRecords.safeParse(records);
  if (!parsed.success) throw new UnreadableStoreError(REASONS.sealedDamaged(firstIssue(parsed.error)));
  return { ...parsed.data, settings: document.settings };
}

export function encryptionNotice(encryptor: Encryptor): string | null {
  if (encryptor.available) return null;
  return `Your data is stored on this computer without encryption because ${unavailableWhy(encryptor)}. `
    + 'Anyone with access to your user account could read it.';
}

function unavailableWhy(encryptor: Encryptor): string {
  const why = encryptor.unavailableReason?.trim().replace(/\.+$/, '') ?? '';
  return why === '' ? 'the operating system offers no keychain' : why;
}
