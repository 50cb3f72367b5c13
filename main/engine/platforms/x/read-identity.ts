import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import type { Identity } from '../../types.ts';
import { waitForCapturedResponse } from '../read-helpers/capture-response.ts';
import type { CapturedResponse } from '../read-helpers/capture-response.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import { parseUserByScreenName } from './profile-parse.ts';
import type { ProfileFields } from './profile-parse.ts';
import { PROFILE_HEADER, readRenderedProfile } from './profile-dom.ts';
import type { XTiming } from './x-timing.ts';
import { isUserByScreenName, profileUrl } from './x-urls.ts';

/**
 * Opens the user's own profile and reads name, handle and bio from the `UserByScreenName` data
 * the page loads, or from the rendered header when that data does not come or cannot be read.
 */
export async function readIdentity(page: Page, handle: string, signal: AbortSignal, timing: XTiming): Promise<Identity | null> {
  const finished = new AbortController();
  const scoped = AbortSignal.any([signal, finished.signal]);
  const userData = waitForCapturedResponse(page, (url, method) => isUserByScreenName(url, method) && asksFor(url, handle),
    { signal: scoped, timeoutMs: timing.waitMs });
  userData.catch(() => undefined);
  try {
    await page.goto(profileUrl(handle), { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const fromJson = await firstOf<ProfileFields | null>(scoped, [
      async () => parseResponse(await userData),
      async (s) => {
        await page.waitForSelector(PROFILE_HEADER, { signal: s, timeout: timing.waitMs });
        const grace = delay(timing.settingsGraceMs, null, { signal: s });
        grace.catch(() => undefined);
        return await Promise.race([userData.then(parseResponse), grace]);
      },
    ]);
    // Only the user's own profile counts: another account's card must not pass the name rule.
    if (fromJson !== null && (fromJson.handle === null || fromJson.handle.toLowerCase() === handle.toLowerCase())) {
      return identityFromJson(fromJson, handle);
    }
    await page.waitForSelector(PROFILE_HEADER, { signal, timeout: timing.waitMs });
    return await identityFromPage(page, handle);
  } finally {
    finished.abort(new Error('Reading the profile is over.'));
  }
}

/** Other users' cards load the same query: keep only the one for this handle. */
function asksFor(url: URL, handle: string): boolean {
  const variables = url.searchParams.get('variables');
  if (variables === null) return true;
  try {
    const parsed = JSON.parse(variables) as { screen_name?: unknown };
    return typeof parsed.screen_name !== 'string' || parsed.screen_name.toLowerCase() === handle.toLowerCase();
  } catch {
    return true;
  }
}

function parseResponse(response: CapturedResponse): ProfileFields | null {
  if (response.status !== 200) return null;
  try {
    return parseUserByScreenName(JSON.parse(response.body));
  } catch {
    return null;
  }
}

function identityFromJson(profile: ProfileFields, handle: string): Identity {
  const read = (suffix: string): boolean => profile.fieldsRead.some((path) => path.endsWith(suffix));
  return {
    displayName: profile.displayName,
    handle: profile.handle ?? handle,
    bio: profile.bio,
    // X has no workplace field; an empty bio is read (as null), a missing one is not.
    workplace: null,
    unreadFields: [...(read('.name') ? [] : ['displayName' as const]), ...(read('.description') ? [] : ['bio' as const])],
    source: 'json-endpoint',
    evidence: `x.com/i/api/graphql/…/UserByScreenName fields ${profile.fieldsRead.join(', ')}`,
  };
}

async function identityFromPage(page: Page, handle: string): Promise<Identity> {
  const shown = await readRenderedProfile(page, handle);
  return {
    displayName: shown.displayName,
    handle: shown.handle ?? handle,
    bio: shown.bio,
    workplace: null,
    // The header has no element for an empty bio, so a missing one may be empty or unread.
    unreadFields: [...(shown.displayName === null ? ['displayName' as const] : []), ...(shown.bio === null ? ['bio' as const] : [])],
    source: 'visible-text',
    evidence: `x.com/${handle} profile header text (data-testid UserName, UserDescription)`,
  };
}
