import type { Page } from 'puppeteer-core';

export interface InstagramCredentials { username: string; password: string }

/**
 * Signs in through https://www.instagram.com/accounts/login/ as a person would: type the
 * username and password, press "Log in". Resolves once Instagram has left the login page; throws
 * with Instagram's own message when it refuses.
 */
export async function signInToInstagram(page: Page, credentials: InstagramCredentials, timeout = 15_000): Promise<void> {
  await page.goto('https://www.instagram.com/accounts/login/', { waitUntil: 'domcontentloaded', timeout });
  await page.locator('::-p-aria([name="Phone number, username, or email"][role="textbox"])').setTimeout(timeout).fill(credentials.username);
  await page.locator('::-p-aria([name="Password"])').setTimeout(timeout).fill(credentials.password);
  await page.locator('::-p-aria([name="Log in"][role="button"])').setTimeout(timeout).click();
  const handle = await page.waitForFunction(() => {
    const refusal = document.querySelector('#slfErrorAlert:not([hidden])');
    if (refusal) return `refused:${refusal.textContent}`;
    return location.pathname.startsWith('/accounts/login') ? false : 'ok';
  }, { timeout, polling: 100 });
  const outcome = await handle.jsonValue();
  await handle.dispose();
  if (typeof outcome === 'string' && outcome.startsWith('refused:')) {
    throw new Error(`Instagram refused the sign-in: ${outcome.slice('refused:'.length).trim()}`);
  }
}
