import { safeStorage } from 'electron';
import type { Encryptor } from '../engine/store/model.ts';

/**
 * Electron's asynchronous safeStorage: the OS keychain (Keychain, DPAPI, libsecret/KWallet).
 * Call after the app is ready. A rotated key needs no special step: every change re-encrypts the
 * whole record with the current key.
 */
export async function safeStorageEncryptor(): Promise<Encryptor> {
  const unavailableReason = await whyUnavailable();
  return {
    available: unavailableReason === null,
    unavailableReason,
    encrypt: async (plain) => (await safeStorage.encryptStringAsync(plain)).toString('base64'),
    decrypt: async (sealed) => (await safeStorage.decryptStringAsync(Buffer.from(sealed, 'base64'))).result,
    // A keyring may be locked, or not yet started, when the app opens: the store asks again while its file is locked.
    recheck: safeStorageEncryptor,
  };
}

async function whyUnavailable(): Promise<string | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'this computer offers no system keychain to Chaperone';
  // On Linux without a keyring Chromium falls back to a hard-coded password: that is not encryption.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return 'no keyring (such as GNOME Keyring or KWallet) is running on this computer';
  }
  return null;
}
