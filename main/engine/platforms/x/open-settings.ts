import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import { captureResponse, waitForCapturedResponse } from '../read-helpers/capture-response.ts';
import type { CapturedResponse } from '../read-helpers/capture-response.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import { readPageLanguage } from '../read-helpers/page-locale.ts';
import { waitForUrl } from '../read-helpers/wait-for-url.ts';
import { waitForNotice } from './page-notice.ts';
import { classifyErrorResponse, classifySettingsResponse, refusalNeedsAddress, verdictForUrl } from './session-verdict.ts';
import type { SessionProblem, SessionVerdict } from './session-verdict.ts';
import { X_PROFILE_LINK_NAME } from './x-labels.ts';
import type { XTiming } from './x-timing.ts';
import { CHALLENGE_URL_PATTERN, isSettingsJson, LOGIN_URL_PATTERN, X_SETTINGS_HUB_URL } from './x-urls.ts';

/** Parts of X's signed-in page frame (side navigation), present on every settings page. */
export const SIGNED_IN_FRAME = '[data-testid="AppTabBar_Profile_Link"], [data-testid="SideNav_AccountSwitcher_Button"]';

export type SettingsPageOutcome =
  | { kind: 'verdict'; verdict: SessionVerdict }
  /** The page looks signed in but its settings data never came: read the pages instead. */
  | { kind: 'signed-in-without-data' };

export interface SettingsPageResult {
  outcome: SettingsPageOutcome;
  /** `<html lang>` once the app had settled; null when it could not be read. */
  language: string | null;
}

const SENT_AWAY = new RegExp(`${LOGIN_URL_PATTERN.source}|${CHALLENGE_URL_PATTERN.source}`);

/**
 * Opens the Privacy and safety hub and listens to what X's own app does: the settings data it
 * fetches, or where it sends the browser (login flow, account-access check).
 */
export async function openSettingsPage(page: Page, signal: AbortSignal, timing: XTiming): Promise<SettingsPageResult> {
  const finished = new AbortController();
  const scoped = AbortSignal.any([signal, finished.signal]);
  const settingsData = waitForCapturedResponse(page, isSettingsJson, { signal: scoped, timeoutMs: timing.waitMs });
  settingsData.catch(() => undefined);
  const fromSettings = async (response: CapturedResponse, s: AbortSignal): Promise<SettingsPageOutcome> => {
    if (!refusalNeedsAddress(response)) return verdict(classifySettingsResponse(response, new Date()));
    // X's app leaves the page straight after a refusal, taking the body with it: where it goes says why.
    try {
      return verdict(await sentAway(page, s, timing.settingsGraceMs));
    } catch (error) {
      if (s.aborted) throw error;
      return verdict(classifySettingsResponse(response, new Date()));
    }
  };
  try {
    const document = await page.goto(X_SETTINGS_HUB_URL, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const early = document === null ? null : documentVerdict(page.url(), await captureResponse(document));
    const outcome = early ?? await firstOf<SettingsPageOutcome>(scoped, [
      async (s) => fromSettings(await settingsData, s),
      async (s) => verdict(await sentAway(page, s, timing.waitMs)),
      async (s) => {
        // X's message instead of the page; settings data that came all the same says more.
        const problem = await waitForNotice(page, s, timing.waitMs);
        const response = await Promise.race([settingsData, graceOver(Math.min(timing.settingsGraceMs, 2_000), s)]);
        return response === null ? verdict(problem) : fromSettings(response, s);
      },
      async (s) => {
        await waitForOwnAccountFrame(page, s, timing.waitMs);
        const response = await Promise.race([settingsData, graceOver(timing.settingsGraceMs, s)]);
        return response === null ? { kind: 'signed-in-without-data' } : fromSettings(response, s);
      },
    ]);
    return { outcome, language: await readPageLanguage(page).catch(() => null) };
  } finally {
    finished.abort(new Error('Opening the settings page is over.'));
  }
}

/**
 * X's signed-in side navigation with the link to the person's own profile, which X draws from the
 * session's own data on every signed-in page (a cookie alone is not a recognised account page).
 * Found by its test id, or by its accessible name wherever the markup has changed.
 */
export async function waitForOwnAccountFrame(page: Page, signal: AbortSignal, timeoutMs: number): Promise<void> {
  const handle = await page.waitForFunction(
    (frame: string, name: string) => document.querySelector(frame) !== null
      || [...document.querySelectorAll('a[href]')].some((link) => {
        const label = (link.getAttribute('aria-label') ?? link.textContent).trim();
        return new RegExp(name, 'i').test(label) && /^\/\w{1,15}\/?$/.test(new URL((link as HTMLAnchorElement).href).pathname);
      }),
    { signal, timeout: timeoutMs, polling: 200 },
    SIGNED_IN_FRAME, X_PROFILE_LINK_NAME.source,
  );
  await handle.dispose();
}

function graceOver(ms: number, signal: AbortSignal): Promise<null> {
  const grace = delay(ms, null, { signal });
  grace.catch(() => undefined);
  return grace;
}

/** X's app sending the browser to its login flow or its account-access check. */
async function sentAway(page: Page, signal: AbortSignal, timeoutMs: number): Promise<SessionProblem> {
  const url = await waitForUrl(page, SENT_AWAY, { signal, timeoutMs });
  const problem = verdictForUrl(url);
  if (problem === null) throw new Error('The address did not say anything about the session.');
  return problem;
}

/** The page itself may already say enough: an error status, or a redirect to login/challenge. */
function documentVerdict(pageUrl: string, document: CapturedResponse): SettingsPageOutcome | null {
  const byStatus = classifyErrorResponse(document, new Date()) ?? verdictForUrl(pageUrl);
  return byStatus === null ? null : verdict(byStatus);
}

function verdict(value: SessionVerdict): SettingsPageOutcome {
  return { kind: 'verdict', verdict: value };
}
