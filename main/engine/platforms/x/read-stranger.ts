import type { Page } from 'puppeteer-core';
import type { StrangerView } from '../../types.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import { waitForUrl } from '../read-helpers/wait-for-url.ts';
import { PROFILE_HEADER, PROTECTED_NOTICE, readRenderedProfile } from './profile-dom.ts';
import { nothingSeen } from '../read-helpers/stranger-view.ts';
import { xStrangerNotes } from './stranger-notes.ts';
import type { XTiming } from './x-timing.ts';
import { LOGIN_URL_PATTERN, profileUrl } from './x-urls.ts';

type Landing = 'profile' | 'login-wall' | 'no-profile';

/** X's sign-in prompt that covers a page for logged-out visitors, and its "no such account" state. */
const SIGN_IN_WALL = '[data-testid="sheetDialog"] a[href*="/login"], [role="dialog"] a[href*="/i/flow/login"]';
const EMPTY_STATE = '[data-testid="emptyState"]';

/** Opens the profile in a cookieless page and records what a logged-out visitor sees. */
export async function readStrangerView(page: Page, handle: string, signal: AbortSignal, timing: XTiming): Promise<StrangerView> {
  const url = profileUrl(handle);
  const wait = (s: AbortSignal) => ({ signal: s, timeout: timing.waitMs });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  const landing = await firstOf<Landing>(signal, [
    async (s) => { await waitForUrl(page, LOGIN_URL_PATTERN, { signal: s, timeoutMs: timing.waitMs }); return 'login-wall'; },
    async (s) => { await page.waitForSelector(SIGN_IN_WALL, wait(s)); return 'login-wall'; },
    async (s) => { await page.waitForSelector(PROFILE_HEADER, wait(s)); return 'profile'; },
    async (s) => {
      await page.waitForSelector(EMPTY_STATE, wait(s));
      // A profile with no posts shows the same empty state under its header.
      const header = await page.evaluate((selector: string) => document.querySelector(selector) !== null, PROFILE_HEADER);
      return header ? 'profile' : 'no-profile';
    },
  ]);
  if (landing !== 'profile') {
    const seen = { ...nothingSeen(url), loginWall: landing === 'login-wall' };
    return { ...seen, notes: xStrangerNotes(seen) };
  }
  const postsSettled = await waitForPosts(page, signal, timing);
  const shown = await readRenderedProfile(page);
  const seen = {
    ...nothingSeen(url),
    profileVisible: true,
    name: shown.displayName,
    bio: shown.bio,
    location: shown.location,
    postsVisible: postsSettled || shown.posts > 0 ? shown.posts : null,
    postsProtected: shown.protectedMark,
  };
  return { ...seen, notes: xStrangerNotes(seen) };
}

/**
 * Posts load after the header. Waits for the first post, the protected notice or the empty
 * timeline; false when none came in time, so the count is not taken as final.
 */
async function waitForPosts(page: Page, signal: AbortSignal, timing: XTiming): Promise<boolean> {
  const options = (s: AbortSignal) => ({ signal: s, timeout: timing.postsWaitMs });
  try {
    await firstOf(signal, [
      async (s) => { await page.waitForSelector('article[data-testid="tweet"]', options(s)); },
      async (s) => { await page.waitForSelector(`${PROFILE_HEADER} [data-testid="icon-lock"], ${EMPTY_STATE}`, options(s)); },
      async (s) => {
        await page.waitForFunction((source: string) => new RegExp(source, 'i').test(document.body.innerText),
          { ...options(s), polling: 'mutation' }, PROTECTED_NOTICE.source);
      },
    ]);
    return true;
  } catch (error) {
    if (signal.aborted) throw error;
    return false;
  }
}
