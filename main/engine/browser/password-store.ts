/**
 * Where Chromium keeps the key that encrypts a profile's cookies (the signed-in sessions). With
 * the system's keychain the key is the user's own; with "basic" it is Chromium's public fixed
 * key, so the cookies are protected only by the profile folder's permissions.
 *
 * Sign-in and every audit of one profile MUST use the same store, or cookies written by one
 * cannot be read by the other and the account looks signed out: see password-store-marker.ts.
 */

/** macOS Keychain, Windows DPAPI, a Linux Secret Service or KWallet, or the fixed key. */
export type PasswordStore = 'keychain' | 'dpapi' | 'gnome-libsecret' | 'kwallet5' | 'kwallet6' | 'basic';

export const PASSWORD_STORES: readonly PasswordStore[] = ['keychain', 'dpapi', 'gnome-libsecret', 'kwallet5', 'kwallet6', 'basic'];

/** The fixed-key flags every profile made before Chaperone recorded its choice was created with. */
export const BASIC_STORE_ARGS: readonly string[] = ['--use-mock-keychain', '--password-store=basic'];

/** Chromium flags for a store. macOS and Windows use their keychain when told nothing. */
export function passwordStoreArgs(store: PasswordStore): string[] {
  switch (store) {
    case 'keychain':
    case 'dpapi':
      return [];
    case 'basic':
      return [...BASIC_STORE_ARGS];
    default:
      return [`--password-store=${store}`];
  }
}

export interface SystemStoreInputs {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /**
   * Names on the D-Bus session bus, running or activatable; null when they could not be asked
   * for (no dbus-send or gdbus installed). Only Linux and the BSDs look at them.
   */
  busNames: readonly string[] | null;
}

/** Desktops whose keyring speaks the Secret Service (gnome-keyring and its kin). */
const SECRET_SERVICE_DESKTOPS = /gnome|unity|cinnamon|mate|xfce|pantheon|budgie|deepin|lxde|lxqt/;

/** The keychain a new profile should use on this system; "basic" only where there is none. */
export function systemPasswordStore({ platform, env, busNames }: SystemStoreInputs): PasswordStore {
  if (platform === 'darwin') return 'keychain';
  // Chromium on Windows always encrypts with DPAPI: the flags change nothing there.
  if (platform === 'win32') return 'dpapi';
  const desktop = `${env.XDG_CURRENT_DESKTOP ?? ''}:${env.DESKTOP_SESSION ?? ''}`.toLowerCase();
  const kde = desktop.includes('kde') || desktop.includes('plasma');
  if (busNames !== null) {
    if (kde && busNames.includes('org.kde.kwalletd6')) return 'kwallet6';
    if (kde && busNames.includes('org.kde.kwalletd5')) return 'kwallet5';
    if (busNames.includes('org.freedesktop.secrets')) return 'gnome-libsecret';
    return 'basic';
  }
  // The bus could not be asked: go by the desktop, as Chromium itself does, but only with a bus to reach it on.
  if ((env.DBUS_SESSION_BUS_ADDRESS ?? '') === '') return 'basic';
  if (kde && env.KDE_SESSION_VERSION === '6') return 'kwallet6';
  if (kde && env.KDE_SESSION_VERSION === '5') return 'kwallet5';
  if (SECRET_SERVICE_DESKTOPS.test(desktop)) return 'gnome-libsecret';
  return 'basic';
}

/** Why a profile uses the fixed key, when it does. */
export type BasicBecause = 'no-keychain' | 'older-profile';

/** What to tell the person about how their sessions are protected; null when the keychain does it. */
export function passwordStoreNotice(
  store: PasswordStore, because: BasicBecause | null, profileDir: string, platform: NodeJS.Platform = process.platform,
): string | null {
  // Windows encrypts every profile with DPAPI, whatever the flags said.
  if (store !== 'basic' || platform === 'win32') return null;
  if (because === 'older-profile') {
    return 'This account was signed in before Chaperone used your keychain, so its signed-in session is protected only by ' +
      "your user account's file permissions. To protect it with your keychain, remove the account (or delete the folder " +
      `${profileDir}) and sign in again.`;
  }
  return "This computer has no keychain Chaperone can use, so your signed-in sessions are protected only by your user account's file permissions.";
}
