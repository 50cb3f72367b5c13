import type { Page } from 'puppeteer-core';
import type { Identity, PlatformReader, PlatformReadResult, ReaderContext, Unread } from '../../types.ts';
import { IDENTITY_SETTINGS } from '../../identity/observations.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { isEnglishLanguage } from '../read-helpers/page-locale.ts';
import { closingPages, nothingRead, strangerStep } from '../read-helpers/reader-frame.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import { LINKEDIN_SETTINGS, PAGE_SETTINGS, PRIVACY_JSON_SETTINGS } from './linkedin-settings.ts';
import { DEFAULT_LINKEDIN_TIMING } from './linkedin-timing.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { LINKEDIN_SIGN_IN_URL, profileUrl } from './linkedin-urls.ts';
import { displayNameOf, parseMe } from './me-parse.ts';
import type { MeFields } from './me-parse.ts';
import { openVisibilityHub } from './open-hub.ts';
import type { HubResult, VoyagerJson } from './open-hub.ts';
import { readPrivacySettings } from './privacy-parse.ts';
import type { SettingsReading } from './privacy-parse.ts';
import { identityOf, readWorkplace } from './read-identity.ts';
import { readOwnProfile } from './read-own-profile.ts';
import { readHubControls, readSettingPage } from './read-pages.ts';
import type { SessionProblem } from './session-verdict.ts';
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
  if (!hub.recognised) {
    // Neither LinkedIn's data about the member nor a row Chaperone knows: not the page Chaperone knows.
    return nothingRead(LINKEDIN_SETTINGS, 'unknown', { reason: 'page-changed', detail: "LinkedIn's Visibility page did not look as Chaperone expects, so nothing on it could be read." });
  }
  const readAt = new Date().toISOString();
  const json = hub.privacy === null ? null : readPrivacySettings(hub.privacy.json, hub.privacy.source, hub.privacy.how, readAt);
  const fromJson: SettingsReading = json ?? {
    observations: [],
    unread: unreadEvery(PRIVACY_JSON_SETTINGS, 'field-missing', 'LinkedIn no longer sends its privacy settings data in a form Chaperone recognises, and these settings are not on the Visibility page itself.'),
  };
  const fromPages = await pageSettings(ctx, page, hub.language, timing);
  if ('sessionLost' in fromPages) return nothingRead(LINKEDIN_SETTINGS, fromPages.sessionLost.state, fromPages.sessionLost);
  const me = hub.me === null ? null : parseMe(hub.me.json);
  const profile = me === null || hub.me === null ? await ownProfileIdentity(ctx, page, timing) : await identityFor(ctx, page, me, hub.me, timing);
  const vanity = me?.publicIdentifier ?? profile.vanity ?? null;
  const stranger = vanity === null ? null
    : await strangerStep(ctx, 'LinkedIn', profileUrl(vanity), (strangerPage, signal) => readStrangerView(strangerPage, vanity, signal, timing));
  const name = me === null ? profile.identity?.displayName ?? null : displayNameOf(me);
  return {
    session: 'signed-in',
    sessionDetail: name === null ? 'Signed in to LinkedIn.' : `Signed in to LinkedIn as ${name}.`,
    observations: [...fromJson.observations, ...fromPages.observations],
    unread: [...fromJson.unread, ...fromPages.unread, ...profile.unread],
    identity: profile.identity,
    stranger,
  };
}

type PagesReading = SettingsReading | { sessionLost: SessionProblem };

/**
 * The settings only shown as page controls, English pages only: on the Visibility page itself
 * first, then each behind its link, one page per step.
 */
async function pageSettings(ctx: ReaderContext, page: Page, language: string | null, timing: LinkedInTiming): Promise<PagesReading> {
  if (!isEnglishLanguage(language)) {
    const detail = `LinkedIn is shown in a language Chaperone cannot read yet (${language ?? 'not stated'}), and this setting is only on its pages.`;
    return { observations: [], unread: unreadEvery(PAGE_SETTINGS, 'locale-unsupported', detail) };
  }
  const failed = (error: unknown, settings: readonly string[]): Unread[] => {
    const failure = reasonForFailure(error, ctx.signal, 'LinkedIn');
    return unreadEvery(settings, failure.reason, failure.detail);
  };
  let hub;
  try {
    hub = await ctx.step('Reading LinkedIn visibility pages', (signal) => readHubControls(page, signal, timing));
  } catch (error) {
    return { observations: [], unread: failed(error, PAGE_SETTINGS) };
  }
  const reading: SettingsReading = { observations: hub.observations, unread: hub.unread };
  for (const target of hub.targets) {
    try {
      const read = await ctx.step(`Reading "${target.spec.linkLabel}" on LinkedIn`, (signal) => readSettingPage(page, target, signal, timing));
      if ('sessionLost' in read) return read;
      if ('value' in read) reading.observations.push(read);
      else reading.unread.push(read);
    } catch (error) {
      reading.unread.push(...failed(error, [target.spec.setting]));
    }
  }
  return reading;
}

/**
 * Without LinkedIn's data about who is signed in: the member's own profile, found from LinkedIn's
 * own-profile shortcut. Nothing else is taken for the member's identity.
 */
async function ownProfileIdentity(ctx: ReaderContext, page: Page, timing: LinkedInTiming): Promise<{ identity: Identity | null; unread: Unread[]; vanity?: string }> {
  const unknown = { identity: null, unread: unreadEvery(IDENTITY_KEYS, 'page-changed', 'LinkedIn no longer says who is signed in, in a form Chaperone recognises, and your own profile page did not show its address.') };
  try {
    const own = await ctx.step('Finding your LinkedIn profile', (signal) => readOwnProfile(page, signal, timing));
    return own === null ? unknown : { identity: own.identity, unread: [], vanity: own.vanity };
  } catch (error) {
    const failure = reasonForFailure(error, ctx.signal, 'LinkedIn');
    return { identity: null, unread: unreadEvery(IDENTITY_KEYS, failure.reason, failure.detail) };
  }
}

async function identityFor(ctx: ReaderContext, page: Page, me: MeFields, data: VoyagerJson, timing: LinkedInTiming): Promise<{ identity: Identity; unread: Unread[]; vanity?: string }> {
  const vanity = me.publicIdentifier;
  if (vanity === null) return { identity: identityOf(me, data, null), unread: [] };
  try {
    const workplace = await ctx.step('Reading your LinkedIn profile', (signal) => readWorkplace(page, vanity, signal, timing));
    return { identity: identityOf(me, data, workplace), unread: [] };
  } catch {
    // Name, vanity name and headline are already read; only the workplace stays unread.
    return { identity: identityOf(me, data, null), unread: [] };
  }
}
