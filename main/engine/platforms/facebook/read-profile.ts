import type { Page } from 'puppeteer-core';
import type { Identity, ReaderContext, Unread } from '../../types.ts';
import { IDENTITY_SETTINGS } from '../../identity/observations.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import type { SessionProblem } from './page-verdict.ts';
import { readIdentity } from './read-identity.ts';

const IDENTITY_SETTING_KEYS = Object.values(IDENTITY_SETTINGS);

export type ProfileOutcome =
  | { identity: Identity | null; handle: string | null; unread: Unread[] }
  | { sessionLost: SessionProblem };

/** The identity step: what the profile shows, or why the name checks could not be made. */
export async function readProfile(ctx: ReaderContext, page: Page, timing: FacebookTiming): Promise<ProfileOutcome> {
  try {
    const reading = await ctx.step('Reading your Facebook profile', (signal) => readIdentity(page, signal, timing));
    if ('sessionLost' in reading) return reading;
    if ('pageChanged' in reading) {
      return { identity: null, handle: null, unread: unreadEvery(IDENTITY_SETTING_KEYS, 'page-changed', reading.pageChanged) };
    }
    return { identity: reading.identity, handle: reading.handle, unread: [] };
  } catch (error) {
    // The settings already read stand; the name checks say why they could not be made.
    const failure = reasonForFailure(error, ctx.signal, 'Facebook');
    return { identity: null, handle: null, unread: unreadEvery(IDENTITY_SETTING_KEYS, failure.reason, failure.detail) };
  }
}
