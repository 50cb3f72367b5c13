import type { Page } from 'puppeteer-core';
import { splitNameAndHandle } from './name-handle.ts';

/** What a profile page shows, read from the page itself. */
export interface RenderedProfile {
  /** The page is this username's profile: its header shows the username, or its og:title names it. */
  recognised: boolean;
  /** Instagram's "This account is private" notice (English only). */
  privateNotice: boolean;
  /** Posts and reels linked from the profile grid; null when the page says nothing either way. */
  posts: number | null;
  /** The followers count links to the list itself (true), to the login page (false), is plain text (false), or is absent (null). */
  followersList: boolean | null;
  /** The name, from og:title ("Name (@user) • Instagram photos and videos") or the header. */
  name: string | null;
  /** The bio the header draws (`dir="auto"` text under the name); null when none is drawn there. */
  bio: string | null;
  /** Instagram's "Sorry, this page isn't available." */
  unavailable: boolean;
}

export const PRIVATE_NOTICE = /this account is private/i;
const UNAVAILABLE = /sorry, this page isn['’]t available/i;
const NO_POSTS = /^no posts yet$/im;

/** Resolves once the page shows this profile, Instagram's private or unavailable notice; fails at the deadline. */
export async function waitForProfile(page: Page, username: string, signal: AbortSignal, timeoutMs: number): Promise<void> {
  const handle = await page.waitForFunction((user: string) => {
    const text = document.body.innerText;
    if (/this account is private|sorry, this page isn['’]t available/i.test(text)) return true;
    const header = document.querySelector('main header');
    const pieces = header === null ? [] : [...header.querySelectorAll('h1, h2, span, div')].map((el) => el.textContent.trim().toLowerCase());
    return pieces.some((p) => p === user.toLowerCase() || p === `@${user.toLowerCase()}` || p.endsWith(`@${user.toLowerCase()}`));
  }, { signal, timeout: timeoutMs, polling: 200 }, username);
  await handle.dispose();
}

export async function readRenderedProfile(page: Page, username: string): Promise<RenderedProfile> {
  const raw = await page.evaluate((user: string) => {
    const main = document.querySelector('main') ?? document.body;
    const header = main.querySelector('header');
    const mentionsFollowers = (el: Element): boolean => /\bfollowers\b/i.test(el.textContent);
    const link = [...main.querySelectorAll('a[href]')].find(mentionsFollowers);
    const plain = [...main.querySelectorAll('header li')].find(mentionsFollowers);
    const posts = [...main.querySelectorAll('a[href]')].filter((a) => {
      const path = new URL(a.getAttribute('href') ?? '', location.href).pathname.toLowerCase();
      return /^\/(?:[\w.]+\/)?(?:p|reel)\/[\w-]+\/?$/.test(path) && (path.startsWith('/p/') || path.startsWith('/reel/') || path.startsWith(`/${user.toLowerCase()}/`));
    }).length;
    const texts: string[] = [];
    if (header !== null) {
      const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const inCounts = n.parentElement?.closest('ul, button, a, [role="button"]') !== null;
        const t = n.textContent?.trim() ?? '';
        if (t !== '' && !inCounts) texts.push(t);
      }
    }
    const bio = header?.querySelector('h1[dir="auto"], [dir="auto"] h1, span[dir="auto"]')?.textContent.trim() ?? null;
    return {
      text: main.innerText,
      posts,
      followersHref: link?.getAttribute('href') ?? null,
      followersFound: link !== undefined || plain !== undefined,
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
      headerTexts: texts,
      bio,
    };
  }, username);
  const fromHeader = splitNameAndHandle(raw.headerTexts, username, raw.bio === null ? [] : [raw.bio]);
  const ogName = nameFromOgTitle(raw.ogTitle, username);
  const privateNotice = PRIVATE_NOTICE.test(raw.text);
  const name = ogName ?? fromHeader.name;
  return {
    recognised: fromHeader.handleShown || ogName !== null || ogTitleNames(raw.ogTitle, username),
    privateNotice,
    posts: raw.posts > 0 ? raw.posts : (privateNotice || NO_POSTS.test(raw.text) ? 0 : null),
    followersList: followersList(raw.followersFound, raw.followersHref, username),
    name,
    bio: raw.bio === null || raw.bio === '' || raw.bio === name || raw.bio.replace(/^@/, '') === username ? null : raw.bio,
    unavailable: UNAVAILABLE.test(raw.text),
  };
}

function followersList(found: boolean, href: string | null, username: string): boolean | null {
  if (!found) return null;
  if (href === null) return false;
  const path = new URL(href, 'https://www.instagram.com').pathname.toLowerCase();
  return path === `/${username.toLowerCase()}/followers/` || path === `/${username.toLowerCase()}/followers`;
}

/** "Amina Rahman (@amina.outdoors) • Instagram photos and videos" → "Amina Rahman" (for that username only). */
export function nameFromOgTitle(title: string | null, username: string): string | null {
  const match = /^(.*?)\s*\(@([\w.]+)\)/.exec(title ?? '');
  if (match === null || match[2]?.toLowerCase() !== username.toLowerCase()) return null;
  const name = match[1]?.trim() ?? '';
  return name === '' ? null : name;
}

function ogTitleNames(title: string | null, username: string): boolean {
  return new RegExp(`\\(@${username.replace(/\./g, '\\.')}\\)`, 'i').test(title ?? '');
}
