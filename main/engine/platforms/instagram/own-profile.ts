import type { Page } from 'puppeteer-core';
import type { Identity } from '../../types.ts';
import { PROFILE_LINK } from './instagram-labels.ts';
import type { InstagramTiming } from './instagram-timing.ts';
import { profileUrl } from './instagram-urls.ts';
import { menuLinkUrl, snapshot } from './page-controls.ts';
import { readRenderedProfile, waitForProfile } from './stranger-dom.ts';

/**
 * The username the signed-in frame's own "Profile" link points at (`/<username>/`), or null. Used
 * when Instagram's data did not name the account: the page itself still links to it.
 */
export async function handleFromProfileLink(page: Page): Promise<string | null> {
  const url = menuLinkUrl(await snapshot(page).catch(() => null), PROFILE_LINK, page.url());
  const match = url === null ? null : /^\/([\w.]{1,30})\/?$/.exec(new URL(url).pathname);
  return match?.[1] ?? null;
}

/**
 * The identity as the person's own profile page draws it, signed in: name and handle (apart,
 * however they are drawn), and the bio the header shows. Only a page recognised as this username's
 * profile counts; Instagram's category is not told apart from other header text, so the workplace
 * stays unread, and so does anything the page did not draw.
 */
export async function identityFromOwnProfile(page: Page, handle: string, signal: AbortSignal, timing: InstagramTiming): Promise<Identity | null> {
  const url = profileUrl(handle);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  await waitForProfile(page, handle, signal, timing.waitMs);
  const shown = await readRenderedProfile(page, handle);
  if (!shown.recognised) return null;
  return {
    displayName: shown.name,
    handle,
    bio: shown.bio,
    workplace: null,
    unreadFields: [...(shown.name === null ? ['displayName' as const] : []), ...(shown.bio === null ? ['bio' as const] : []), 'workplace'],
    source: 'visible-text',
    evidence: `${url.replace(/^https:\/\//, '')} profile header as drawn for you (name, username and bio)`,
  };
}
