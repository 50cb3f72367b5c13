import type { Page } from 'puppeteer-core';
import type { StrangerView } from '../../types.ts';
import { nothingSeen, strangerNotes, uncheckedStrangerView } from '../read-helpers/stranger-view.ts';
import type { StrangerSeen } from '../read-helpers/stranger-view.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { AUTHWALL_URL, profileUrl } from './linkedin-urls.ts';

const TERMS = { platform: 'LinkedIn', connections: 'connections list', hiddenPosts: 'private' };

/** What LinkedIn's public profile page shows, read by its layout classes (not by wording). */
interface PublicProfile {
  name: string | null;
  headline: string | null;
  company: string | null;
  location: string | null;
  connectionsCount: string | null;
  /** Posts in the Activity section; null when the page has no Activity section to count in. */
  posts: number | null;
}

/**
 * Opens linkedin.com/in/<vanity>/ in a cookieless page: the public profile, as anyone on the web
 * (and search engines) see it, or LinkedIn's authwall.
 */
export async function readStrangerView(page: Page, vanity: string, signal: AbortSignal, timing: LinkedInTiming): Promise<StrangerView> {
  const url = profileUrl(vanity);
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  if (AUTHWALL_URL.test(page.url())) {
    const seen = { ...nothingSeen(url), loginWall: true };
    return { ...seen, notes: [...strangerNotes(seen, TERMS), SEARCH_ENGINE_NOTE] };
  }
  const status = response?.status() ?? 0;
  // LinkedIn answers visitors it takes for robots with 999 ("Request denied"): nothing was seen.
  if (status === 999 || status === 429) {
    return uncheckedStrangerView(url, `LinkedIn refused to show your public profile to a visitor without an account (HTTP ${String(status)}). Try again later.`);
  }
  if (status !== 200) {
    return uncheckedStrangerView(url, `LinkedIn answered a visitor without an account with HTTP ${String(status)} instead of your public profile.`);
  }
  const shown = await readPublicProfile(page);
  // Only a page in the layout Chaperone knows says anything; an unknown layout is not "hidden".
  if (shown === null || shown.name === null) {
    return uncheckedStrangerView(url, "LinkedIn's public profile page did not look as Chaperone expects, so what it shows could not be read. Open your profile in a private browser window to see it as a stranger does.");
  }
  const seen: StrangerSeen = {
    ...nothingSeen(url),
    profileVisible: true,
    name: shown.name,
    bio: shown.headline,
    location: shown.location,
    workplace: shown.company,
    // A public profile shows how many connections there are, never who they are.
    connectionsVisible: false,
    postsVisible: shown.posts,
  };
  const count = shown.connectionsCount === null ? [] : [`A stranger can see how many connections you have (${shown.connectionsCount}), but not who they are.`];
  // LinkedIn has a headline where other platforms have a bio: say so in the user's terms.
  const notes = strangerNotes(seen, TERMS).map((note) => note.replace(/^Your bio /, 'Your headline '));
  return { ...seen, notes: [METHOD_NOTE, ...notes, ...count] };
}

const METHOD_NOTE = 'Chaperone opened your public profile without signing in, as anyone on the web would see it.';
const SEARCH_ENGINE_NOTE = 'Search engines follow your public profile setting, not this sign-in wall: check "Edit your public profile" to know what they can list.';

/** The public profile's top card and activity, or null when the page is not in the layout Chaperone knows. */
async function readPublicProfile(page: Page): Promise<PublicProfile | null> {
  return page.evaluate(() => {
    if (document.querySelector('.top-card-layout') === null) return null;
    const text = (selector: string): string | null => {
      const value = document.querySelector<HTMLElement>(selector)?.innerText.trim() ?? '';
      return value === '' ? null : value;
    };
    const sublines = [...document.querySelectorAll<HTMLElement>('.top-card__subline-item')].map((e) => e.innerText.trim());
    const count = sublines.find((s) => /\bconnections?\b/i.test(s)) ?? null;
    return {
      name: text('h1.top-card-layout__title'),
      headline: text('.top-card-layout__headline'),
      company: text('[data-section="currentPositionsDetails"] .top-card-link__description'),
      location: sublines.find((s) => s !== count && s !== '') ?? null,
      connectionsCount: count === null ? null : count.replace(/\s*connections?$/i, ''),
      posts: document.querySelector('[data-section="posts"]') === null ? null : document.querySelectorAll('[data-section="posts"] article').length,
    };
  });
}
