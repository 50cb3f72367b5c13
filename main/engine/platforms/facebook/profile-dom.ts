import type { Page } from 'puppeteer-core';
import { PROFILE_WORDS } from './facebook-words.ts';

/** What a Facebook profile page shows, as text. */
export interface ShownProfile {
  /** The profile's name heading (h1 in [role=main]), without an @handle drawn on the same line. */
  name: string | null;
  /** The Intro card was found (by its English heading). */
  introFound: boolean;
  bio: string | null;
  /** The Intro's detail lines ("Works at …", "Lives in …"). */
  details: string[];
  /** A "Friends" section listing people (links), not just a count. */
  friendsListed: boolean;
  friendsSectionFound: boolean;
  /** The "Posts" section was found (by its English heading). */
  postsSectionFound: boolean;
  /** Posts drawn on the page ([role=article]). */
  posts: number;
  /** The page says there are no posts ("No posts available"). */
  saysNoPosts: boolean;
  /** Facebook's box asking a logged-out visitor to log in (it covers the page but does not replace it). */
  loginOverlay: boolean;
}

/**
 * Reads the profile page's text: the name from h1, the Intro card (bio outside the list of
 * details, details as list items), the Friends section and the posts. Headings are matched in
 * English: callers treat Intro and Friends as unread on other languages.
 */
export async function readShownProfile(page: Page): Promise<ShownProfile> {
  const shown = await page.evaluate((words: { intro: string; friends: string; posts: string; noPosts: string }) => {
    const main = document.querySelector('[role="main"]');
    const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
    const section = (heading: string): Element | null => {
      const found = [...(main?.querySelectorAll('h2') ?? [])].find((h) => clean((h as HTMLElement).innerText) === heading);
      return found?.parentElement ?? null;
    };
    const intro = section(words.intro);
    const spans = intro === null ? [] : [...intro.querySelectorAll('span[dir="auto"]')].filter((s) => s.closest('h2') === null);
    const details = spans.filter((s) => s.closest('li') !== null).map((s) => clean((s as HTMLElement).innerText)).filter((t) => t !== '');
    const bio = spans.find((s) => s.closest('li') === null && clean((s as HTMLElement).innerText) !== '');
    const friends = section(words.friends);
    const posts = section(words.posts);
    const noPosts = new RegExp(words.noPosts, 'i');
    const overlay = [...document.querySelectorAll('[role="dialog"]')].some((d) => d.querySelector('input[name="pass"], input[type="password"]') !== null);
    return {
      name: clean((main?.querySelector('h1') as HTMLElement | null)?.innerText) || null,
      introFound: intro !== null,
      bio: bio === undefined ? null : clean((bio as HTMLElement).innerText),
      details,
      friendsListed: friends !== null && friends.querySelectorAll('a[href]').length > 0,
      friendsSectionFound: friends !== null,
      postsSectionFound: posts !== null,
      posts: main?.querySelectorAll('[role="article"]').length ?? 0,
      saysNoPosts: posts !== null && [...posts.querySelectorAll('span, div')].some((el) => noPosts.test(clean((el as HTMLElement).innerText))),
      loginOverlay: overlay,
    };
  }, { intro: PROFILE_WORDS.intro, friends: PROFILE_WORDS.friends, posts: PROFILE_WORDS.posts, noPosts: PROFILE_WORDS.noPosts.source });
  return { ...shown, name: shown.name === null ? null : nameWithoutHandle(shown.name) };
}

/**
 * The name alone when the @handle is drawn on the same line ("Sam Rivers@sam.rivers.gp" or
 * "Sam Rivers (@sam.rivers.gp)"). Facebook names cannot contain "@", so what follows one is not the name.
 */
export function nameWithoutHandle(line: string): string | null {
  const name = line.replace(/\s*\(?@[A-Za-z0-9.]+\)?\s*$/, '').trim();
  return name === '' ? null : name;
}

/** Detail lines that are not a workplace, whatever they contain after "at". */
const NOT_WORK = /^(?:studied|studies|went|lives|from|joined|followed|married|in a relationship|engaged|single)\b/i;

/**
 * The current workplace from the Intro's detail lines: "Works at X" gives X; "Role at X" (how
 * Facebook shows a job with a title) is kept whole. "Worked at" is a past job, not a workplace.
 */
export function workplaceFrom(details: readonly string[]): string | null {
  for (const line of details) {
    const worksAt = /^works at (.+)$/i.exec(line)?.[1];
    if (worksAt !== undefined) return worksAt.trim();
  }
  return details.find((line) => !NOT_WORK.test(line) && !/^worked at\b/i.test(line) && /\S \bat\b \S/i.test(line)) ?? null;
}
