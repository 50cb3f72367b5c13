/**
 * Takes a cookie-consent dialog off the reader's copy of the page without answering it. Pressing
 * any of its buttons would record a choice with the platform (Meta keeps cookie choices with the
 * signed-in account), and Chaperone changes nothing on an account. So the dialog, and the overlay
 * that holds it, is removed from this page only (and the page behind it made readable again):
 * nothing is sent, and the next page may show it again. A dialog is never read as a setting either way.
 */
import type { Page } from 'puppeteer-core';

/**
 * Sets aside every dialog with a button whose words match `decline` (the consent dialog's
 * "Decline optional cookies" and its variants: a wording only a cookie dialog has). Returns true
 * when one was set aside.
 */
export async function setAsideConsentDialog(page: Page, decline: RegExp): Promise<boolean> {
  return page.evaluate((source: string, flags: string) => {
    const words = new RegExp(source, flags);
    let setAside = false;
    for (const dialog of document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"], dialog')) {
      const buttons = [...dialog.querySelectorAll<HTMLElement>('button, [role="button"]')];
      if (!buttons.some((b) => words.test((b.getAttribute('aria-label') ?? b.innerText).replace(/\s+/g, ' ').trim()))) continue;
      // The overlay around it goes too: wrappers that hold nothing but the dialog.
      let outer: HTMLElement = dialog;
      while (outer.parentElement !== null && outer.parentElement !== document.body && outer.parentElement.children.length === 1) {
        outer = outer.parentElement;
      }
      outer.remove();
      setAside = true;
    }
    // A modal dialog leaves the page behind it inert or hidden from assistive technology: undo that.
    if (setAside) {
      for (const behind of document.body.children) {
        if (!(behind instanceof HTMLElement)) continue;
        behind.inert = false;
        if (behind.getAttribute('aria-hidden') === 'true') behind.removeAttribute('aria-hidden');
      }
    }
    return setAside;
  }, decline.source, decline.flags);
}
