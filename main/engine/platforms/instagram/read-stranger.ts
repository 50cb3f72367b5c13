import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import type { StrangerView } from '../../types.ts';
import { waitForCapturedResponse } from '../read-helpers/capture-response.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import { nothingSeen, strangerNotes, uncheckedStrangerView } from '../read-helpers/stranger-view.ts';
import type { StrangerSeen } from '../read-helpers/stranger-view.ts';
import type { InstagramTiming } from './instagram-timing.ts';
import { isWebProfileInfoFor, LOGIN_URL_PATTERN, profileUrl } from './instagram-urls.ts';
import { parseProfileInfo } from './json-parse.ts';
import type { ProfileInfo } from './json-parse.ts';
import { readRenderedProfile, waitForProfile } from './stranger-dom.ts';
import type { RenderedProfile } from './stranger-dom.ts';
import { waitForUrl } from '../read-helpers/wait-for-url.ts';

type Landing = 'profile' | 'login-wall' | 'unrecognised';

const TERMS = { platform: 'Instagram', connections: 'followers list', hiddenPosts: 'private' };

/**
 * Opens the profile in a cookieless page and records what a logged-out visitor gets: the profile
 * data Instagram's page loads for them, and what the page shows (private notice, posts, whether
 * the followers count opens the list or the login page).
 */
export async function readStrangerView(page: Page, username: string, signal: AbortSignal, timing: InstagramTiming): Promise<StrangerView> {
  const url = profileUrl(username);
  const finished = new AbortController();
  const scoped = AbortSignal.any([signal, finished.signal]);
  const data = waitForCapturedResponse(page, isWebProfileInfoFor(username), { signal: scoped, timeoutMs: timing.waitMs });
  data.catch(() => undefined);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const landing = await firstOf<Landing>(signal, [
      async (s) => { await waitForUrl(page, LOGIN_URL_PATTERN, { signal: s, timeoutMs: timing.waitMs }); return 'login-wall'; },
      async (s) => { await waitForProfile(page, username, s, timing.waitMs); return 'profile'; },
    ]).catch((error: unknown) => {
      if (signal.aborted) throw error;
      return 'unrecognised' as const;
    });
    if (landing === 'login-wall') return finish({ ...nothingSeen(url), loginWall: true });
    const grace = delay(timing.graceMs, null, { signal: scoped });
    grace.catch(() => undefined);
    const response = landing === 'profile' ? await Promise.race([data, grace]).catch(() => null) : null;
    if (landing === 'profile') await waitForGrid(page, signal, timing.graceMs);
    const info = response?.status === 200 ? parseProfileInfo(response.body) : null;
    const shown = await readRenderedProfile(page, username);
    if (shown.unavailable && info === null) return finish(nothingSeen(url));
    const ownInfo = info?.username?.toLowerCase() === username.toLowerCase() ? info : null;
    if (!shown.recognised && ownInfo === null) {
      return uncheckedStrangerView(url, `Instagram's page at ${url} did not look like a profile Chaperone knows, so it drew no conclusion from it. Open that address in a private window to see what a stranger sees.`);
    }
    return finish(seenOf(url, ownInfo, shown));
  } finally {
    finished.abort(new Error('Reading the stranger view is over.'));
  }
}

/** What was seen: the profile's own data where it came, what the page draws otherwise (bio included). */
function seenOf(url: string, info: ProfileInfo | null, shown: RenderedProfile): StrangerSeen {
  const postsProtected = info?.isPrivate === true || shown.privateNotice;
  return {
    ...nothingSeen(url),
    profileVisible: true,
    name: blankToNull(info?.fullName) ?? shown.name,
    bio: blankToNull(info?.biography) ?? shown.bio,
    workplace: info?.isProfessional === true ? blankToNull(info.categoryName) : null,
    connectionsVisible: postsProtected ? false : shown.followersList,
    postsVisible: postsProtected ? 0 : shown.posts ?? (info?.postsListed === 0 ? 0 : null),
    postsProtected,
  };
}

/** The grid may be drawn after the header: a short wait for posts, the private notice or "No posts yet". */
async function waitForGrid(page: Page, signal: AbortSignal, timeoutMs: number): Promise<void> {
  try {
    const handle = await page.waitForFunction(
      () => document.querySelector('main a[href*="/p/"], main a[href*="/reel/"]') !== null || /this account is private|no posts yet/i.test(document.body.innerText),
      { signal, timeout: timeoutMs, polling: 200 },
    );
    await handle.dispose();
  } catch (error) {
    if (signal.aborted) throw error;
  }
}

function finish(seen: StrangerSeen): StrangerView {
  return { ...seen, notes: strangerNotes(seen, TERMS) };
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
