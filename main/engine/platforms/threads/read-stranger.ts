import type { Page } from 'puppeteer-core';
import type { StrangerView } from '../../types.ts';
import { nothingSeen, strangerNotes, uncheckedStrangerView } from '../read-helpers/stranger-view.ts';
import type { StrangerSeen, StrangerTerms } from '../read-helpers/stranger-view.ts';
import { findEmbeddedUser } from './embedded-json.ts';
import { readEmbeddedBlocks } from './page-data.ts';
import type { ThreadsTiming } from './threads-timing.ts';
import { LOGIN_URL_PATTERN, profileUrl } from './threads-urls.ts';

const TERMS: StrangerTerms = { platform: 'Threads', connections: 'followers list', hiddenPosts: 'private' };

/** What the profile page draws, read without depending on its language. */
interface Drawn {
  /** Posts on the page (Threads marks each with data-pressable-container). */
  posts: number;
  /** Links that ask the visitor to log in. */
  loginPrompts: number;
  /** A link that opens the followers list itself. */
  followersList: boolean;
}

/** Opens the profile in a cookieless page and records what a logged-out visitor sees. */
export async function readStrangerView(page: Page, username: string, signal: AbortSignal, timing: ThreadsTiming): Promise<StrangerView> {
  const url = profileUrl(username);
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  if (LOGIN_URL_PATTERN.test(page.url())) return withNotes({ ...nothingSeen(url), loginWall: true }, null);
  if (response?.status() === 404) return withNotes(nothingSeen(url), null);
  const user = findEmbeddedUser(await readEmbeddedBlocks(page), username);
  if (user === null) return uncheckedStrangerView(url, 'Threads did not show the profile to a stranger in a way Chaperone recognises.');
  const drawn = await page.evaluate((): Drawn => ({
    posts: document.querySelectorAll('[data-pressable-container]').length,
    loginPrompts: document.querySelectorAll('a[href^="/login"], a[href^="https://www.threads.com/login"]').length,
    followersList: document.querySelector('a[href$="/followers"], a[href*="/followers?"]') !== null,
  }));
  const filled = (text: string | null): string | null => (text === null || text.trim() === '' ? null : text);
  const seen: StrangerSeen = {
    ...nothingSeen(url),
    profileVisible: true,
    name: filled(user.fullName),
    bio: filled(user.biography),
    // A count is not a list: Threads asks a stranger to log in before showing who follows you.
    connectionsVisible: drawn.followersList,
    postsProtected: user.isPrivate === true,
    postsVisible: user.isPrivate === true ? 0 : user.isPrivate === false || drawn.posts > 0 ? drawn.posts : null,
  };
  const extra = [
    ...(user.followerCount !== null && !drawn.followersList ? [`A stranger can see how many followers you have (${String(user.followerCount)}), but not who they are.`] : []),
    ...(drawn.loginPrompts > 0 ? ['Threads asked the stranger to log in, but showed the profile anyway.'] : []),
  ];
  return withNotes(seen, extra);
}

function withNotes(seen: StrangerSeen, extra: string[] | null): StrangerView {
  return { ...seen, notes: [...strangerNotes(seen, TERMS), ...(extra ?? [])] };
}
