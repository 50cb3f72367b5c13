import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import { findToggle } from '../read-helpers/read-toggle.ts';
import type { AxNode, ToggleReading } from '../read-helpers/read-toggle.ts';
import { X_FOREIGN_DIALOG_ROLES } from './x-labels.ts';
import type { XToggleLabel } from './x-labels.ts';

const ROLES = ['checkbox', 'switch'] as const;

/**
 * Reads the wanted switches from the page's accessibility tree, by role and accessible name,
 * looking again until each is found or `settleMs` has passed (a page draws its rows one by one).
 * Dialogs the reader did not open (a cookie banner) are left out: a switch in one is never read.
 */
export async function readPageToggles(
  page: Page, wanted: readonly XToggleLabel[], signal: AbortSignal, settleMs: number,
): Promise<Map<XToggleLabel, ToggleReading>> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    const tree = withoutForeignDialogs(await page.accessibility.snapshot({ interestingOnly: false }));
    const readings = new Map(wanted.map((toggle) => [toggle, findToggle(tree, { role: ROLES, name: toggle.name })]));
    const missing = [...readings.values()].some((reading) => !reading.found && reading.why === 'missing');
    if (!missing || Date.now() >= deadline) return readings;
    await delay(250, undefined, { signal });
  }
}

/** The tree without the subtrees of dialogs: the reader opens none, so none holds its settings. */
export function withoutForeignDialogs(node: AxNode | null): AxNode | null {
  if (node === null || (X_FOREIGN_DIALOG_ROLES as readonly string[]).includes(node.role)) return null;
  if (node.children === undefined) return node;
  return { ...node, children: node.children.flatMap((child) => withoutForeignDialogs(child) ?? []) };
}
