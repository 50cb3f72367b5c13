import type { Page } from 'puppeteer-core';
import type { Identity, PlatformReader, PlatformReadResult, ReaderContext, Unread } from '../../types.ts';
import { IDENTITY_SETTINGS } from '../../identity/observations.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { isEnglishLanguage } from '../read-helpers/page-locale.ts';
import { closingPages, nothingRead, strangerStep } from '../read-helpers/reader-frame.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import { openSettingsPage } from './open-settings.ts';
import { readIdentity } from './read-identity.ts';
import { readStrangerView } from './read-stranger.ts';
import { readSettingsFromPages } from './settings-fallback.ts';
import type { PagesReading } from './settings-fallback.ts';
import { readSettingsJson } from './settings-parse.ts';
import type { SettingsReading } from './settings-parse.ts';
import { waitForProfileLinkHandle } from './own-handle.ts';
import { X_SETTINGS } from './x-settings.ts';
import { DEFAULT_X_TIMING } from './x-timing.ts';
import type { XTiming } from './x-timing.ts';
import { profileUrl, X_SIGN_IN_URL } from './x-urls.ts';

/** Hosts X's web app needs: the site, its API, and its static files and images on twimg.com. */
export const X_HOSTS = ['x.com', '*.x.com', 'twitter.com', '*.twitter.com', 'twimg.com', '*.twimg.com'] as const;

/** Reads an X account: session, privacy settings, identity and the logged-out view. */
export function createXReader(timing: XTiming = DEFAULT_X_TIMING): PlatformReader {
  return {
    platform: 'x',
    hosts: X_HOSTS,
    signInUrl: X_SIGN_IN_URL,
    settings: X_SETTINGS,
    read: (ctx) => closingPages(ctx, (tracked) => readX(tracked, timing)),
  };
}

export const xReader: PlatformReader = createXReader();

const IDENTITY_SETTING_KEYS = Object.values(IDENTITY_SETTINGS);

async function readX(ctx: ReaderContext, timing: XTiming): Promise<PlatformReadResult> {
  let opened;
  try {
    opened = await ctx.step('Opening X settings', async (signal) => {
      const page = await ctx.newPage();
      return { page, ...(await openSettingsPage(page, signal, timing)) };
    });
  } catch (error) {
    return nothingRead(X_SETTINGS, 'unknown', reasonForFailure(error, ctx.signal, 'X'));
  }
  const { page, outcome, language } = opened;
  if (outcome.kind === 'verdict' && outcome.verdict.state !== 'signed-in') {
    return nothingRead(X_SETTINGS, outcome.verdict.state, outcome.verdict);
  }
  const settings = outcome.kind === 'verdict' && outcome.verdict.state === 'signed-in'
    ? readSettingsJson(outcome.verdict.settings, new Date().toISOString())
    : await settingsFromPages(ctx, page, language, timing);
  if ('sessionLost' in settings) return nothingRead(X_SETTINGS, settings.sessionLost.state, settings.sessionLost);
  if (isEnglishLanguage(language)) await handleFromPageIfMissing(ctx, page, settings, timing);
  const handleSeen = settings.observations.find((o) => o.setting === 'screen_name')?.value;
  const handle = typeof handleSeen === 'string' ? handleSeen : null;
  // Without the handle the profile cannot be opened: the identity checks share the handle's reason.
  const handleMiss = settings.unread.find((u) => u.setting === 'screen_name');
  const profile = handle === null
    ? { identity: null, unread: unreadEvery(IDENTITY_SETTING_KEYS, handleMiss?.reason ?? 'not-read', handleMiss?.detail ?? 'Chaperone could not read your X handle, so it could not open your profile.') }
    : await identityOf(ctx, page, handle, timing);
  const stranger = handle === null ? null
    : await strangerStep(ctx, 'X', profileUrl(handle), (strangerPage, signal) => readStrangerView(strangerPage, handle, signal, timing));
  return {
    session: 'signed-in',
    sessionDetail: handle === null ? 'Signed in to X.' : `Signed in to X as @${handle}.`,
    observations: settings.observations,
    unread: [...settings.unread, ...profile.unread],
    identity: profile.identity,
    stranger,
  };
}

/** The accessibility-tree fallback, English pages only. */
async function settingsFromPages(ctx: ReaderContext, page: Page, language: string | null, timing: XTiming): Promise<PagesReading> {
  if (!isEnglishLanguage(language)) {
    // What to do (switch X to English) is the audit's own advice for this reason.
    const detail = `X did not send its settings data, and its pages are in a language Chaperone cannot read yet (${language ?? 'not stated'}).`;
    return { observations: [], unread: unreadEvery(X_SETTINGS, 'locale-unsupported', detail) };
  }
  try {
    return await ctx.step('Reading X settings from its pages', (signal) => readSettingsFromPages(page, signal, timing));
  } catch (error) {
    const failure = reasonForFailure(error, ctx.signal, 'X');
    return { observations: [], unread: unreadEvery(X_SETTINGS, failure.reason, failure.detail) };
  }
}

/** X's settings data without the handle: the side navigation X draws for the person names it too. */
async function handleFromPageIfMissing(ctx: ReaderContext, page: Page, settings: SettingsReading, timing: XTiming): Promise<void> {
  if (settings.observations.some((o) => o.setting === 'screen_name')) return;
  try {
    const seen = await ctx.step('Reading your X handle from the page', (signal) => waitForProfileLinkHandle(page, signal, timing.settingsGraceMs));
    if (seen === null) return;
    settings.observations.push(seen);
    settings.unread = settings.unread.filter((u) => u.setting !== 'screen_name');
  } catch {
    // The handle stays unread, with the reason its data gave.
  }
}

async function identityOf(ctx: ReaderContext, page: Page, handle: string, timing: XTiming): Promise<{ identity: Identity | null; unread: Unread[] }> {
  try {
    const identity = await ctx.step('Reading your X profile', (signal) => readIdentity(page, handle, signal, timing));
    return { identity, unread: identity === null ? unreadEvery(IDENTITY_SETTING_KEYS, 'page-changed', 'X did not show your profile as Chaperone expects.') : [] };
  } catch (error) {
    // The identity checks then say why they could not verify; the settings already read stand.
    const failure = reasonForFailure(error, ctx.signal, 'X');
    return { identity: null, unread: unreadEvery(IDENTITY_SETTING_KEYS, failure.reason, failure.detail) };
  }
}
