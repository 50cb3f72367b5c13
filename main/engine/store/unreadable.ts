/** Why a store file could not be read, in plain words for the user (shown with where the old file went). */
export class UnreadableStoreError extends Error {
  override readonly name = 'UnreadableStoreError';
}

export const REASONS = {
  notJson: 'The file was damaged: it is not readable JSON.',
  notDocument: 'The file does not hold Chaperone data.',
  noVersion: 'The file does not say which version of Chaperone wrote it.',
  layout: (detail: string): string => `The file does not have the layout Chaperone expects (${detail}).`,
  cannotDecrypt: 'The file is encrypted and could not be decrypted on this computer, for example because the keychain was reset or the file came from another computer.',
  sealedDamaged: (detail: string): string => `The encrypted part of the file was damaged (${detail}).`,
} as const;
