import { chooseBrowser, systemBrowserInputs } from '../engine/browser/find-browsers.ts';
import { passwordStoreNotice } from '../engine/browser/password-store.ts';
import { profileDirFor } from '../engine/browser/profiles.ts';
import { openSignInWindow } from '../engine/browser/sign-in.ts';
import { READERS } from '../engine/platforms/index.ts';
import { accountIdFromLabel } from './accounts-arg.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { commonOptions, type ParsedArgs } from './options.ts';

/**
 * `chaperone sign-in <platform> --label <label>`: opens the account's own profile as a plain
 * browser window on the platform's login page and waits until the user closes it.
 */
export async function signInCommandLine(
  rest: string[], values: ParsedArgs['values'], env: NodeJS.ProcessEnv, io: CliIo, signal: AbortSignal,
): Promise<number> {
  const [platform, ...extra] = rest;
  const supported = READERS.map((r) => r.platform);
  const reader = READERS.find((r) => r.platform === platform);
  if (platform === undefined || reader === undefined) {
    throw new UsageError(`Say which platform to sign in to: chaperone sign-in <platform> --label <label>. Chaperone can audit: ${supported.join(', ')}.`);
  }
  if (extra.length > 0) throw new UsageError(`"chaperone sign-in" takes one platform, not: ${rest.join(' ')}`);
  const label = values.label?.trim() ?? '';
  if (label === '') throw new UsageError(`Give the account a label, e.g. chaperone sign-in ${platform} --label "Personal ${platform}".`);
  const id = accountIdFromLabel(label);
  const options = commonOptions(values, env);
  const browser = chooseBrowser({ ...systemBrowserInputs(), override: options.browser });
  const profileDir = profileDirFor(options.dataDir, { id, platform: reader.platform });
  // Throws NoWindowError (exit 4) when no window could open: nothing was signed in, so nothing is "kept".
  await openSignInWindow({
    executablePath: browser.executablePath, profileDir, url: reader.signInUrl, extraArgs: options.browserArgs, signal, env, requireDisplay: true,
    onReady: ({ store, because }) => {
      io.err(`Opening ${browser.name} on ${reader.signInUrl}.\nSign in, then close the window to come back here.\n`);
      const notice = passwordStoreNotice(store, because, profileDir);
      if (notice !== null) io.err(`${notice}\n`);
    },
  });
  io.out(`Signed-in browser profile kept for "${label}". Audit it with:\n  chaperone audit --name "<your registered name>" --account ${reader.platform}:personal:"${label}"\n(use professional instead of personal for an account that is public on purpose)\n`);
  return EXIT.ok;
}
