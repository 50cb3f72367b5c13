import type { Page } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import { findAxNodes, readToggle } from '../read-helpers/read-toggle.ts';
import { waitForUrl } from '../read-helpers/wait-for-url.ts';
import type { SettingsReading } from './settings-parse.ts';
import type { XTiming } from './x-timing.ts';
import { verdictForUrl } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';
import { X_SETTINGS } from './x-settings.ts';
import { CHALLENGE_URL_PATTERN, LOGIN_URL_PATTERN } from './x-urls.ts';
import type { XSetting } from './x-settings.ts';

interface FallbackToggle {
  setting: XSetting;
  label: string;
  name: RegExp;
}

/** English labels (X's web app, 2025–2026) of the settings worth a page load each. */
const FALLBACK_PAGES: readonly { url: string; toggles: FallbackToggle[] }[] = [
  { url: 'https://x.com/settings/audience_and_tagging', toggles: [
    { setting: 'protected', label: 'Protect your posts', name: /protect your (?:posts|tweets)/i },
  ] },
  { url: 'https://x.com/settings/contacts', toggles: [
    { setting: 'discoverable_by_email', label: 'Let people who have your email address find you', name: /people who have your email address find you/i },
    { setting: 'discoverable_by_mobile_phone', label: 'Let people who have your phone number find you', name: /people who have your phone number find you/i },
  ] },
  { url: 'https://x.com/settings/location', toggles: [
    { setting: 'geo_enabled', label: 'Add location information to your posts', name: /add location information to your (?:posts|tweets)/i },
  ] },
];

const CONTROL = 'input[type="checkbox"], [role="checkbox"], [role="switch"]';

/** What the pages showed, or the session verdict when X sent the browser away from them. */
export type PagesReading = SettingsReading | { sessionLost: SessionProblem };

/**
 * Reads what it can from the settings pages' accessibility tree when the settings data did not
 * come. Call it only for an English page: the labels are matched in English.
 */
export async function readSettingsFromPages(page: Page, signal: AbortSignal, timing: XTiming): Promise<PagesReading> {
  const reading: SettingsReading = { observations: [], unread: [] };
  const screenName = await readProfileLinkHandle(page);
  if (screenName !== null) reading.observations.push(screenName);
  for (const { url, toggles } of FALLBACK_PAGES) {
    const sessionLost = await openSettingsSubpage(page, url, signal, timing);
    if (sessionLost !== null) return { sessionLost };
    for (const toggle of toggles) {
      const found = await readToggle(page, { role: ['checkbox', 'switch'], name: toggle.name });
      if (found.found) {
        reading.observations.push(observation(toggle.setting, found.checked,
          `${new URL(url).host}${new URL(url).pathname} ${found.role} "${toggle.label}" (accessibility tree)`));
      } else {
        reading.unread.push(unread(toggle.setting, 'page-changed', `Chaperone could not find the "${toggle.label}" setting on X's page.`));
      }
    }
  }
  const done = new Set([...reading.observations, ...reading.unread].map((r) => r.setting));
  for (const setting of X_SETTINGS.filter((s) => !done.has(s))) {
    reading.unread.push(unread(setting, 'timeout', "X's settings data did not arrive in time, and this setting cannot be read from its page."));
  }
  return reading;
}

/** Opens one settings page and waits for its controls, or for X to send the browser away. */
async function openSettingsSubpage(page: Page, url: string, signal: AbortSignal, timing: XTiming): Promise<SessionProblem | null> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  const sentAway = async (pattern: RegExp, s: AbortSignal): Promise<SessionProblem | null> =>
    verdictForUrl(await waitForUrl(page, pattern, { signal: s, timeoutMs: timing.waitMs }));
  return firstOf(signal, [
    async (s) => { await page.waitForSelector(CONTROL, { timeout: timing.waitMs, signal: s }); return null; },
    (s) => sentAway(LOGIN_URL_PATTERN, s),
    (s) => sentAway(CHALLENGE_URL_PATTERN, s),
  ]);
}

/** The side navigation's "Profile" link goes to /<handle>: the handle, read from the page. */
async function readProfileLinkHandle(page: Page): Promise<Observation | null> {
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  const links = findAxNodes(tree, (node) => node.role === 'link' && node.name !== undefined && /^profile$/i.test(node.name.trim()));
  const [link] = links;
  if (link?.url === undefined || links.length > 1) return null;
  const handle = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(new URL(link.url, 'https://x.com').pathname)?.[1];
  return handle === undefined ? null
    : observation('screen_name', handle, 'x.com side navigation link "Profile" (accessibility tree)');
}

function observation(setting: XSetting, value: boolean | string, evidence: string): Observation {
  return { setting, value, source: 'accessibility-tree', evidence, readAt: new Date().toISOString() };
}

function unread(setting: XSetting, reason: Unread['reason'], detail: string): Unread {
  return { setting, reason, detail };
}
