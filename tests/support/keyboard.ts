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

/**
 * Chooses a radio as a keyboard user does: Tab into its group (which lands on the checked radio, or
 * the first), then the arrow keys to it, then Space. Tab alone never reaches the other radios.
 */
export async function chooseRadio(page: Page, target: Locator, limit = 60): Promise<void> {
  await target.waitFor();
  const name = await target.getAttribute('name');
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((group) => (document.activeElement as HTMLInputElement | null)?.name === group, name)) break;
    await page.keyboard.press('Tab');
  }
  const handle = await target.elementHandle();
  for (let presses = 0; presses < 10; presses++) {
    if (await page.evaluate((element) => document.activeElement === element, handle)) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The keyboard could not reach ${target.toString()} in its radio group.`);
}
