import type { OpenAccountBrowser } from '../engine/audit/runner.ts';
import type { AccountSpec } from '../engine/types.ts';
import type { EmulatorCookie } from './types.ts';

/**
 * Opens accounts as if the user had signed in once: before the reader's first page is handed
 * over, the profile gets the session cookies the platform's login page sets
 * (tests/integration/emulators covers signing in through the form itself).
 */
export function signedInOpener(open: OpenAccountBrowser, cookiesFor: (account: AccountSpec) => EmulatorCookie[]): OpenAccountBrowser {
  return async (account, reader, platformName) => {
    const opened = await open(account, reader, platformName);
    let signedIn = false;
    return {
      ...opened,
      newPage: async () => {
        const page = await opened.newPage();
        if (!signedIn) {
          await page.browser().setCookie(...cookiesFor(account));
          signedIn = true;
        }
        return page;
      },
    };
  };
}
