import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import { captureResponse, waitForCapturedResponse } from '../read-helpers/capture-response.ts';
import type { CapturedResponse } from '../read-helpers/capture-response.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import { readPageLanguage } from '../read-helpers/page-locale.ts';
import { waitForUrl } from '../read-helpers/wait-for-url.ts';
import type { InstagramTiming } from './instagram-timing.ts';
import { watchForHardStop } from './page-health.ts';
import { CHALLENGE_URL_PATTERN, INSTAGRAM_PRIVACY_URL, isWebFormData, isWebProfileInfoFor, LOGIN_URL_PATTERN } from './instagram-urls.ts';
import { classifyErrorResponse, classifyFormData, refusalNeedsAddress, verdictForUrl } from './session-verdict.ts';
import type { SessionProblem, SessionVerdict } from './session-verdict.ts';

export type SettingsPageOutcome =
  | { kind: 'verdict'; verdict: SessionVerdict }
  /** The page looks signed in but the form data never came: read the pages instead. */
  | { kind: 'signed-in-without-data' };

export interface OpenedSettings {
  outcome: SettingsPageOutcome;
  /** The app's own `web_profile_info` answer, when it came in time. */
  profileInfo: CapturedResponse | null;
  /** `<html lang>`; null when not stated or not readable. */
  language: string | null;
}

const SENT_AWAY = new RegExp(`${LOGIN_URL_PATTERN.source}|${CHALLENGE_URL_PATTERN.source}`);

/**
 * Opens Account privacy and listens to what Instagram's own app does there: the profile form data
 * and profile info it fetches, or where it sends the browser (login page, account check).
 */
export async function openSettingsPage(page: Page, signal: AbortSignal, timing: InstagramTiming): Promise<OpenedSettings> {
  const finished = new AbortController();
  const scoped = AbortSignal.any([signal, finished.signal]);
  const wait = { signal: scoped, timeoutMs: timing.waitMs };
  const formData = waitForCapturedResponse(page, isWebFormData, wait);
  const profileInfo = waitForCapturedResponse(page, isWebProfileInfoFor(null), wait);
  formData.catch(() => undefined);
  profileInfo.catch(() => undefined);
  const fromFormData = async (response: CapturedResponse, s: AbortSignal): Promise<SettingsPageOutcome> => {
    if (!refusalNeedsAddress(response)) return verdict(classifyFormData(response));
    try {
      return verdict(await sentAway(page, s, timing.graceMs));
    } catch (error) {
      if (s.aborted) throw error;
      return verdict(classifyFormData(response));
    }
  };
  try {
    const document = await page.goto(INSTAGRAM_PRIVACY_URL, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const early = document === null ? null : documentVerdict(page.url(), await captureResponse(document));
    const outcome = early ?? await firstOf<SettingsPageOutcome>(scoped, [
      async (s) => fromFormData(await formData, s),
      async (s) => verdict(await sentAway(page, s, timing.waitMs)),
      // Instagram's app draws a rate limit, an account check or its "automated behaviour" warning after load.
      async (s) => verdict(await watchForHardStop(page, s, timing.waitMs)),
      async (s) => {
        await waitForSessionCookie(page, s, timing.waitMs);
        const response = await Promise.race([formData, quietDelay(timing.graceMs, s)]);
        return response === null ? { kind: 'signed-in-without-data' } : fromFormData(response, s);
      },
    ]);
    const signedIn = outcome.kind === 'signed-in-without-data' || outcome.verdict.state === 'signed-in';
    const info = signedIn ? await Promise.race([profileInfo, quietDelay(timing.graceMs, scoped)]).catch(() => null) : null;
    return { outcome, profileInfo: info, language: await readPageLanguage(page).catch(() => null) };
  } finally {
    finished.abort(new Error('Opening the settings page is over.'));
  }
}

/** `ds_user_id`, the signed-in user's id that Instagram's own app reads from the page's cookies. */
async function waitForSessionCookie(page: Page, signal: AbortSignal, timeoutMs: number): Promise<void> {
  const handle = await page.waitForFunction(() => /(?:^|;\s*)ds_user_id=/.test(document.cookie), { signal, timeout: timeoutMs, polling: 200 });
  await handle.dispose();
}

async function sentAway(page: Page, signal: AbortSignal, timeoutMs: number): Promise<SessionProblem> {
  const url = await waitForUrl(page, SENT_AWAY, { signal, timeoutMs });
  const problem = verdictForUrl(url);
  if (problem === null) throw new Error('The address did not say anything about the session.');
  return problem;
}

function documentVerdict(pageUrl: string, document: CapturedResponse): SettingsPageOutcome | null {
  const problem = verdictForUrl(pageUrl) ?? (document.status >= 400 ? classifyErrorResponse(document) : null);
  return problem === null ? null : verdict(problem);
}

function quietDelay(ms: number, signal: AbortSignal): Promise<null> {
  const wait = delay(ms, null, { signal });
  wait.catch(() => undefined);
  return wait;
}

function verdict(value: SessionVerdict): SettingsPageOutcome {
  return { kind: 'verdict', verdict: value };
}
