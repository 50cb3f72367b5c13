import type { Page } from 'puppeteer-core';
import type { Identity, PlatformReader, PlatformReadResult, ReaderContext, Unread } from '../../types.ts';
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
import { handleFromProfileLink, identityFromOwnProfile } from './own-profile.ts';
import { pageHardStop } from './page-health.ts';
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

const NOT_RECOGNISED = {
  state: 'unknown', reason: 'page-changed',
  detail: "Chaperone did not recognise Instagram's settings page or your profile, so it read nothing from them.",
} as const;

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
  // A hard stop drawn while the pages were read undoes everything read: nothing passes on it.
  const stop = await pageHardStop(page);
  if (stop !== null) return nothingRead(INSTAGRAM_SETTINGS, stop.state, stop);

  const dataHandle = textOf(formData?.username) ?? settings.profile?.username ?? null;
  const handle = dataHandle ?? await handleFromProfileLink(page);
  const fromData = identityFromJson(formData, settings.profile, null);
  const identity = fromData !== null && !fromData.unreadFields.some((f) => f !== 'workplace') ? fromData
    : await pageIdentity(ctx, page, handle, timing) ?? fromData;
  if (identity === null && formData === null && settings.observations.length === 0) return nothingRead(INSTAGRAM_SETTINGS, 'unknown', NOT_RECOGNISED);
  const identityUnread: Unread[] = identity === null
    ? unreadEvery(IDENTITY_SETTING_KEYS, formData === null ? 'timeout' : 'page-changed', "Chaperone could not read your Instagram name, username and bio: neither Instagram's profile data nor your profile page showed them.")
    : [];
  const shownHandle = identity?.handle ?? handle;
  const stranger = shownHandle === null ? null
    : await strangerStep(ctx, 'Instagram', profileUrl(shownHandle), (strangerPage, signal) => readStrangerView(strangerPage, shownHandle, signal, timing));
  return {
    session: 'signed-in',
    sessionDetail: shownHandle === null ? 'Signed in to Instagram.' : `Signed in to Instagram as @${shownHandle}.`,
    observations: settings.observations,
    unread: [...settings.unread, ...identityUnread],
    identity,
    stranger,
  };
}

/** The identity from the person's own profile page, when Instagram's data did not give all of it. */
async function pageIdentity(ctx: ReaderContext, page: Page, handle: string | null, timing: InstagramTiming): Promise<Identity | null> {
  if (handle === null || ctx.signal.aborted) return null;
  try {
    return await ctx.step('Reading your Instagram profile', (signal) => identityFromOwnProfile(page, handle, signal, timing));
  } catch {
    return null;
  }
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
