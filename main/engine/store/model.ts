/**
 * What Chaperone keeps on disk, and the interfaces the store is built from. The app backs it with
 * electron-store and Electron's safeStorage; the CLI and tests with conf and a temp folder.
 */
import type { Account, ManualAnswer, Profile, Settings, StoredAudit } from '../../shared/api-contract.ts';

export type { Account, ManualAnswer, Profile, Settings, StoredAudit };

/** Everything the app stores, as the rest of the code sees it (decrypted, current schema). */
export interface StoreData {
  profile: Profile | null;
  accounts: Account[];
  history: StoredAudit[];
  settings: Settings;
}

export const DEFAULT_SETTINGS: Settings = { browserPath: null, reminderMonths: 12 };

/** The subset of electron-store / conf the store uses. */
export interface KeyValueBackend {
  /** The file the data lives in. */
  readonly path: string;
  /** The whole file; assigning it is one atomic write (temp file and rename). */
  store: Record<string, unknown>;
}

/** Creates the backend over `<dir>/<name>.json`; throws if the file exists but cannot be parsed. */
export type BackendFactory = (options: { dir: string; name: string }) => KeyValueBackend;

/** Operating-system encryption (Electron's asynchronous safeStorage in the app). */
export interface Encryptor {
  /** False where the OS offers no keychain (or only Chromium's hard-coded "basic_text" key). */
  readonly available: boolean;
  /** Why it is unavailable, in plain words starting in lower case; null when available. */
  readonly unavailableReason: string | null;
  encrypt(plain: string): Promise<string>;
  /** Rejects when the text cannot be decrypted (other machine, keychain reset). */
  decrypt(sealed: string): Promise<string>;
}

export interface StoreStatus {
  path: string;
  encrypted: boolean;
  encryptionNotice: string | null;
  recovered: { backupPath: string; reason: string } | null;
}

export interface AppStore {
  readonly status: StoreStatus;
  /** A copy of what is stored now. */
  read(): StoreData;
  /**
   * Applies a change and writes it; resolves with the new data once it is on disk. Changes are
   * applied one after another, each to the result of the last. Nothing is written if `change`
   * throws or its result is not valid.
   */
  update(change: (data: StoreData) => StoreData): Promise<StoreData>;
  /** Empties the store file (the caller removes browser profiles). */
  clear(): Promise<void>;
}
