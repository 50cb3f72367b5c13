import type { Page } from 'puppeteer-core';

export interface LinkedInCredentials { email: string; password: string }

/**
 * Signs in through https://www.linkedin.com/login the way a person would: email, password, Sign in.
 * Resolves once LinkedIn has moved on to the feed; throws with LinkedIn's own message when it refuses.
 */
export async function signInToLinkedIn(page: Page, credentials: LinkedInCredentials, timeout = 15_000): Promise<void> {
  await page.goto('https://www.linkedin.com/login', { waitUntil: 'domcontentloaded', timeout });
  await page.locator('input[autocomplete="username"]').setTimeout(timeout).fill(credentials.email);
  await page.locator('input[autocomplete="current-password"]').setTimeout(timeout).fill(credentials.password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout }),
    page.locator('::-p-aria([name="Sign in"][role="button"])').setTimeout(timeout).click(),
  ]);
  const refusal = await page.$eval('body', (body) => body.querySelector('[role="alert"]')?.textContent ?? null);
  if (refusal !== null) throw new Error(`LinkedIn refused the sign-in: ${refusal.trim()}`);
}
