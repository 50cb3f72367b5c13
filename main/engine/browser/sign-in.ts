/**
 * The sign-in window: the account's profile opened as a normal browser window, with no
 * automation or debugging flags, so that sites (Google above all) allow signing in. It uses the
 * password store recorded for the profile, as the audit browser does, so the audit can read the
 * cookies it leaves behind.
 */
import { spawn } from 'node:child_process';
import { browserEnvironment } from './browser-env.ts';
import { BrowserLaunchError } from './errors.ts';
import { everydayProfiles, systemBrowserInputs } from './find-browsers.ts';
import { runningAsRoot, WEBRTC_ARGS } from './launch-args.ts';
import { earlyExitReason, lastErrorLine, noDisplayReason, NoWindowError } from './no-window.ts';
import { recordedPasswordStore, type StoreChoice } from './password-store-marker.ts';
import { passwordStoreArgs, type PasswordStore } from './password-store.ts';
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

function refuseAutomationFlags(extraArgs: readonly string[]): void {
  const automation = extraArgs.find((arg) => AUTOMATION_FLAG.test(arg));
  if (automation !== undefined) {
    throw new Error(
      `The browser flag ${automation} cannot be used for signing in: sites refuse sign-in from a browser under automation.`,
    );
  }
}

export function signInCommand(options: SignInOptions & { passwordStore: PasswordStore }): { command: string; args: string[] } {
  refuseAutomationFlags(options.extraArgs);
  return {
    command: options.executablePath,
    args: [
      `--user-data-dir=${options.profileDir}`,
      ...passwordStoreArgs(options.passwordStore),
      ...WEBRTC_ARGS,
      '--no-first-run',
      '--new-window',
      ...((options.asRoot ?? runningAsRoot()) ? ['--no-sandbox'] : []),
      ...options.extraArgs,
      options.url,
    ],
  };
}

export interface OpenSignInOptions extends SignInOptions {
  signal?: AbortSignal;
  /** Told, once the profile is ready and before the window opens, how its sessions will be protected. */
  onReady?: (choice: StoreChoice) => void;
  /**
   * Refuse at once when Linux has no display to show the window on (the CLI; the desktop app has
   * one by definition). `env` and `platform` default to this process's.
   */
  requireDisplay?: boolean;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/**
 * Opens the sign-in window and resolves when the user closes it (the browser process exits).
 * Aborting `signal` closes the window. Throws NoWindowError when no window can open (no display,
 * when asked to check) or the browser stops at once with an error.
 */
export async function openSignInWindow(options: OpenSignInOptions): Promise<SignInExit> {
  refuseAutomationFlags(options.extraArgs);
  assertNotDefaultUserDataDir(options.profileDir, everydayProfiles(systemBrowserInputs()));
  // A second browser on an open profile would hand the URL to the first one and exit at once.
  await prepareProfileDir(options.profileDir);
  if (options.requireDisplay === true) {
    const noDisplay = noDisplayReason(options.extraArgs, options.env ?? process.env, options.platform ?? process.platform);
    if (noDisplay !== null) throw new NoWindowError(options.executablePath, noDisplay);
  }
  const choice = recordedPasswordStore(options.profileDir);
  const { command, args } = signInCommand({ ...options, passwordStore: choice.store });
  options.onReady?.(choice);
  const started = Date.now();
  return new Promise<SignInExit>((resolve, reject) => {
    const child = spawn(command, args, {
      detached: false,
      env: browserEnvironment(),
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    // Only the tail is kept: enough to say why a browser stopped at once.
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-4000); });
    child.once('error', (error: NodeJS.ErrnoException) => {
      // An abort is the caller closing the window on purpose; 'exit' reports it.
      if (error.name !== 'AbortError') reject(new BrowserLaunchError(command, error));
    });
    child.once('exit', (exitCode, signal) => {
      const elapsed = Date.now() - started;
      if (options.signal?.aborted === true || earlyExitReason({ exitCode, signal }, elapsed, '') === null) {
        resolve({ exitCode, signal });
        return;
      }
      // Its last words may still be in the pipe (and a helper process may hold it open): wait briefly.
      const fail = (): void => { reject(new NoWindowError(command, earlyExitReason({ exitCode, signal }, elapsed, lastErrorLine(stderr)) ?? '')); };
      if (child.stderr.readableEnded) {
        fail();
        return;
      }
      const timer = setTimeout(fail, 300);
      child.stderr.once('end', () => { clearTimeout(timer); fail(); });
    });
  });
}
