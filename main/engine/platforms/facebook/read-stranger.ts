import type { Page } from 'puppeteer-core';
import type { StrangerView } from '../../types.ts';
import { readPageLanguage, isEnglishLanguage } from '../read-helpers/page-locale.ts';
import { nothingSeen, strangerNotes } from '../read-helpers/stranger-view.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { LOGIN_URL_PATTERN, profileUrl } from './facebook-urls.ts';
import { readShownProfile, workplaceFrom } from './profile-dom.ts';

const TERMS = { platform: 'Facebook', connections: 'friends list', hiddenPosts: 'private' };
export const OVERLAY_NOTE = 'Facebook also shows a stranger a box asking them to log in, but what is listed here was on the page behind it.';

/** Opens the profile in a cookieless page and records what a logged-out visitor sees. */
export async function readStrangerView(page: Page, handle: string, signal: AbortSignal, timing: FacebookTiming): Promise<StrangerView> {
  const url = profileUrl(handle);
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  if (LOGIN_URL_PATTERN.test(page.url())) {
    const seen = { ...nothingSeen(url), loginWall: true };
    return { ...seen, notes: strangerNotes(seen, TERMS) };
  }
  const shown = await readShownProfile(page);
  if (shown.name === null || (response !== null && response.status() >= 400)) {
    const seen = nothingSeen(url);
    return { ...seen, notes: strangerNotes(seen, TERMS) };
  }
  // Headings are matched in English; on another language only the name and posts are told.
  const english = isEnglishLanguage(await readPageLanguage(page).catch(() => null));
  const seen = {
    ...nothingSeen(url),
    profileVisible: true,
    name: shown.name,
    bio: english ? shown.bio : null,
    workplace: english ? workplaceFrom(shown.details) : null,
    connectionsVisible: english ? shown.friendsListed : null,
    postsVisible: shown.posts,
  };
  const notes = strangerNotes(seen, TERMS);
  return { ...seen, notes: shown.loginOverlay ? [...notes, OVERLAY_NOTE] : notes };
}
