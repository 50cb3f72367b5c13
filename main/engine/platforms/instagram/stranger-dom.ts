import type { Page } from 'puppeteer-core';

/** What the logged-out profile page shows, read from the page itself. */
export interface RenderedProfile {
  /** Instagram's "This account is private" notice (English only). */
  privateNotice: boolean;
  /** Posts and reels linked from the profile grid. */
  posts: number;
  /** The followers count links to the list itself (true), to the login page (false), is plain text (false), or is absent (null). */
  followersList: boolean | null;
  /** The name from the page's og:title ("Name (@user) • Instagram photos and videos"). */
  ogName: string | null;
  /** Instagram's "Sorry, this page isn't available." */
  unavailable: boolean;
}

export const PRIVATE_NOTICE = /this account is private/i;
const UNAVAILABLE = /sorry, this page isn['’]t available/i;

export async function readRenderedProfile(page: Page, username: string): Promise<RenderedProfile> {
  const raw = await page.evaluate((user: string) => {
    const main = document.querySelector('main') ?? document.body;
    const mentionsFollowers = (el: Element): boolean => /\bfollowers\b/i.test(el.textContent);
    const link = [...main.querySelectorAll('a[href]')].find(mentionsFollowers);
    const plain = [...main.querySelectorAll('header li')].find(mentionsFollowers);
    return {
      text: main.innerText,
      posts: main.querySelectorAll(`a[href^="/p/"], a[href^="/reel/"], a[href^="/${user}/p/"], a[href^="/${user}/reel/"]`).length,
      followersHref: link?.getAttribute('href') ?? null,
      followersFound: link !== undefined || plain !== undefined,
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
    };
  }, username);
  return {
    privateNotice: PRIVATE_NOTICE.test(raw.text),
    posts: raw.posts,
    followersList: followersList(raw.followersFound, raw.followersHref, username),
    ogName: nameFromOgTitle(raw.ogTitle),
    unavailable: UNAVAILABLE.test(raw.text),
  };
}

function followersList(found: boolean, href: string | null, username: string): boolean | null {
  if (!found) return null;
  if (href === null) return false;
  const path = new URL(href, 'https://www.instagram.com').pathname.toLowerCase();
  return path === `/${username.toLowerCase()}/followers/` || path === `/${username.toLowerCase()}/followers`;
}

/** "Amina Rahman (@amina.outdoors) • Instagram photos and videos" → "Amina Rahman". */
export function nameFromOgTitle(title: string | null): string | null {
  const name = /^(.*?)\s*\(@[\w.]+\)/.exec(title ?? '')?.[1]?.trim() ?? '';
  return name === '' ? null : name;
}
