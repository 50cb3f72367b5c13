import type { Page } from 'puppeteer-core';
import type { Observation } from '../../types.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import { waitForOwnAccountFrame } from './open-settings.ts';
import { withoutForeignDialogs } from './page-toggles.ts';
import { X_PROFILE_LINK_NAME } from './x-labels.ts';

/** The side navigation's "Profile" link goes to /<handle>: the handle, read from the page. */
export async function readProfileLinkHandle(page: Page): Promise<Observation | null> {
  const tree = withoutForeignDialogs(await page.accessibility.snapshot({ interestingOnly: false }));
  const links = findAxNodes(tree, (node) => node.role === 'link' && node.name !== undefined && X_PROFILE_LINK_NAME.test(node.name.trim()));
  const [link] = links;
  if (link?.url === undefined || links.length > 1) return null;
  const handle = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(new URL(link.url, 'https://x.com').pathname)?.[1];
  return handle === undefined ? null : {
    setting: 'screen_name', value: handle, source: 'accessibility-tree',
    evidence: 'x.com side navigation link "Profile" (accessibility tree)', readAt: new Date().toISOString(),
  };
}

/**
 * The handle when X's settings data left it out: from the side navigation X draws for the signed-in
 * person, waited for up to the deadline. Null when the page never showed it.
 */
export async function waitForProfileLinkHandle(page: Page, signal: AbortSignal, timeoutMs: number): Promise<Observation | null> {
  try {
    await waitForOwnAccountFrame(page, signal, timeoutMs);
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
  return readProfileLinkHandle(page);
}
