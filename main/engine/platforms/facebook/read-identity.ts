import type { Page } from 'puppeteer-core';
import type { Identity, IdentityField } from '../../types.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { FACEBOOK_ME_URL, handleFromProfileUrl } from './facebook-urls.ts';
import { openFacebookPage } from './open-page.ts';
import type { SessionProblem } from './page-verdict.ts';
import { readShownProfile, workplaceFrom } from './profile-dom.ts';
import { isEnglishLanguage } from '../read-helpers/page-locale.ts';

export type IdentityReading = { identity: Identity; handle: string | null } | { sessionLost: SessionProblem } | { pageChanged: string };

/**
 * Opens /me, which Facebook sends on to the user's own profile, and reads the name (h1), the
 * handle (from the address), the bio and the workplace (from the Intro card, English only).
 */
export async function readIdentity(page: Page, signal: AbortSignal, timing: FacebookTiming): Promise<IdentityReading> {
  const opened = await openFacebookPage(page, FACEBOOK_ME_URL, signal, timing);
  if (opened.verdict.state !== 'signed-in') return { sessionLost: opened.verdict };
  const handle = handleFromProfileUrl(page.url());
  if (handle === null) return { pageChanged: 'Facebook did not open your profile from its "me" address.' };
  const shown = await readShownProfile(page);
  const english = isEnglishLanguage(opened.language);
  // Intro is found by its English heading; elsewhere its lines could be misread, so they are not read.
  const introRead = english && shown.introFound;
  const unreadFields: IdentityField[] = [
    ...(shown.name === null ? ['displayName' as const] : []),
    ...(introRead ? [] : ['bio' as const, 'workplace' as const]),
  ];
  const where = new URL(page.url());
  return {
    handle,
    identity: {
      displayName: shown.name,
      handle,
      bio: introRead ? shown.bio : null,
      workplace: introRead ? workplaceFrom(shown.details) : null,
      unreadFields,
      source: 'visible-text',
      evidence: `${where.host}${where.pathname}${where.search} profile name (h1) and Intro card text`,
    },
  };
}
