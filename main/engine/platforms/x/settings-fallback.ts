import type { Page } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import type { ToggleReading } from '../read-helpers/read-toggle.ts';
import { waitForUrl } from '../read-helpers/wait-for-url.ts';
import { waitForNotice } from './page-notice.ts';
import { readProfileLinkHandle } from './own-handle.ts';
import { readPageToggles } from './page-toggles.ts';
import type { SettingsReading } from './settings-parse.ts';
import { X_TOGGLES } from './x-labels.ts';
import type { XToggleLabel } from './x-labels.ts';
import type { XTiming } from './x-timing.ts';
import { verdictForUrl } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';
import { X_SETTINGS } from './x-settings.ts';
import { CHALLENGE_URL_PATTERN, LOGIN_URL_PATTERN } from './x-urls.ts';
import type { XSetting } from './x-settings.ts';

/** Controls that show the page has drawn its settings rows. */
const CONTROL = 'input[type="checkbox"], [role="checkbox"], [role="switch"]';
/** Once a page has drawn its first control, how long its other rows may take. */
const ROWS_SETTLE_MS = 1_500;

/** What the pages showed, or the session verdict when X sent the browser away from them. */
export type PagesReading = SettingsReading | { sessionLost: SessionProblem };

/**
 * Reads what it can from the settings pages' accessibility tree when the settings data did not
 * come: first on the page in front of the reader (the Privacy and safety hub), then on the page of
 * each setting still missing. Call it only for an English page: the labels are matched in English.
 */
export async function readSettingsFromPages(page: Page, signal: AbortSignal, timing: XTiming): Promise<PagesReading> {
  const reading: SettingsReading = { observations: [], unread: [] };
  const screenName = await readProfileLinkHandle(page);
  if (screenName !== null) reading.observations.push(screenName);
  const onHub = await hubDrawn(page, signal, timing) ? await readPageToggles(page, X_TOGGLES, signal, 0) : new Map<XToggleLabel, ToggleReading>();
  const pending: XToggleLabel[] = [];
  for (const toggle of X_TOGGLES) {
    const found = onHub.get(toggle);
    if (found?.found === true) reading.observations.push(toggleObservation(toggle, found, page.url()));
    else pending.push(toggle);
  }
  for (const url of [...new Set(pending.map((toggle) => toggle.url))]) {
    const sessionLost = await openSettingsSubpage(page, url, signal, timing);
    if (sessionLost !== null) return { sessionLost };
    const here = pending.filter((toggle) => toggle.url === url);
    const found = await readPageToggles(page, here, signal, ROWS_SETTLE_MS);
    for (const toggle of here) {
      const result = found.get(toggle);
      if (result?.found === true) reading.observations.push(toggleObservation(toggle, result, url));
      else reading.unread.push(unread(toggle.setting, 'page-changed', `Chaperone could not find the "${toggle.label}" setting on X's page.`));
    }
  }
  const done = new Set([...reading.observations, ...reading.unread].map((r) => r.setting));
  for (const setting of X_SETTINGS.filter((s) => !done.has(s))) {
    reading.unread.push(unread(setting, 'timeout', "X's settings data did not arrive in time, and this setting cannot be read from its page."));
  }
  return reading;
}

/** The hub has drawn its rows (its links to the settings pages, or controls of its own). */
async function hubDrawn(page: Page, signal: AbortSignal, timing: XTiming): Promise<boolean> {
  const paths = [...new Set(X_TOGGLES.map((toggle) => new URL(toggle.url).pathname))];
  const selector = [CONTROL, ...paths.map((path) => `a[href="${path}"]`)].join(', ');
  try {
    await page.waitForSelector(selector, { timeout: timing.waitMs, signal });
    return true;
  } catch (error) {
    if (signal.aborted) throw error;
    return false;
  }
}

/** Opens one settings page and waits for its controls, X's message instead of them, or for X to send the browser away. */
async function openSettingsSubpage(page: Page, url: string, signal: AbortSignal, timing: XTiming): Promise<SessionProblem | null> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  const sentAway = async (pattern: RegExp, s: AbortSignal): Promise<SessionProblem | null> =>
    verdictForUrl(await waitForUrl(page, pattern, { signal: s, timeoutMs: timing.waitMs }));
  return firstOf(signal, [
    async (s) => { await page.waitForSelector(CONTROL, { timeout: timing.waitMs, signal: s }); return null; },
    (s) => sentAway(LOGIN_URL_PATTERN, s),
    (s) => sentAway(CHALLENGE_URL_PATTERN, s),
    (s) => waitForNotice(page, s, timing.waitMs),
  ]);
}

function toggleObservation(toggle: XToggleLabel, found: Extract<ToggleReading, { found: true }>, url: string): Observation {
  const where = new URL(url);
  return observation(toggle.setting, found.checked, `${where.host}${where.pathname} ${found.role} "${found.name}" (accessibility tree)`);
}

function observation(setting: XSetting, value: boolean | string, evidence: string): Observation {
  return { setting, value, source: 'accessibility-tree', evidence, readAt: new Date().toISOString() };
}

function unread(setting: XSetting, reason: Unread['reason'], detail: string): Unread {
  return { setting, reason, detail };
}
