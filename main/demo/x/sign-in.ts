import type { Page } from 'puppeteer-core';

export interface XCredentials { username: string; password: string }

/**
 * Signs in through https://x.com/i/flow/login the way a person would: type the username, Next, type
 * the password, Log in. Resolves once X has moved on from the login page; throws with X's own message
 * (e.g. "Wrong password!") when it refuses.
 */
export async function signInToX(page: Page, credentials: XCredentials, timeout = 15_000): Promise<void> {
  await page.goto('https://x.com/i/flow/login', { waitUntil: 'domcontentloaded', timeout });
  await page.locator('input[autocomplete="username"]').setTimeout(timeout).fill(credentials.username);
  await page.locator('::-p-aria([name="Next"][role="button"])').setTimeout(timeout).click();
  await expect(page, 'password', timeout);
  await page.locator('input[name="password"]').setTimeout(timeout).fill(credentials.password);
  await page.locator('[data-testid="LoginForm_Login_Button"]').setTimeout(timeout).click();
  await expect(page, 'left-login', timeout);
}

/** Waits for the next step or X's refusal toast; a waiting task survives the page navigating. */
async function expect(page: Page, wanted: 'password' | 'left-login', timeout: number): Promise<void> {
  const handle = await page.waitForFunction((step: string) => {
    const toast = document.querySelector('[data-testid="toast"]');
    if (toast) return `refused:${toast.textContent}`;
    if (step === 'password') return document.querySelector('input[name="password"]') ? 'ok' : false;
    return location.pathname === '/i/flow/login' ? false : 'ok';
  }, { timeout, polling: 100 }, wanted);
  const outcome = await handle.jsonValue();
  await handle.dispose();
  if (typeof outcome === 'string' && outcome.startsWith('refused:')) {
    throw new Error(`X refused the sign-in: ${outcome.slice('refused:'.length).trim()}`);
  }
}
