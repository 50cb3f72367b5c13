import type { PlatformReader, PlatformReadResult, ReaderContext, Unread } from '../../types.ts';
import { IDENTITY_SETTINGS } from '../../identity/observations.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { closingPages, nothingRead, strangerStep } from '../read-helpers/reader-frame.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import { identityFromJson } from './identity-parse.ts';
import { INSTAGRAM_SETTINGS } from './instagram-settings.ts';
import { DEFAULT_INSTAGRAM_TIMING } from './instagram-timing.ts';
import type { InstagramTiming } from './instagram-timing.ts';
import { INSTAGRAM_SIGN_IN_URL, profileUrl } from './instagram-urls.ts';
import { openSettingsPage } from './open-settings.ts';
import { readStrangerView } from './read-stranger.ts';
import { readSettings } from './read-settings.ts';

/** Instagram's web pages, its Accounts Center, and its static files and images on cdninstagram.com. */
export const INSTAGRAM_HOSTS = ['instagram.com', '*.instagram.com', '*.cdninstagram.com'] as const;

/** Reads an Instagram account: session, privacy settings, identity and the logged-out view. */
export function createInstagramReader(timing: InstagramTiming = DEFAULT_INSTAGRAM_TIMING): PlatformReader {
  return {
    platform: 'instagram',
    hosts: INSTAGRAM_HOSTS,
    signInUrl: INSTAGRAM_SIGN_IN_URL,
    settings: INSTAGRAM_SETTINGS,
    read: (ctx) => closingPages(ctx, (tracked) => readInstagram(tracked, timing)),
  };
}

export const instagramReader: PlatformReader = createInstagramReader();

const IDENTITY_SETTING_KEYS = Object.values(IDENTITY_SETTINGS);

async function readInstagram(ctx: ReaderContext, timing: InstagramTiming): Promise<PlatformReadResult> {
  let opened;
  try {
    opened = await ctx.step('Opening Instagram settings', async (signal) => {
      const page = await ctx.newPage();
      return { page, ...(await openSettingsPage(page, signal, timing)) };
    });
  } catch (error) {
    return nothingRead(INSTAGRAM_SETTINGS, 'unknown', reasonForFailure(error, ctx.signal, 'Instagram'));
  }
  const { page, outcome } = opened;
  if (outcome.kind === 'verdict' && outcome.verdict.state !== 'signed-in') return nothingRead(INSTAGRAM_SETTINGS, outcome.verdict.state, outcome.verdict);
  const formData = outcome.kind === 'verdict' && outcome.verdict.state === 'signed-in' ? outcome.verdict.formData : null;
  const settings = await readSettings(ctx, page, { formData, profileInfo: opened.profileInfo, language: opened.language }, timing);
  if ('sessionLost' in settings) return nothingRead(INSTAGRAM_SETTINGS, settings.sessionLost.state, settings.sessionLost);
  const identity = identityFromJson(formData, settings.profile, null);
  const handle = identity?.handle ?? null;
  const identityUnread: Unread[] = identity === null
    ? unreadEvery(IDENTITY_SETTING_KEYS, formData === null ? 'timeout' : 'page-changed', "Chaperone could not read your Instagram name, username and bio: Instagram's profile data did not come as expected.")
    : [];
  const stranger = handle === null ? null
    : await strangerStep(ctx, 'Instagram', profileUrl(handle), (strangerPage, signal) => readStrangerView(strangerPage, handle, signal, timing));
  return {
    session: 'signed-in',
    sessionDetail: handle === null ? 'Signed in to Instagram.' : `Signed in to Instagram as @${handle}.`,
    observations: settings.observations,
    unread: [...settings.unread, ...identityUnread],
    identity,
    stranger,
  };
}
