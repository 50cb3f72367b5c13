import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import type { StrangerView } from '../../types.ts';
import { readPageLanguage, isEnglishLanguage } from '../read-helpers/page-locale.ts';
import { nothingSeen, strangerNotes, uncheckedStrangerView } from '../read-helpers/stranger-view.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { LOGIN_URL_PATTERN, profileUrl } from './facebook-urls.ts';
import { readShownProfile, workplaceFrom } from './profile-dom.ts';
import type { ShownProfile } from './profile-dom.ts';

const TERMS = { platform: 'Facebook', connections: 'friends list', hiddenPosts: 'private' };
export const OVERLAY_NOTE = 'Facebook also shows a stranger a box asking them to log in, but what is listed here was on the page behind it.';

/**
 * Opens the profile in a cookieless page and records what a logged-out visitor sees. It waits,
 * up to the content deadline, for the profile to be drawn, and records only what it saw on a page
 * it recognised as the profile; anything else is "could not check", never "not visible".
 */
export async function readStrangerView(page: Page, handle: string, signal: AbortSignal, timing: FacebookTiming): Promise<StrangerView> {
  const url = profileUrl(handle);
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  if (LOGIN_URL_PATTERN.test(page.url())) {
    const seen = { ...nothingSeen(url), loginWall: true };
    return { ...seen, notes: strangerNotes(seen, TERMS) };
  }
  if (response !== null && response.status() >= 400) {
    return uncheckedStrangerView(url, `Facebook answered a logged-out visitor with an error (HTTP ${String(response.status())}) instead of your profile.`);
  }
  const shown = await waitForProfile(page, signal, timing);
  if (shown.name === null) {
    return uncheckedStrangerView(url, 'the page Facebook showed a logged-out visitor did not look like a profile Chaperone recognises.');
  }
  // Headings are matched in English; on another language only the name is told.
  const english = isEnglishLanguage(await readPageLanguage(page).catch(() => null));
  // Absence counts only on a profile drawn as Chaperone knows it: its Posts section is there.
  const whole = english && shown.postsSectionFound;
  const seen = {
    ...nothingSeen(url),
    profileVisible: true,
    name: shown.name,
    bio: english ? shown.bio : null,
    workplace: english ? workplaceFrom(shown.details) : null,
    connectionsVisible: whole ? shown.friendsListed : null,
    postsVisible: shown.posts > 0 ? shown.posts : whole && shown.saysNoPosts ? 0 : null,
  };
  const notes = strangerNotes(seen, TERMS);
  return { ...seen, notes: shown.loginOverlay ? [...notes, OVERLAY_NOTE] : notes };
}

/** The profile once its name and its Posts section (or its posts) are drawn, or as it stands at the deadline. */
async function waitForProfile(page: Page, signal: AbortSignal, timing: FacebookTiming): Promise<ShownProfile> {
  const deadline = Date.now() + timing.contentWaitMs;
  for (;;) {
    const shown = await readShownProfile(page);
    const drawn = shown.name !== null && (shown.postsSectionFound || shown.posts > 0);
    if (drawn || Date.now() >= deadline) return shown;
    await sleep(250, undefined, { signal });
  }
}
