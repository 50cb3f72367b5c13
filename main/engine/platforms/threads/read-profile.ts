import type { Page } from 'puppeteer-core';
import type { Identity, Observation } from '../../types.ts';
import { findEmbeddedUser } from './embedded-json.ts';
import type { EmbeddedUser } from './embedded-json.ts';
import { loadPage } from './load-page.ts';
import { sessionProblem } from './session-verdict.ts';
import type { PageOutcome } from './settings-pages.ts';
import type { ThreadsTiming } from './threads-timing.ts';
import { profileUrl } from './threads-urls.ts';

/** Opens the user's own profile and finds their user object in the page's embedded JSON. */
export async function readOwnProfile(page: Page, username: string, signal: AbortSignal, timing: ThreadsTiming): Promise<PageOutcome<EmbeddedUser | null>> {
  const loaded = await loadPage(page, profileUrl(username), signal, timing.waitMs);
  // A profile's text is the user's own (bio, posts): only the address, status and data judge the session.
  const problem = sessionProblem({ ...loaded, text: '' });
  if (problem !== null) return { problem };
  return { reading: findEmbeddedUser(loaded.blocks, username) };
}

function evidence(username: string, fields: readonly string[]): string {
  return `www.threads.com/@${username} embedded JSON (script type="application/json") field${fields.length === 1 ? '' : 's'} ${fields.join(', ')}`;
}

/** Name, handle and bio from the user object. Threads has no workplace field. */
export function identityOf(user: EmbeddedUser): Identity {
  const filled = (text: string | null): string | null => (text === null || text.trim() === '' ? null : text);
  return {
    displayName: filled(user.fullName),
    handle: user.username,
    bio: filled(user.biography),
    workplace: null,
    unreadFields: [...(user.fullName === null ? ['displayName' as const] : []), ...(user.biography === null ? ['bio' as const] : [])],
    source: 'embedded-json',
    evidence: evidence(user.username, user.fieldsRead.filter((f) => f !== 'text_post_app_is_private' && f !== 'follower_count')),
  };
}

/** The private flag from the user object, or null when the object does not carry it. */
export function privateObservation(user: EmbeddedUser): Observation | null {
  if (user.isPrivate === null) return null;
  return {
    setting: 'text_post_app_is_private', value: user.isPrivate, source: 'embedded-json',
    evidence: evidence(user.username, ['text_post_app_is_private']), readAt: new Date().toISOString(),
  };
}
