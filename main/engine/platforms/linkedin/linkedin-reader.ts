import type { Page } from 'puppeteer-core';
import type { Identity, PlatformReader, PlatformReadResult, ReaderContext, Unread } from '../../types.ts';
import { IDENTITY_SETTINGS } from '../../identity/observations.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { isEnglishLanguage } from '../read-helpers/page-locale.ts';
import { closingPages, nothingRead, strangerStep } from '../read-helpers/reader-frame.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import { findDatalet } from './datalets.ts';
import { LINKEDIN_SETTINGS, PAGE_SETTINGS, PRIVACY_JSON_SETTINGS } from './linkedin-settings.ts';
import { DEFAULT_LINKEDIN_TIMING } from './linkedin-timing.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { isMeRequest, LINKEDIN_SIGN_IN_URL, profileUrl } from './linkedin-urls.ts';
import { displayNameOf, parseMe } from './me-parse.ts';
import type { MeFields } from './me-parse.ts';
import { openVisibilityHub } from './open-hub.ts';
import type { HubResult } from './open-hub.ts';
import { readPrivacySettings } from './privacy-parse.ts';
import type { SettingsReading } from './privacy-parse.ts';
import { identityOf, readWorkplace } from './read-identity.ts';
import { readSettingsPages } from './read-pages.ts';
import type { PagesReading } from './read-pages.ts';
import { readStrangerView } from './read-stranger.ts';

/** LinkedIn's site, and its static files and images on licdn.com. */
export const LINKEDIN_HOSTS = ['www.linkedin.com', 'linkedin.com', 'static.licdn.com', 'media.licdn.com'] as const;

/** Reads a LinkedIn account: session, visibility settings, identity and the public profile. */
export function createLinkedInReader(timing: LinkedInTiming = DEFAULT_LINKEDIN_TIMING): PlatformReader {
  return {
    platform: 'linkedin',
    hosts: LINKEDIN_HOSTS,
    signInUrl: LINKEDIN_SIGN_IN_URL,
    settings: LINKEDIN_SETTINGS,
    read: (ctx) => closingPages(ctx, (tracked) => readLinkedIn(tracked, timing)),
  };
}

export const linkedinReader: PlatformReader = createLinkedInReader();

const IDENTITY_KEYS = Object.values(IDENTITY_SETTINGS);

async function readLinkedIn(ctx: ReaderContext, timing: LinkedInTiming): Promise<PlatformReadResult> {
  let page: Page;
  let hub: HubResult;
  try {
    ({ page, hub } = await ctx.step('Opening LinkedIn settings', async (signal) => {
      const opened = await ctx.newPage();
      return { page: opened, hub: await openVisibilityHub(opened, signal, timing) };
    }));
  } catch (error) {
    return nothingRead(LINKEDIN_SETTINGS, 'unknown', reasonForFailure(error, ctx.signal, 'LinkedIn'));
  }
  if (hub.kind === 'problem') return nothingRead(LINKEDIN_SETTINGS, hub.problem.state, hub.problem);
  const meDatalet = findDatalet(hub.datalets, isMeRequest);
  if (hub.privacy === null && meDatalet === null) {
    // Neither piece of data the page always carries: this is not the page Chaperone knows.
    return nothingRead(LINKEDIN_SETTINGS, 'unknown', { reason: 'page-changed', detail: "LinkedIn's Visibility page did not look as Chaperone expects, so nothing on it could be read." });
  }
  const readAt = new Date().toISOString();
  const json = hub.privacy === null ? null : readPrivacySettings(hub.privacy.json, hub.privacy.source, hub.privacy.how, readAt);
  const fromJson: SettingsReading = json ?? {
    observations: [],
    unread: unreadEvery(PRIVACY_JSON_SETTINGS, 'page-changed', "LinkedIn's Visibility page no longer carries its privacy settings data in a form Chaperone recognises."),
  };
  const fromPages = await pageSettings(ctx, page, hub.language, timing);
  if ('sessionLost' in fromPages) return nothingRead(LINKEDIN_SETTINGS, fromPages.sessionLost.state, fromPages.sessionLost);
  const me = meDatalet === null ? null : parseMe(meDatalet.body);
  const profile = me === null
    ? { identity: null, unread: unreadEvery(IDENTITY_KEYS, 'page-changed', "LinkedIn's page no longer says who is signed in, in a form Chaperone recognises.") }
    : await identityFor(ctx, page, me, timing);
  const vanity = me?.publicIdentifier ?? null;
  const stranger = vanity === null ? null
    : await strangerStep(ctx, 'LinkedIn', profileUrl(vanity), (strangerPage, signal) => readStrangerView(strangerPage, vanity, signal, timing));
  const name = me === null ? null : displayNameOf(me);
  return {
    session: 'signed-in',
    sessionDetail: name === null ? 'Signed in to LinkedIn.' : `Signed in to LinkedIn as ${name}.`,
    observations: [...fromJson.observations, ...fromPages.observations],
    unread: [...fromJson.unread, ...fromPages.unread, ...profile.unread],
    identity: profile.identity,
    stranger,
  };
}

/** The settings only shown as page controls, English pages only. */
async function pageSettings(ctx: ReaderContext, page: Page, language: string | null, timing: LinkedInTiming): Promise<PagesReading> {
  if (!isEnglishLanguage(language)) {
    const detail = `LinkedIn is shown in a language Chaperone cannot read yet (${language ?? 'not stated'}), and this setting is only on its pages. Switch LinkedIn to English to check it automatically.`;
    return { observations: [], unread: unreadEvery(PAGE_SETTINGS, 'locale-unsupported', detail) };
  }
  try {
    return await ctx.step('Reading LinkedIn visibility pages', (signal) => readSettingsPages(page, signal, timing));
  } catch (error) {
    const failure = reasonForFailure(error, ctx.signal, 'LinkedIn');
    return { observations: [], unread: unreadEvery(PAGE_SETTINGS, failure.reason, failure.detail) };
  }
}

async function identityFor(ctx: ReaderContext, page: Page, me: MeFields, timing: LinkedInTiming): Promise<{ identity: Identity; unread: Unread[] }> {
  const how = 'embedded datalet';
  const vanity = me.publicIdentifier;
  if (vanity === null) return { identity: identityOf(me, how, null), unread: [] };
  try {
    const workplace = await ctx.step('Reading your LinkedIn profile', (signal) => readWorkplace(page, vanity, signal, timing));
    return { identity: identityOf(me, how, workplace), unread: [] };
  } catch {
    // Name, vanity name and headline are already read; only the workplace stays unread.
    return { identity: identityOf(me, how, null), unread: [] };
  }
}
