/**
 * Starts the audit browser with puppeteer-core on an account's own profile, hidden by default or
 * in a visible window, presenting as the installed browser (docs/automation.md).
 * Pipe transport: no debugging port that another local program could connect to.
 */
import type { Browser } from 'puppeteer-core';
import { launchWithin } from './bounded-launch.ts';
import { everydayProfiles, systemBrowserInputs } from './find-browsers.ts';
import { installedIdentity } from './installed-identity.ts';
import { auditBrowserArgs } from './launch-args.ts';
import { noDisplayReason, NoWindowError } from './no-window.ts';
import { presentEveryPage } from './present-pages.ts';
import { IGNORED_DEFAULT_ARGS } from './presentation-args.ts';
import { assertNotDefaultUserDataDir, prepareProfileDir } from './profiles.ts';
import { resolverLockArgs } from './resolver-lock.ts';
import { systemLanguages } from './system-language.ts';

export { auditBrowserArgs };

export interface AuditBrowserOptions {
  executablePath: string;
  /** The account's profile dir; null gives a throw-away temp profile (stranger view, demo). */
  profileDir: string | null;
  extraArgs: readonly string[];
  /** Default true. False opens a visible window (--show-browser). */
  headless?: boolean;
  /** A visible window's title, e.g. "Chaperone — reading X", so the person knows whose window it is. */
  windowTitle?: string;
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
  const headless = options.headless ?? true;
  const extraArgs = options.hosts === undefined ? options.extraArgs : resolverLockArgs(options.hosts, options.extraArgs);
  if (profileDir !== null) {
    // Every known everyday profile, installed or not: the chosen browser may be at a custom path.
    assertNotDefaultUserDataDir(profileDir, everydayProfiles(systemBrowserInputs()));
  }
  if (!headless) {
    const why = noDisplayReason(extraArgs, process.env, process.platform,
      'Run Chaperone from your desktop session, or read without the window showing.');
    if (why !== null) throw new NoWindowError(executablePath, why);
  }
  if (profileDir !== null) await prepareProfileDir(profileDir);
  const languages = systemLanguages();
  // A visible window already sends the installed browser's own user agent.
  const identity = headless ? await installedIdentity(executablePath, options.launchTimeoutMs) : null;
  const browser = await launchWithin({
    executablePath,
    pipe: true,
    headless,
    ignoreDefaultArgs: [...IGNORED_DEFAULT_ARGS],
    // Pages take the window's size, not puppeteer's 800×600.
    defaultViewport: null,
    ...(profileDir === null ? {} : { userDataDir: profileDir }),
    args: auditBrowserArgs({
      extraArgs, profileDir,
      presentation: { headless, userAgent: identity?.userAgent ?? null, languages, windowTitle: options.windowTitle },
    }),
  }, options.launchTimeoutMs);
  if (identity !== null) presentEveryPage(browser, { ...identity, languages });
  return browser;
}
