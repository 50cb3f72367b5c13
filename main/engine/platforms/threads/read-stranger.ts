import type { Page } from 'puppeteer-core';
import type { StrangerView } from '../../types.ts';
import { nothingSeen, strangerNotes, uncheckedStrangerView } from '../read-helpers/stranger-view.ts';
import type { StrangerSeen, StrangerTerms } from '../read-helpers/stranger-view.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import type { AxNode } from './ax-read.ts';
import { findEmbeddedUser, isProfileObject } from './embedded-json.ts';
import type { EmbeddedUser } from './embedded-json.ts';
import { screenProfile } from './profile-screen.ts';
import { openAndSettle } from './settle-page.ts';
import { PRIVATE_NOTICE } from './threads-labels.ts';
import type { ThreadsTiming } from './threads-timing.ts';
import { profileUrl } from './threads-urls.ts';

const TERMS: StrangerTerms = { platform: 'Threads', connections: 'followers list', hiddenPosts: 'private' };

/** What the profile page draws, found by role in the accessibility tree. */
interface Drawn {
  /** Distinct posts linked from the page (`/@username/post/<code>`). */
  posts: number;
  /** Threads' "This profile is private" in place of posts. */
  privateNotice: boolean;
  /** Links that ask the visitor to log in. */
  loginPrompts: number;
  /** A link that opens the followers list itself. */
  followersList: boolean;
}

function drawnIn(tree: AxNode | null, username: string): Drawn {
  const links = findAxNodes(tree, (n) => n.role === 'link' && n.url !== undefined).map((n) => new URL(n.url ?? '', 'https://www.threads.com'));
  const post = new RegExp(`^/@${username.replace(/\./g, '\\.')}/post/([A-Za-z0-9_-]+)/?$`, 'i');
  const codes = new Set(links.flatMap((url) => post.exec(url.pathname)?.[1] ?? []));
  return {
    posts: codes.size,
    privateNotice: findAxNodes(tree, (n) => PRIVATE_NOTICE.test(n.name ?? '')).length > 0,
    loginPrompts: links.filter((url) => /^\/(?:accounts\/)?login(?:\/|$)/.test(url.pathname)).length,
    followersList: links.some((url) => /\/followers\/?$/.test(url.pathname)),
  };
}

/**
 * Opens the profile in a cookieless page and records what a logged-out visitor sees, once the
 * page is recognised as this profile and its posts (or the private notice) are drawn. A page it
 * does not recognise, or posts not drawn by the deadline, is "could not check", never "no posts".
 */
export async function readStrangerView(page: Page, username: string, signal: AbortSignal, timing: ThreadsTiming): Promise<StrangerView> {
  const url = profileUrl(username);
  const profileIn = (blocks: unknown[]): EmbeddedUser | null => {
    const user = findEmbeddedUser(blocks, username);
    return user !== null && isProfileObject(user) ? user : null;
  };
  const outcome = await openAndSettle(page, url, signal, timing, {
    textScope: 'dialogs',
    ready: ({ blocks, tree, title }) => {
      const user = profileIn(blocks);
      if (user === null && screenProfile(title, tree, username) === null) return 'none';
      if (user?.isPrivate === true) return 'all';
      const drawn = drawnIn(tree, username);
      return drawn.posts > 0 || drawn.privateNotice ? 'all' : 'none';
    },
  });
  if ('problem' in outcome) {
    if (outcome.problem.state === 'signed-out') return withNotes({ ...nothingSeen(url), loginWall: true }, []);
    return uncheckedStrangerView(url, outcome.problem.detail);
  }
  const { blocks, tree } = outcome.settled;
  const user = profileIn(blocks);
  const screen = user === null ? screenProfile(await page.title(), tree, username) : null;
  if (user === null && screen === null) return uncheckedStrangerView(url, 'Threads showed a page Chaperone does not recognise as your profile.');
  const drawn = drawnIn(tree, username);
  const isPrivate = user?.isPrivate === true || drawn.privateNotice;
  const filled = (text: string | null | undefined): string | null => (text === null || text === undefined || text.trim() === '' ? null : text);
  const seen: StrangerSeen = {
    ...nothingSeen(url),
    profileVisible: true,
    name: user !== null ? filled(user.fullName) : screen?.name ?? null,
    bio: filled(user?.biography),
    // A count is not a list: Threads asks a stranger to log in before showing who follows you.
    connectionsVisible: drawn.followersList,
    postsProtected: isPrivate,
    // Only drawn posts count; none drawn by the deadline is "could not tell", never "no posts".
    postsVisible: isPrivate ? 0 : drawn.posts > 0 ? drawn.posts : null,
  };
  const followerCount = user?.followerCount ?? null;
  const extra = [
    ...(followerCount !== null && !drawn.followersList ? [`A stranger can see how many followers you have (${String(followerCount)}), but not who they are.`] : []),
    ...(drawn.loginPrompts > 0 ? ['Threads asked the stranger to log in, but showed the profile anyway.'] : []),
  ];
  return withNotes(seen, extra);
}

function withNotes(seen: StrangerSeen, extra: string[]): StrangerView {
  return { ...seen, notes: [...strangerNotes(seen, TERMS), ...extra] };
}
