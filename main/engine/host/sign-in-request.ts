/** `sign-in.open`: the account's own profile as a plain browser window, until the user closes it. */
import { chooseBrowser, systemBrowserInputs } from '../browser/find-browsers.ts';
import { profileDirFor } from '../browser/profiles.ts';
import { openSignInWindow } from '../browser/sign-in.ts';
import { READERS } from '../platforms/index.ts';
import { EngineRequestError } from './error-message.ts';
import type { SignInRequest } from './protocol.ts';

export async function openSignInRequest(params: SignInRequest, signal: AbortSignal): Promise<{ exitCode: number | null }> {
  const { platform } = params.account;
  const reader = READERS.find((r) => r.platform === platform);
  if (reader === undefined) {
    throw new EngineRequestError(
      `Chaperone cannot read ${platform} accounts yet, so it has no sign-in page for them. It can read: ${READERS.map((r) => r.platform).join(', ')}.`,
    );
  }
  const profileDir = profileDirFor(params.dataDir, params.account);
  const browser = chooseBrowser({ ...systemBrowserInputs(), override: params.browserPath ?? undefined });
  const { exitCode } = await openSignInWindow({
    executablePath: browser.executablePath, profileDir, url: reader.signInUrl, extraArgs: params.extraBrowserArgs, signal,
  });
  return { exitCode };
}
