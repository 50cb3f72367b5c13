/** Moving through a page the way a keyboard user does: Tab until the control has focus, never a click. */
import type { Locator, Page } from 'playwright-core';

/** Presses Tab (at most `limit` times) until `target` has focus; throws if the keyboard cannot reach it. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  await target.waitFor();
  const handle = await target.elementHandle();
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`The keyboard could not reach ${target.toString()} within ${String(limit)} presses of Tab.`);
}

/** Tab to a control, then press a key on it (Enter for links and buttons, Space for radios). */
export async function activate(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
