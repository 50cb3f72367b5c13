import type { PlatformReader, PlatformReadResult, ReaderContext } from '../../types.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { isEnglishLanguage } from '../read-helpers/page-locale.ts';
import { closingPages, nothingRead, strangerStep } from '../read-helpers/reader-frame.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import { FACEBOOK_SETTINGS } from './facebook-settings.ts';
import { DEFAULT_FACEBOOK_TIMING } from './facebook-timing.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { FACEBOOK_SIGN_IN_URL, profileUrl, settingsTabUrl } from './facebook-urls.ts';
import { openFacebookPage } from './open-page.ts';
import { readProfile } from './read-profile.ts';
import { readSettings, SETTINGS_EXPECTED } from './read-settings.ts';
import { readStrangerView } from './read-stranger.ts';

/** Hosts Facebook's web pages need: the site (www, m, accountscenter…) and its static files on fbcdn.net. */
export const FACEBOOK_HOSTS = ['facebook.com', '*.facebook.com', 'fbcdn.net', '*.fbcdn.net'] as const;

/** Reads a Facebook account: session, Audience and visibility settings, identity and the logged-out view. */
export function createFacebookReader(overrides: Partial<FacebookTiming> = {}): PlatformReader {
  const timing: FacebookTiming = { ...DEFAULT_FACEBOOK_TIMING, ...overrides };
  return {
    platform: 'facebook',
    hosts: FACEBOOK_HOSTS,
    signInUrl: FACEBOOK_SIGN_IN_URL,
    settings: FACEBOOK_SETTINGS,
    read: (ctx) => closingPages(ctx, (tracked) => readFacebook(tracked, timing)),
  };
}

export const facebookReader: PlatformReader = createFacebookReader();

async function readFacebook(ctx: ReaderContext, timing: FacebookTiming): Promise<PlatformReadResult> {
  let opened;
  try {
    opened = await ctx.step('Opening Facebook settings', async (signal) => {
      const page = await ctx.newPage();
      return { page, ...(await openFacebookPage(page, settingsTabUrl('posts'), signal, timing, SETTINGS_EXPECTED)) };
    });
  } catch (error) {
    return nothingRead(FACEBOOK_SETTINGS, 'unknown', reasonForFailure(error, ctx.signal, 'Facebook'));
  }
  const { page, verdict, language, recognised } = opened;
  if (verdict.state !== 'signed-in') return nothingRead(FACEBOOK_SETTINGS, verdict.state, verdict);
  // Signed in only on a page Chaperone recognised as the account's own settings.
  if (!recognised) {
    return nothingRead(FACEBOOK_SETTINGS, 'unknown', { reason: 'page-changed',
      detail: `Facebook's settings page showed none of the settings Chaperone knows within ${String(Math.round(timing.contentWaitMs / 1000))} seconds, so Chaperone could not tell whether the account is signed in.` });
  }

  const settings = isEnglishLanguage(language)
    ? await readSettings(ctx, page, timing)
    : { observations: [], unread: unreadEvery(FACEBOOK_SETTINGS, 'locale-unsupported',
      `Facebook is shown in a language Chaperone cannot read yet (${language ?? 'not stated'}), so no setting was matched. Switch Facebook to English to check this automatically.`) };
  if ('sessionLost' in settings) return nothingRead(FACEBOOK_SETTINGS, settings.sessionLost.state, settings.sessionLost);

  const profile = await readProfile(ctx, page, timing);
  if ('sessionLost' in profile) return nothingRead(FACEBOOK_SETTINGS, profile.sessionLost.state, profile.sessionLost);
  const { handle } = profile;
  const stranger = handle === null ? null
    : await strangerStep(ctx, 'Facebook', profileUrl(handle), (strangerPage, signal) => readStrangerView(strangerPage, handle, signal, timing));
  return {
    session: 'signed-in',
    sessionDetail: profile.identity?.displayName == null ? 'Signed in to Facebook.' : `Signed in to Facebook as ${profile.identity.displayName}.`,
    observations: settings.observations,
    unread: [...settings.unread, ...profile.unread],
    identity: profile.identity,
    stranger,
  };
}
