/**
 * The sign-in window: the account's profile opened as a normal browser window, with no
 * automation or debugging flags, so that sites (Google above all) allow signing in. It uses the
 * same keychain flags as the audit browser, so the audit can read the cookies it leaves behind.
 */
import { spawn } from 'node:child_process';
import { BrowserLaunchError } from './errors.ts';
import { everydayProfiles, systemBrowserInputs } from './find-browsers.ts';
import { KEYCHAIN_ARGS, runningAsRoot } from './launch-args.ts';
import { assertNotDefaultUserDataDir, prepareProfileDir } from './profiles.ts';

export interface SignInOptions {
  executablePath: string;
  profileDir: string;
  url: string;
  /** The user's --browser-arg values (and, in tests, host-resolver rules). */
  extraArgs: readonly string[];
  /** Defaults to whether this process runs as root (Chromium will not start as root with its sandbox). */
  asRoot?: boolean;
}

export interface SignInExit {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

/** Flags that mark a browser as automated; sites then refuse to let the user sign in. */
const AUTOMATION_FLAG = /^--(enable-automation|remote-debugging-)/;

export function signInCommand(options: SignInOptions): { command: string; args: string[] } {
  const automation = options.extraArgs.find((arg) => AUTOMATION_FLAG.test(arg));
  if (automation !== undefined) {
    throw new Error(
      `The browser flag ${automation} cannot be used for signing in: sites refuse sign-in from a browser under automation.`,
    );
  }
  return {
    command: options.executablePath,
    args: [
      `--user-data-dir=${options.profileDir}`,
      ...KEYCHAIN_ARGS,
      '--no-first-run',
      '--new-window',
      ...((options.asRoot ?? runningAsRoot()) ? ['--no-sandbox'] : []),
      ...options.extraArgs,
      options.url,
    ],
  };
}

/**
 * Opens the sign-in window and resolves when the user closes it (the browser process exits).
 * Aborting `signal` closes the window.
 */
export async function openSignInWindow(options: SignInOptions & { signal?: AbortSignal }): Promise<SignInExit> {
  const { command, args } = signInCommand(options);
  assertNotDefaultUserDataDir(options.profileDir, everydayProfiles(systemBrowserInputs()));
  // A second browser on an open profile would hand the URL to the first one and exit at once.
  await prepareProfileDir(options.profileDir);
  return new Promise<SignInExit>((resolve, reject) => {
    const child = spawn(command, args, {
      detached: false,
      stdio: 'ignore',
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      // An abort is the caller closing the window on purpose; 'exit' reports it.
      if (error.name !== 'AbortError') reject(new BrowserLaunchError(command, error));
    });
    child.once('exit', (exitCode, signal) => {
      resolve({ exitCode, signal });
    });
  });
}

