import type { OpenAccountBrowser } from '../../main/engine/audit/runner.ts';
import type { AccountSpec } from '../../main/engine/types.ts';
import type { EmulatorCookie } from './x/index.ts';

/**
 * Opens accounts as if the user had signed in once: the profile gets the session cookies the
 * platform's login page sets (tests/integration/emulators covers signing in through the form).
 */
export function signedInOpener(open: OpenAccountBrowser, cookiesFor: (account: AccountSpec) => EmulatorCookie[]): OpenAccountBrowser {
  return async (account, reader) => {
    const opened = await open(account, reader);
    const page = await opened.newPage();
    try {
      await page.browser().setCookie(...cookiesFor(account));
    } finally {
      await page.close();
    }
    return opened;
  };
}
