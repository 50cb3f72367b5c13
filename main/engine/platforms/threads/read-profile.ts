import type { Page } from 'puppeteer-core';
import type { Identity, Observation } from '../../types.ts';
import { findEmbeddedUser, isProfileObject } from './embedded-json.ts';
import type { EmbeddedUser } from './embedded-json.ts';
import { screenProfile } from './profile-screen.ts';
import type { ScreenProfile } from './profile-screen.ts';
import { openAndSettle } from './settle-page.ts';
import type { PageOutcome } from './settings-pages.ts';
import type { ThreadsTiming } from './threads-timing.ts';
import { profileUrl } from './threads-urls.ts';

/** The own profile as recognised: its data, or failing that what the screen draws; null when neither. */
export type OwnProfile = { user: EmbeddedUser } | { screen: ScreenProfile } | null;

/**
 * Opens the user's own profile and waits for it to be recognisable: a profile object for this
 * username in the page's data (not a stub with the username alone), or its drawn header.
 */
export async function readOwnProfile(page: Page, username: string, signal: AbortSignal, timing: ThreadsTiming): Promise<PageOutcome<OwnProfile>> {
  const profileIn = (blocks: unknown[]): EmbeddedUser | null => {
    const user = findEmbeddedUser(blocks, username);
    return user !== null && isProfileObject(user) ? user : null;
  };
  const outcome = await openAndSettle(page, profileUrl(username), signal, timing, {
    textScope: 'dialogs',
    ready: ({ blocks, tree, title }) => (profileIn(blocks) !== null || screenProfile(title, tree, username) !== null ? 'all' : 'none'),
  });
  if ('problem' in outcome) return outcome;
  const { blocks, tree } = outcome.settled;
  const user = profileIn(blocks);
  if (user !== null) return { reading: { user } };
  const screen = screenProfile(await page.title(), tree, username);
  return { reading: screen === null ? null : { screen } };
}

function evidence(username: string, fields: readonly string[]): string {
  return `www.threads.com/@${username} embedded JSON (script type="application/json") field${fields.length === 1 ? '' : 's'} ${fields.join(', ')}`;
}

/** Name, handle and bio from the profile. Threads has no workplace field; the screen gives no bio. */
export function identityOf(profile: NonNullable<OwnProfile>): Identity {
  if ('screen' in profile) {
    const { screen } = profile;
    return {
      displayName: screen.name, handle: screen.handle, bio: null, workplace: null,
      unreadFields: [...(screen.name === null ? ['displayName' as const] : []), 'bio'],
      source: 'accessibility-tree', evidence: screen.evidence,
    };
  }
  const { user } = profile;
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
