import type { Page } from 'puppeteer-core';

export interface ThreadsCredentials { username: string; password: string }

/**
 * Logs in through https://www.threads.com/login as a person would: Instagram username and
 * password, then "Log in". Resolves once Threads has moved on from the login page; throws with
 * Threads' own message when it refuses.
 */
export async function signInToThreads(page: Page, credentials: ThreadsCredentials, timeout = 15_000): Promise<void> {
  await page.goto('https://www.threads.com/login', { waitUntil: 'domcontentloaded', timeout });
  await page.locator('::-p-aria([name="Username, phone or email"])').setTimeout(timeout).fill(credentials.username);
  await page.locator('::-p-aria([name="Password"])').setTimeout(timeout).fill(credentials.password);
  await page.locator('::-p-aria([name="Log in"][role="button"])').setTimeout(timeout).click();
  const handle = await page.waitForFunction(() => {
    const alert = document.querySelector<HTMLElement>('[role=alert]');
    if (alert !== null && !alert.hidden) return `refused:${alert.textContent}`;
    return location.pathname.startsWith('/login') ? false : 'ok';
  }, { timeout, polling: 100 });
  const outcome = await handle.jsonValue();
  await handle.dispose();
  if (typeof outcome === 'string' && outcome.startsWith('refused:')) {
    throw new Error(`Threads refused the log-in: ${outcome.slice('refused:'.length).trim()}`);
  }
}
