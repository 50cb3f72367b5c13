import type { Page } from 'puppeteer-core';
import { ALL_SETTINGS } from '../../types.ts';
import type { PlatformReader, PlatformReadResult, ReaderContext, SessionState, StrangerView, Unread } from '../../types.ts';
import { IDENTITY_SETTINGS } from '../../identity/observations.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import type { Failure } from '../read-helpers/failure-reason.ts';
import { uncheckedStrangerView } from '../read-helpers/stranger-view.ts';
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
    read: (ctx) => readInstagram(ctx, timing),
  };
}

export const instagramReader: PlatformReader = createInstagramReader();

const IDENTITY_SETTING_KEYS = Object.values(IDENTITY_SETTINGS);

async function readInstagram(ctx: ReaderContext, timing: InstagramTiming): Promise<PlatformReadResult> {
  const pages: Page[] = [];
  try {
    return await readWithPages(ctx, timing, pages);
  } finally {
    await Promise.all(pages.map(async (page) => { await page.close().catch(() => undefined); }));
  }
}

async function readWithPages(ctx: ReaderContext, timing: InstagramTiming, pages: Page[]): Promise<PlatformReadResult> {
  let opened;
  try {
    opened = await ctx.step('Opening Instagram settings', async (signal) => {
      const page = await ctx.newPage();
      pages.push(page);
      return { page, ...(await openSettingsPage(page, signal, timing)) };
    });
  } catch (error) {
    return nothingRead('unknown', reasonForFailure(error, ctx.signal, 'Instagram'));
  }
  const { page, outcome } = opened;
  if (outcome.kind === 'verdict' && outcome.verdict.state !== 'signed-in') return nothingRead(outcome.verdict.state, outcome.verdict);
  const formData = outcome.kind === 'verdict' && outcome.verdict.state === 'signed-in' ? outcome.verdict.formData : null;
  const settings = await readSettings(ctx, page, { formData, profileInfo: opened.profileInfo, language: opened.language }, timing);
  if ('sessionLost' in settings) return nothingRead(settings.sessionLost.state, settings.sessionLost);
  const identity = identityFromJson(formData, settings.profile, null);
  const handle = identity?.handle ?? null;
  const identityUnread: Unread[] = identity === null
    ? unreadEvery(IDENTITY_SETTING_KEYS, formData === null ? 'timeout' : 'page-changed', "Chaperone could not read your Instagram name, username and bio: Instagram's profile data did not come as expected.")
    : [];
  const stranger = handle === null ? null : await strangerViewOf(ctx, handle, pages, timing);
  return {
    session: 'signed-in',
    sessionDetail: handle === null ? 'Signed in to Instagram.' : `Signed in to Instagram as @${handle}.`,
    observations: settings.observations,
    unread: [...settings.unread, ...identityUnread],
    identity,
    stranger,
  };
}

async function strangerViewOf(ctx: ReaderContext, handle: string, pages: Page[], timing: InstagramTiming): Promise<StrangerView | null> {
  if (ctx.signal.aborted) return null;
  try {
    return await ctx.step('Checking what a stranger sees on Instagram', async (signal) => {
      const page = await ctx.newStrangerPage();
      pages.push(page);
      return readStrangerView(page, handle, signal, timing);
    });
  } catch (error) {
    return uncheckedStrangerView(profileUrl(handle), reasonForFailure(error, ctx.signal, 'Instagram').detail);
  }
}

function nothingRead(session: SessionState, why: Failure): PlatformReadResult {
  return {
    session,
    sessionDetail: why.detail,
    observations: [],
    // Every item, including the cross-platform ones, carries the reason.
    unread: [...unreadEvery(INSTAGRAM_SETTINGS, why.reason, why.detail), { setting: ALL_SETTINGS, reason: why.reason, detail: why.detail }],
    identity: null,
    stranger: null,
  };
}
