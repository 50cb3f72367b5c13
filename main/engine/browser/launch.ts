/**
 * Starts the headless audit browser with puppeteer-core on an account's own profile.
 * Pipe transport: no debugging port that another local program could connect to.
 */
import type { Browser } from 'puppeteer-core';
import { launchWithin } from './bounded-launch.ts';
import { everydayProfiles, systemBrowserInputs } from './find-browsers.ts';
import { auditBrowserArgs } from './launch-args.ts';
import { assertNotDefaultUserDataDir, prepareProfileDir } from './profiles.ts';
import { resolverLockArgs } from './resolver-lock.ts';

export { auditBrowserArgs };

export interface AuditBrowserOptions {
  executablePath: string;
  /** The account's profile dir; null gives a throw-away temp profile (stranger view, demo). */
  profileDir: string | null;
  extraArgs: readonly string[];
  /** Default true. */
  headless?: boolean;
  /**
   * The platform's hosts (exact or "*.domain"). When given, no other name resolves in this
   * browser at all: a backstop for what guardPage cannot see (WebSockets, service workers).
   */
  hosts?: readonly string[];
  /** How long the browser may take to start; it is killed after that. */
  launchTimeoutMs?: number;
}

/**
 * Throws ProfileDirError for an everyday browser profile, ProfileInUseError when the profile is
 * open in another window, BrowserLaunchError when the browser will not start or does not answer
 * within the launch timeout (it is then killed). Close it with closeWithin.
 */
export async function launchAuditBrowser(options: AuditBrowserOptions): Promise<Browser> {
  const { executablePath, profileDir } = options;
  const extraArgs = options.hosts === undefined ? options.extraArgs : resolverLockArgs(options.hosts, options.extraArgs);
  if (profileDir !== null) {
    // Every known everyday profile, installed or not: the chosen browser may be at a custom path.
    assertNotDefaultUserDataDir(profileDir, everydayProfiles(systemBrowserInputs()));
    await prepareProfileDir(profileDir);
  }
  return launchWithin({
    executablePath,
    pipe: true,
    headless: options.headless ?? true,
    ...(profileDir === null ? {} : { userDataDir: profileDir }),
    args: auditBrowserArgs({ extraArgs, profileDir }),
  }, options.launchTimeoutMs);
}
