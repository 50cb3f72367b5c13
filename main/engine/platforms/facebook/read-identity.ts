import type { Page } from 'puppeteer-core';
import type { Identity, IdentityField } from '../../types.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { FACEBOOK_ME_URL, handleFromProfileUrl } from './facebook-urls.ts';
import { openFacebookPage } from './open-page.ts';
import { ownHandleFromPage } from './own-profile-address.ts';
import type { SessionProblem } from './page-verdict.ts';
import { readShownProfile, workplaceFrom } from './profile-dom.ts';
import { isEnglishLanguage } from '../read-helpers/page-locale.ts';

export type IdentityReading = { identity: Identity; handle: string | null } | { sessionLost: SessionProblem } | { pageChanged: string };

/**
 * Opens /me, Facebook's address for the user's own profile, waits for the profile's name to be
 * drawn, and reads the name (h1), the handle (from the address it redirected to, or else from
 * the page's own links), the bio and the workplace (from the Intro card, English only).
 */
export async function readIdentity(page: Page, signal: AbortSignal, timing: FacebookTiming): Promise<IdentityReading> {
  const opened = await openFacebookPage(page, FACEBOOK_ME_URL, signal, timing, { heading: true });
  if (opened.verdict.state !== 'signed-in') return { sessionLost: opened.verdict };
  if (!opened.recognised) return { pageChanged: 'Facebook did not show your profile from its "me" address.' };
  const shown = await readShownProfile(page);
  if (shown.name === null) return { pageChanged: 'Facebook did not show your profile from its "me" address.' };
  const handle = handleFromProfileUrl(page.url()) ?? await ownHandleFromPage(page, shown.name);
  if (handle === null) return { pageChanged: 'Facebook showed your profile but not its address, so Chaperone could not tell which profile a stranger should look at.' };
  const english = isEnglishLanguage(opened.language);
  // Intro is found by its English heading; elsewhere its lines could be misread, so they are not read.
  const introRead = english && shown.introFound;
  const unreadFields: IdentityField[] = introRead ? [] : ['bio', 'workplace'];
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
