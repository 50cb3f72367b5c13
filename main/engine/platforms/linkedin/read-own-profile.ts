import type { Page } from 'puppeteer-core';
import type { Identity, IdentityField } from '../../types.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { OWN_PROFILE_URL } from './linkedin-urls.ts';
import { openProfile, workplaceFrom } from './read-identity.ts';

/** The member's own profile, found without LinkedIn's data about who is signed in. */
export interface OwnProfile {
  vanity: string;
  identity: Identity;
}

const PROFILE_PATH = /^\/in\/([^/]+)\/?/;

/**
 * Opens LinkedIn's own-profile shortcut (/in/me/), which a signed-in browser is sent on from to
 * the member's own address. Where it is served as it is, the address is taken from the page's own
 * links to it (the top card links to the profile's sub-pages, e.g. contact info): exactly one
 * profile address, or none is taken. The name is the top card's heading.
 */
export async function readOwnProfile(page: Page, signal: AbortSignal, timing: LinkedInTiming): Promise<OwnProfile | null> {
  const tree = await openProfile(page, OWN_PROFILE_URL, signal, timing);
  if (tree === null) return null;
  const vanity = vanityOf(page.url()) ?? vanityFromLinks(tree);
  if (vanity === null) return null;
  const where = `www.linkedin.com/in/${vanity}/`;
  const name = await page.evaluate(() => document.querySelector('main h1')?.textContent.trim() ?? '').catch(() => '');
  const workplace = await workplaceFrom(page, tree, where);
  const unreadFields: IdentityField[] = [...(name === '' ? ['displayName' as const] : []), 'bio', ...(workplace.read ? [] : ['workplace' as const])];
  return {
    vanity,
    identity: {
      displayName: name === '' ? null : name,
      handle: vanity,
      bio: null,
      workplace: workplace.read ? workplace.workplace : null,
      unreadFields,
      source: 'accessibility-tree',
      evidence: `${where} (your own profile, opened from ${OWN_PROFILE_URL}) heading and address; ${workplace.evidence}`,
    },
  };
}

function vanityOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (!/^(?:www\.)?linkedin\.com$/.test(parsed.hostname)) return null;
  const vanity = PROFILE_PATH.exec(parsed.pathname)?.[1];
  return vanity === undefined || vanity === 'me' ? null : decodeURIComponent(vanity);
}

function vanityFromLinks(tree: AxNode | null): string | null {
  const found = new Set(findAxNodes(tree, (node) => node.role === 'link' && node.url !== undefined)
    .flatMap((node) => { const v = vanityOf(new URL(node.url ?? '', 'https://www.linkedin.com').href); return v === null ? [] : [v]; }));
  return found.size === 1 ? [...found][0] ?? null : null;
}
