/**
 * `sign-in.open`: the account's own profile as a plain browser window, until the user closes it.
 * It opens the platform's sign-in page, or a settings page of the platform's own site.
 */
import { hostAllowed } from '../browser/allow-list.ts';
import { chooseBrowser, systemBrowserInputs } from '../browser/find-browsers.ts';
import { passwordStoreNotice } from '../browser/password-store.ts';
import { profileDirFor } from '../browser/profiles.ts';
import { openSignInWindow } from '../browser/sign-in.ts';
import { READERS } from '../platforms/index.ts';
import type { PlatformReader } from '../types.ts';
import { EngineRequestError } from './error-message.ts';
import type { EngineResults, SignInRequest } from './protocol.ts';

/**
 * Resolves when the window closes, with what to tell the person about how the session they
 * signed in is protected (null when the system keychain protects it).
 */
export async function openSignInRequest(params: SignInRequest, signal: AbortSignal): Promise<EngineResults['sign-in.open']> {
  const { platform } = params.account;
  const reader = READERS.find((r) => r.platform === platform);
  if (reader === undefined) {
    throw new EngineRequestError(
      `Chaperone cannot read ${platform} accounts yet, so it has no sign-in page for them. It can read: ${READERS.map((r) => r.platform).join(', ')}.`,
    );
  }
  const url = params.url === undefined ? reader.signInUrl : ownPage(params.url, reader);
  const profileDir = profileDirFor(params.dataDir, params.account);
  const browser = chooseBrowser({ ...systemBrowserInputs(), override: params.browserPath ?? undefined });
  let notice: string | null = null;
  const { exitCode } = await openSignInWindow({
    executablePath: browser.executablePath, profileDir, url, extraArgs: params.extraBrowserArgs, signal,
    onReady: ({ store, because }) => { notice = passwordStoreNotice(store, because, profileDir); },
  });
  return { exitCode, notice };
}

/** The signed-in window may show only secure pages of the platform's own site; the address is not echoed back. */
export function ownPage(address: string, reader: PlatformReader): string {
  let url: URL | null;
  try { url = new URL(address); } catch { url = null; }
  if (url === null || url.protocol !== 'https:' || url.username !== '' || url.password !== '' || !hostAllowed(url.hostname, reader.hosts)) {
    throw new EngineRequestError(
      `Chaperone opens only secure (https) pages of the ${reader.platform} site itself in this browser window, and that address is not one of them.`,
    );
  }
  return url.href;
}
