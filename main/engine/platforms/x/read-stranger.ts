import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import type { StrangerView } from '../../types.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import { waitForUrl } from '../read-helpers/wait-for-url.ts';
import { PROFILE_HEADER, PROTECTED_NOTICE, readRenderedProfile } from './profile-dom.ts';
import { nothingSeen, uncheckedStrangerView } from '../read-helpers/stranger-view.ts';
import { waitForNotice } from './page-notice.ts';
import { xStrangerNotes } from './stranger-notes.ts';
import { X_NO_ACCOUNT } from './x-labels.ts';
import type { XNoticeKind } from './x-labels.ts';
import type { XTiming } from './x-timing.ts';
import { LOGIN_URL_PATTERN, profileUrl } from './x-urls.ts';

type Landing = 'profile' | 'login-wall' | 'no-profile' | 'unrecognised' | { notice: XNoticeKind };

const NOTICE_WORDS: Record<XNoticeKind, string> = {
  'automation-blocked': 'X turned the browser away as automated instead of showing your profile.',
  'rate-limited': 'X was limiting how often its pages can be loaded.',
  challenge: 'X asked for a security check instead of showing your profile.',
  blocked: 'X refused to show your profile.',
};

/** Once the page shows this account, how long X's own profile header may take to follow. */
const HEADER_GRACE_MS = 2_000;

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
      // A profile with no posts shows the same empty state under its header; only X's own
      // "doesn't exist" words say there is no profile, anything else is a page not recognised.
      const seen = await page.evaluate((header: string, empty: string) => ({
        header: document.querySelector(header) !== null,
        empty: document.querySelector<HTMLElement>(empty)?.innerText ?? '',
      }), PROFILE_HEADER, EMPTY_STATE);
      if (seen.header) return 'profile';
      return X_NO_ACCOUNT.test(seen.empty) ? 'no-profile' : 'unrecognised';
    },
    async (s) => ({ notice: (await waitForNotice(page, s, timing.waitMs)).state as XNoticeKind }),
    async (s) => {
      await waitForAccountShown(page, handle, s, timing.waitMs);
      await delay(HEADER_GRACE_MS, undefined, { signal: s });
      return 'unrecognised';
    },
  ]);
  if (typeof landing === 'object') return uncheckedStrangerView(url, NOTICE_WORDS[landing.notice]);
  if (landing === 'unrecognised') {
    return uncheckedStrangerView(url, 'X showed your profile to a stranger in a layout Chaperone does not recognise, so it drew no conclusion from it.');
  }
  if (landing !== 'profile') {
    const seen = { ...nothingSeen(url), loginWall: landing === 'login-wall' };
    return { ...seen, notes: xStrangerNotes(seen) };
  }
  const postsSettled = await waitForPosts(page, signal, timing);
  const shown = await readRenderedProfile(page, handle);
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

/** The page names this account (X's "Name (@handle) / X" title, or the handle drawn in its main part). */
async function waitForAccountShown(page: Page, handle: string, signal: AbortSignal, timeoutMs: number): Promise<void> {
  const shown = await page.waitForFunction((wanted: string) => {
    const tag = `(@${wanted.toLowerCase()})`;
    const main = document.querySelector('main')?.textContent ?? '';
    return document.title.toLowerCase().includes(tag) || main.toLowerCase().includes(`@${wanted.toLowerCase()}`);
  }, { signal, timeout: timeoutMs, polling: 200 }, handle);
  await shown.dispose();
}
