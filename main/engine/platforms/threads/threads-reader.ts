import type { Page } from 'puppeteer-core';
import type { Identity, Observation, PlatformReader, PlatformReadResult, ReaderContext, Unread } from '../../types.ts';
import { IDENTITY_SETTINGS } from '../../identity/observations.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { closingPages, nothingRead, strangerStep } from '../read-helpers/reader-frame.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import type { ControlReading } from './ax-read.ts';
import { identityOf, privateObservation, readOwnProfile } from './read-profile.ts';
import { readStrangerView } from './read-stranger.ts';
import type { SessionProblem } from './session-verdict.ts';
import { readAccountPage, readPrivacyPage } from './settings-pages.ts';
import { THREADS_SETTINGS } from './threads-settings.ts';
import { DEFAULT_THREADS_TIMING } from './threads-timing.ts';
import type { ThreadsTiming } from './threads-timing.ts';
import { profileUrl, THREADS_SIGN_IN_URL } from './threads-urls.ts';

/**
 * Hosts Threads' web app needs: its own names (threads.net redirects to www.threads.com) and the
 * Instagram CDN that serves its scripts and styles.
 */
export const THREADS_HOSTS = ['threads.com', '*.threads.com', 'threads.net', '*.threads.net', 'static.cdninstagram.com'] as const;

/** Reads a Threads profile: session, privacy settings, identity and the logged-out view. */
export function createThreadsReader(timing: ThreadsTiming = DEFAULT_THREADS_TIMING): PlatformReader {
  return {
    platform: 'threads',
    hosts: THREADS_HOSTS,
    signInUrl: THREADS_SIGN_IN_URL,
    settings: THREADS_SETTINGS,
    read: (ctx) => closingPages(ctx, (tracked) => readThreads(tracked, timing)),
  };
}

export const threadsReader: PlatformReader = createThreadsReader();

const IDENTITY_SETTING_KEYS = Object.values(IDENTITY_SETTINGS);

/** Settings › Privacy (with Account when its switch is not inline), then the own profile, then the stranger view. */
async function readThreads(ctx: ReaderContext, timing: ThreadsTiming): Promise<PlatformReadResult> {
  let page: Page;
  let privacy;
  try {
    ({ page, privacy } = await ctx.step('Opening Threads settings', async (signal) => {
      const opened = await ctx.newPage();
      return { page: opened, privacy: await readPrivacyPage(opened, signal, timing) };
    }));
  } catch (error) {
    return nothingRead(THREADS_SETTINGS, 'unknown', reasonForFailure(error, ctx.signal, 'Threads'));
  }
  if ('problem' in privacy) return nothingRead(THREADS_SETTINGS, privacy.problem.state, privacy.problem);
  const { handle, readings, privateSwitch } = privacy.reading;
  const fediverse = privacy.reading.fediverse !== null ? { reading: privacy.reading.fediverse }
    : await stepReading(ctx, 'Reading Threads account settings', 'fediverse_sharing', (s) => readAccountPage(page, s, timing));
  if ('problem' in fediverse) return nothingRead(THREADS_SETTINGS, fediverse.problem.state, fediverse.problem);
  const profile = handle === null ? noHandle(privateSwitch) : await profileOf(ctx, page, handle, privateSwitch, timing);
  if ('problem' in profile) return nothingRead(THREADS_SETTINGS, profile.problem.state, profile.problem);
  // Signed in only on a page Chaperone recognised as the person's own: a shell with a username is not enough.
  if (!privacy.reading.recognised && !('observation' in fediverse.reading) && profile.identity === null) return nothingRead(THREADS_SETTINGS, 'unknown', UNRECOGNISED);
  const all = [...readings, fediverse.reading, profile.isPrivate];
  const stranger = handle === null ? null
    : await strangerStep(ctx, 'Threads', profileUrl(handle), (strangerPage, signal) => readStrangerView(strangerPage, handle, signal, timing));
  const own = profile.identity?.handle ?? null;
  return {
    session: 'signed-in',
    sessionDetail: own === null ? 'Logged in to Threads.' : `Logged in to Threads as @${own}.`,
    observations: all.flatMap((r) => ('observation' in r ? [r.observation] : [])),
    unread: [...all.flatMap((r) => ('unread' in r ? [r.unread] : [])), ...profile.identityUnread],
    identity: profile.identity,
    stranger,
  };
}

const UNRECOGNISED: SessionProblem = {
  state: 'unknown', reason: 'page-changed',
  detail: 'Chaperone did not recognise Threads\' settings page or your profile, so it could not tell whether it is logged in to your account.',
};

interface ProfileReading {
  isPrivate: ControlReading;
  identity: Identity | null;
  identityUnread: Unread[];
}

/** The private flag and identity from the own profile; the switch only when the profile's data is silent. */
async function profileOf(ctx: ReaderContext, page: Page, handle: string, privateSwitch: ControlReading, timing: ThreadsTiming): Promise<ProfileReading | { problem: SessionProblem }> {
  let outcome;
  try {
    outcome = await ctx.step('Reading your Threads profile', (signal) => readOwnProfile(page, handle, signal, timing));
  } catch (error) {
    const failure = reasonForFailure(error, ctx.signal, 'Threads');
    return { isPrivate: privateSwitch, identity: null, identityUnread: unreadEvery(IDENTITY_SETTING_KEYS, failure.reason, failure.detail) };
  }
  if ('problem' in outcome) return outcome;
  const profile = outcome.reading;
  if (profile === null) {
    const detail = 'Threads did not show your profile in a way Chaperone recognises, so your name and bio were not read.';
    return { isPrivate: fallback(privateSwitch), identity: null, identityUnread: unreadEvery(IDENTITY_SETTING_KEYS, 'page-changed', detail) };
  }
  const fromJson: Observation | null = 'user' in profile ? privateObservation(profile.user) : null;
  return { isPrivate: fromJson === null ? fallback(privateSwitch) : { observation: fromJson }, identity: identityOf(profile), identityUnread: [] };
}

function noHandle(privateSwitch: ControlReading): ProfileReading {
  const detail = 'Chaperone could not tell which Threads profile is yours, so it could not open it.';
  return { isPrivate: fallback(privateSwitch), identity: null, identityUnread: unreadEvery(IDENTITY_SETTING_KEYS, 'page-changed', detail) };
}

/** The switch's reading, its reason saying that the profile data was silent first. */
function fallback(privateSwitch: ControlReading): ControlReading {
  if ('observation' in privateSwitch) return privateSwitch;
  return { unread: { ...privateSwitch.unread, detail: `Threads' profile data did not say whether your profile is private. ${privateSwitch.unread.detail}` } };
}

async function stepReading<T>(ctx: ReaderContext, name: string, setting: string, read: (signal: AbortSignal) => Promise<T>): Promise<T | { reading: ControlReading }> {
  try {
    return await ctx.step(name, read);
  } catch (error) {
    const failure = reasonForFailure(error, ctx.signal, 'Threads');
    return { reading: { unread: { setting, reason: failure.reason, detail: failure.detail } } };
  }
}
