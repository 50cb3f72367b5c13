import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';

/** Dialogs the reader did not open (LinkedIn's reader opens none): cookie notices and the like. */
const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

/** The page's accessibility tree without any dialog in it: a dialog's controls are never settings. */
export async function treeOutsideDialogs(page: Page): Promise<AxNode | null> {
  return withoutDialogs(await page.accessibility.snapshot({ interestingOnly: false }));
}

export function withoutDialogs(node: AxNode | null): AxNode | null {
  if (node === null || DIALOG_ROLES.has(node.role)) return null;
  if (node.children === undefined) return node;
  return { ...node, children: node.children.flatMap((child) => { const kept = withoutDialogs(child); return kept === null ? [] : [kept]; }) };
}

/** True when the tree holds a node of one of these roles whose name one of the patterns accepts. */
export function hasNamed(tree: AxNode | null, roles: readonly string[], names: readonly RegExp[]): boolean {
  return findAxNodes(tree, (node) => roles.includes(node.role) && node.name !== undefined
    && names.some((name) => name.test(node.name?.trim() ?? ''))).length > 0;
}

export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText).catch(() => '');
}

/**
 * Looks at the page again and again (LinkedIn's app draws its content, and its notices, by script
 * after load) until `look` gives an answer, up to the deadline. Only the deadline is a timeout.
 */
export async function waitOnPage<T>(look: () => Promise<T | null>, options: { timeoutMs: number; signal: AbortSignal; what: string }): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const answer = await look();
    if (answer !== null) return answer;
    if (Date.now() >= deadline) {
      const error = new Error(`${options.what} did not appear within ${String(options.timeoutMs)} ms.`);
      error.name = 'TimeoutError';
      throw error;
    }
    await delay(200, undefined, { signal: options.signal });
  }
}
