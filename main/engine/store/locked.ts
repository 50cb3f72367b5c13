/**
 * Why the store file is kept exactly as it is and nothing is saved: the data is safe, but this run
 * of Chaperone cannot use it yet (no keychain, a newer Chaperone's file, no permission). Unlike an
 * unreadable file (unreadable.ts), a locked one is never set aside and never written over.
 */
export class LockedStoreError extends Error {
  override readonly name = 'LockedStoreError';

  /** True when the file is known to be encrypted with the keychain. */
  readonly sealed: boolean;

  constructor(message: string, sealed = false) {
    super(message);
    this.sealed = sealed;
  }
}

const PERMISSION_CODES = new Set(['EACCES', 'EPERM']);

export const LOCKS = {
  keychain: (why: string): string =>
    'Your saved audits are locked because your keychain is not available; they are safe. '
    + `Chaperone has left them as they are and will not save anything until it can open them (${why}). `
    + 'Unlock your keychain, then try again.',
  newer: (version: number, known: number): string =>
    `Your saved data was made by a newer Chaperone (data version ${String(version)}; this version reads up to ${String(known)}). `
    + 'Chaperone has left it untouched and will not save anything over it. Use the newer Chaperone.',
  cannotRead: (code: string): string => (PERMISSION_CODES.has(code)
    ? `Chaperone does not have permission to read your saved data (${code}). `
      + 'It has left the file as it is and will not save anything until it can read it. '
      + 'Make sure your user account may read and write the files in Chaperone\'s data folder, then try again.'
    : `Chaperone could not read your saved data (${code}). `
      + 'It has left the file as it is and will not save anything until it can read it. Try again in a moment.'),
} as const;

/** The error code of a failed file-system call (EACCES, EPERM, EIO…); null for anything else. */
export function fileErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}
