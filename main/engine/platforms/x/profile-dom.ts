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

/**
 * What the rendered profile page shows, read from its text. `handle` is the account's own handle,
 * known before the page opened: it tells the name from the handle however they are drawn.
 */
export async function readRenderedProfile(page: Page, handle: string): Promise<RenderedProfile> {
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
      title: document.title,
    };
  });
  // The header first; X's page title, "Name (@handle) / X", when the header is not there.
  const split = splitUserName(raw.userName ?? titleUserName(raw.title), handle);
  return {
    displayName: split.displayName,
    handle: split.handle,
    bio: clean(raw.bio),
    location: clean(raw.location),
    posts: raw.posts,
    protectedMark: raw.lock || PROTECTED_NOTICE.test(raw.main),
  };
}

/** The notice X shows a visitor instead of a protected account's posts (English only). */
export const PROTECTED_NOTICE = /these (?:posts|tweets) are protected/i;

/**
 * The header shows the display name and "@handle", on two lines or run together on one
 * ("Dr J@drjsmith"). The known handle, where given, is the one looked for at the end of a line, so
 * an "@" inside the name is not taken for it.
 */
export function splitUserName(text: string | null, knownHandle: string | null = null): { displayName: string | null; handle: string | null } {
  const lines = (text ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const handle = lines
    .map((line) => /@(\w{1,15})$/.exec(line)?.[1])
    .find((shown) => shown !== undefined && (knownHandle === null || shown.toLowerCase() === knownHandle.toLowerCase())) ?? null;
  const tail = handle === null ? null : `@${handle}`.toLowerCase();
  const names = lines
    .map((line) => (tail !== null && line.toLowerCase().endsWith(tail) ? line.slice(0, -tail.length).trim() : line))
    .filter((line) => line !== '' && !line.startsWith('@'));
  return { displayName: names[0] ?? null, handle };
}

/** X titles a profile page "Name (@handle) / X": the same two parts, one per line. */
function titleUserName(title: string): string | null {
  const match = /^(.+?) \(@(\w{1,15})\) \/ X$/.exec(title.trim());
  return match === null ? null : `${match[1] ?? ''}\n@${match[2] ?? ''}`;
}

function clean(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
