import type { Page } from 'puppeteer-core';

/** X's profile header, marked with data-testid attributes that do not depend on the language. */
export const PROFILE_HEADER = '[data-testid="UserName"]';

export interface RenderedProfile {
  displayName: string | null;
  handle: string | null;
  bio: string | null;
  location: string | null;
  /** Posts rendered on the page. */
  posts: number;
  /** The lock X puts beside a protected account's name, or its "posts are protected" notice. */
  protectedMark: boolean;
}

/** What the rendered profile page shows, read from its text. */
export async function readRenderedProfile(page: Page): Promise<RenderedProfile> {
  const raw = await page.evaluate(() => {
    const text = (selector: string): string | null => {
      const element = document.querySelector<HTMLElement>(selector);
      return element === null ? null : element.innerText;
    };
    return {
      userName: text('[data-testid="UserName"]'),
      bio: text('[data-testid="UserDescription"]'),
      location: text('[data-testid="UserLocation"]'),
      posts: document.querySelectorAll('article[data-testid="tweet"]').length,
      lock: document.querySelector('[data-testid="UserName"] [data-testid="icon-lock"]') !== null,
      main: text('main') ?? document.body.innerText,
    };
  });
  const { displayName, handle } = splitUserName(raw.userName);
  return {
    displayName,
    handle,
    bio: clean(raw.bio),
    location: clean(raw.location),
    posts: raw.posts,
    protectedMark: raw.lock || PROTECTED_NOTICE.test(raw.main),
  };
}

/** The notice X shows a visitor instead of a protected account's posts (English only). */
export const PROTECTED_NOTICE = /these (?:posts|tweets) are protected/i;

/** The header shows the display name on one line and "@handle" on another. */
export function splitUserName(text: string | null): { displayName: string | null; handle: string | null } {
  const lines = (text ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const handleLine = lines.find((line) => /^@\w{1,15}$/.test(line));
  const nameLine = lines.find((line) => !line.startsWith('@'));
  return { displayName: nameLine ?? null, handle: handleLine === undefined ? null : handleLine.slice(1) };
}

function clean(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
