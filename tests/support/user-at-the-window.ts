/**
 * Stands in for the person at the sign-in window. In the app, "Sign in" and "Open this setting"
 * open the account's own profile as an ordinary browser window and wait until the user closes it;
 * here the same profile is opened (same keychain flags, same host mapping) and the test's `user`
 * does what a person would there: sign in, or change a setting on the platform's own page.
 */
import type { Page } from 'puppeteer-core';
import { launchAuditBrowser } from '../../main/engine/browser/launch.ts';
import { profileDirFor } from '../../main/engine/browser/profiles.ts';
import type { EngineClient, EngineMethod, EngineParams, EngineResults, SignInRequest } from '../../main/engine/host/protocol.ts';

export interface UserAtTheWindow {
  /** On the platform's sign-in page: sign in. */
  signIn(page: Page): Promise<void>;
  /** On a settings page the app opened: change what the user means to change. */
  changeSetting(page: Page, url: string): Promise<void>;
}

export interface WindowLog { opened: { accountId: string; url: string | null }[] }

/** The real engine, except that its sign-in window is driven by `user` instead of a person. */
export function withUserAtTheWindow(engine: EngineClient, user: UserAtTheWindow): EngineClient & WindowLog {
  const opened: WindowLog['opened'] = [];
  const actAsUser = async (params: SignInRequest): Promise<{ exitCode: number | null }> => {
    opened.push({ accountId: params.account.id, url: params.url ?? null });
    const browser = await launchAuditBrowser({
      executablePath: params.browserPath ?? '/usr/bin/chromium', profileDir: profileDirFor(params.dataDir, params.account),
      extraArgs: params.extraBrowserArgs,
    });
    try {
      const page = await browser.newPage();
      if (params.url === undefined) await user.signIn(page);
      else await user.changeSetting(page, params.url);
    } finally {
      await browser.close();
    }
    return { exitCode: 0 };
  };
  return {
    opened,
    call: <M extends EngineMethod>(method: M, params: EngineParams<M>): Promise<EngineResults[M]> => (method === 'sign-in.open'
      ? actAsUser(params as SignInRequest) as Promise<EngineResults[M]>
      : engine.call(method, params)),
    onProgress: (listener) => engine.onProgress(listener),
    stop: () => engine.stop(),
  };
}
