/** Command-line flags shared by the audit browser and the sign-in window. */

/**
 * How the profile's cookies are encrypted. Sign-in and every audit of a profile must use the
 * SAME flags, or cookies written by one cannot be read by the other and the account looks
 * signed out (macOS Keychain / Linux keyring vs the fixed "basic" key).
 */
export const KEYCHAIN_ARGS: readonly string[] = ['--use-mock-keychain', '--password-store=basic'];

/** Keep the browser from talking to anything but the pages it is asked to open. */
export const QUIET_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Flags for the headless audit browser; extraArgs (user's --browser-arg, tests' host rules) come last. */
export function auditBrowserArgs(options: { extraArgs: readonly string[]; asRoot?: boolean }): string[] {
  const asRoot = options.asRoot ?? runningAsRoot();
  return [
    ...KEYCHAIN_ARGS,
    ...QUIET_ARGS,
    // Chromium's sandbox cannot run as root; only then do without it.
    ...(asRoot ? ['--no-sandbox'] : []),
    '--blink-settings=imagesEnabled=false',
    ...options.extraArgs,
  ];
}
