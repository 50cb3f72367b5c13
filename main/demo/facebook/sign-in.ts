import type { Page } from 'puppeteer-core';

export interface FacebookCredentials { email: string; password: string }

/**
 * Signs in through https://www.facebook.com/login/ as a person would: type the email and the
 * password, press "Log in". Resolves once Facebook has left the login page; throws with
 * Facebook's own message (e.g. "The password that you've entered is incorrect.") when it refuses.
 */
export async function signInToFacebook(page: Page, credentials: FacebookCredentials, timeout = 15_000): Promise<void> {
  await page.goto('https://www.facebook.com/login/', { waitUntil: 'domcontentloaded', timeout });
  await page.locator('input[name="email"]').setTimeout(timeout).fill(credentials.email);
  await page.locator('input[name="pass"]').setTimeout(timeout).fill(credentials.password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout }),
    page.locator('::-p-aria([name="Log in"][role="button"])').setTimeout(timeout).click(),
  ]);
  const refusal = await page.$eval('[role="alert"]', (alert) => alert.textContent).catch(() => null);
  if (refusal !== null) throw new Error(`Facebook refused the sign-in: ${refusal.trim()}`);
  if (new URL(page.url()).pathname.startsWith('/login')) throw new Error('Facebook kept the browser on its login page.');
}
