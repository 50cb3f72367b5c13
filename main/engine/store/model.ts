/**
 * What Chaperone keeps on disk, and the interfaces the store is built from. The app backs it with
 * electron-store and Electron's safeStorage; the CLI and tests with conf and a temp folder.
 */
import type { Account, ManualAnswer, Profile, Settings, StoredAudit, StoredPolicy } from '../../shared/api-contract.ts';

export type { Account, ManualAnswer, Profile, Settings, StoredAudit, StoredPolicy };

/** Everything the app stores, as the rest of the code sees it (decrypted, current schema). */
export interface StoreData {
  profile: Profile | null;
  accounts: Account[];
  history: StoredAudit[];
  /** The social media policy's answers (issue 15); absent until the person starts one. */
  policy?: StoredPolicy;
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
  /**
   * Asks the operating system again, for a keychain that was locked or not yet started: resolves
   * with the encryptor to use from now on. Absent where the answer cannot change.
   */
  recheck?(): Promise<Encryptor>;
}

export interface StoreStatus {
  path: string;
  encrypted: boolean;
  encryptionNotice: string | null;
  recovered: { backupPath: string; reason: string } | null;
  /**
   * Set while the file is safe but cannot be used (no keychain, a newer Chaperone's file, no
   * permission): it is left exactly as it is, and nothing is saved until it can be opened.
   */
  locked: { reason: string } | null;
}

export interface AppStore {
  /** As it is now: it changes when a locked file opens, or when "Delete all my data" empties it. */
  readonly status: StoreStatus;
  /** A copy of what is stored now; while locked, an empty store (the locked data is neither shown nor changed). */
  read(): StoreData;
  /**
   * Applies a change and writes it; resolves with the new data once it is on disk. Changes are
   * applied one after another, each to the result of the last. Nothing is written if `change`
   * throws or its result is not valid. While locked, it first tries to open the file again, and
   * rejects with the reason (writing nothing) if it still cannot.
   */
  update(change: (data: StoreData) => StoreData): Promise<StoreData>;
  /** While locked: asks the keychain again and reads the file again. Resolves with the status after. */
  retry(): Promise<StoreStatus>;
  /** Empties the store file, locked or not: the user asked for everything to go (the caller removes browser profiles). */
  clear(): Promise<void>;
}
