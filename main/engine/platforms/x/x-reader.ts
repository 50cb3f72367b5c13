import type { Page } from 'puppeteer-core';
import type { Identity, PlatformReader, PlatformReadResult, ReaderContext, SessionState, StrangerView } from '../../types.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import type { Failure } from '../read-helpers/failure-reason.ts';
import { isEnglishLanguage } from '../read-helpers/page-locale.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import { openSettingsPage } from './open-settings.ts';
import { readIdentity } from './read-identity.ts';
import { readStrangerView } from './read-stranger.ts';
import { readSettingsFromPages } from './settings-fallback.ts';
import type { PagesReading } from './settings-fallback.ts';
import { readSettingsJson } from './settings-parse.ts';
import { uncheckedStrangerView } from './stranger-notes.ts';
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
    read: (ctx) => readX(ctx, timing),
  };
}

export const xReader: PlatformReader = createXReader();

async function readX(ctx: ReaderContext, timing: XTiming): Promise<PlatformReadResult> {
  const pages: Page[] = [];
  try {
    return await readWithPages(ctx, timing, pages);
  } finally {
    await Promise.all(pages.map(async (page) => { await page.close().catch(() => undefined); }));
  }
}

async function readWithPages(ctx: ReaderContext, timing: XTiming, pages: Page[]): Promise<PlatformReadResult> {
  let opened;
  try {
    opened = await ctx.step('Opening X settings', async (signal) => {
      const page = await ctx.newPage();
      pages.push(page);
      return { page, ...(await openSettingsPage(page, signal, timing)) };
    });
  } catch (error) {
    return nothingRead('unknown', reasonForFailure(error, ctx.signal, 'X'));
  }
  const { page, outcome, language } = opened;
  if (outcome.kind === 'verdict' && outcome.verdict.state !== 'signed-in') {
    return nothingRead(outcome.verdict.state, outcome.verdict);
  }
  const settings = outcome.kind === 'verdict' && outcome.verdict.state === 'signed-in'
    ? readSettingsJson(outcome.verdict.settings, new Date().toISOString())
    : await settingsFromPages(ctx, page, language, timing);
  if ('sessionLost' in settings) return nothingRead(settings.sessionLost.state, settings.sessionLost);
  const handleSeen = settings.observations.find((o) => o.setting === 'screen_name')?.value;
  const handle = typeof handleSeen === 'string' ? handleSeen : null;
  const identity = handle === null ? null : await identityOf(ctx, page, handle, timing);
  const stranger = handle === null ? null : await strangerViewOf(ctx, handle, pages, timing);
  return {
    session: 'signed-in',
    sessionDetail: handle === null ? 'Signed in to X.' : `Signed in to X as @${handle}.`,
    ...settings,
    identity,
    stranger,
  };
}

/** The accessibility-tree fallback, English pages only. */
async function settingsFromPages(ctx: ReaderContext, page: Page, language: string | null, timing: XTiming): Promise<PagesReading> {
  if (!isEnglishLanguage(language)) {
    const detail = `X did not send its settings data, and its pages are in a language Chaperone cannot read yet (${language ?? 'not stated'}). Switch X to English to check this automatically.`;
    return { observations: [], unread: unreadEvery(X_SETTINGS, 'locale-unsupported', detail) };
  }
  try {
    return await ctx.step('Reading X settings from its pages', (signal) => readSettingsFromPages(page, signal, timing));
  } catch (error) {
    const failure = reasonForFailure(error, ctx.signal, 'X');
    return { observations: [], unread: unreadEvery(X_SETTINGS, failure.reason, failure.detail) };
  }
}

async function identityOf(ctx: ReaderContext, page: Page, handle: string, timing: XTiming): Promise<Identity | null> {
  if (ctx.signal.aborted) return null;
  try {
    return await ctx.step('Reading your X profile', (signal) => readIdentity(page, handle, signal, timing));
  } catch {
    // Identity is optional in the result; the identity checks then say they could not verify.
    return null;
  }
}

async function strangerViewOf(ctx: ReaderContext, handle: string, pages: Page[], timing: XTiming): Promise<StrangerView | null> {
  if (ctx.signal.aborted) return null;
  try {
    return await ctx.step('Checking what a stranger sees on X', async (signal) => {
      const page = await ctx.newStrangerPage();
      pages.push(page);
      return readStrangerView(page, handle, signal, timing);
    });
  } catch (error) {
    return uncheckedStrangerView(profileUrl(handle), reasonForFailure(error, ctx.signal, 'X').detail);
  }
}

function nothingRead(session: SessionState, why: Failure): PlatformReadResult {
  return {
    session,
    sessionDetail: why.detail,
    observations: [],
    unread: unreadEvery(X_SETTINGS, why.reason, why.detail),
    identity: null,
    stranger: null,
  };
}
