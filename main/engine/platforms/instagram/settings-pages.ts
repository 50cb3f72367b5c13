import type { Page } from 'puppeteer-core';
import type { Observation } from '../../types.ts';
import { firstOf } from '../read-helpers/first-of.ts';
import { waitForUrl } from '../read-helpers/wait-for-url.ts';
import {
  ACCOUNT_SUGGESTIONS, ACTIVITY_STATUS, MANUAL_TAG_APPROVAL, PRIVATE_ACCOUNT, SEARCH_ENGINES, SHARING_TO_MESSAGES,
  SHARING_TO_STORY, STORY_LINK, TAGS_AND_MENTIONS_LINK, WHO_CAN_MENTION, WHO_CAN_TAG,
} from './instagram-labels.ts';
import type { MenuLink, RadioGroup, SwitchLabel } from './instagram-labels.ts';
import type { InstagramTiming } from './instagram-timing.ts';
import { CHALLENGE_URL_PATTERN, INSTAGRAM_ACTIVITY_STATUS_URL, INSTAGRAM_EDIT_PROFILE_URL, LOGIN_URL_PATTERN } from './instagram-urls.ts';
import type { ControlReading } from './page-controls.ts';
import { menuLinkUrl, readRadioGroup, readSwitch, snapshot } from './page-controls.ts';
import { searchEngineReading } from './search-engine.ts';
import type { SettingsReading } from './json-parse.ts';
import { verdictForUrl } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';

export type PagesReading = SettingsReading | { sessionLost: SessionProblem };

/** What is already known when the pages are read: what the JSON gave, and what it left out. */
export interface Known {
  observed: ReadonlySet<string>;
  isPrivate: boolean | null;
  isProfessional: boolean | null;
}

/** Any form control: the settings page has been drawn. */
const CONTROL = 'main [role="switch"], main [role="checkbox"], main [role="radio"], main input, main textarea';

type Control = SwitchLabel | RadioGroup;

/**
 * Reads, from the settings pages' accessibility tree, what only the pages show (search engines,
 * tags and mentions, story sharing) and what the JSON left out. The browser is already on
 * Account privacy. Call it only for an English page: labels are matched in English.
 */
export async function readSettingsPages(page: Page, known: Known, signal: AbortSignal, timing: InstagramTiming): Promise<PagesReading> {
  const reading: SettingsReading = { observations: [], unread: [] };
  const add = (r: ControlReading): void => {
    if ('observation' in r) reading.observations.push(r.observation);
    else reading.unread.push(r.unread);
  };
  const wanted = (c: Control): boolean => !known.observed.has(c.setting);
  const readHere = async (controls: Control[]): Promise<void> => {
    const tree = await snapshot(page);
    const where = whereOf(page.url());
    for (const c of controls.filter(wanted)) add('options' in c ? readRadioGroup(tree, where, c) : readSwitch(tree, where, c));
  };

  const lost = await settle(page, signal, timing);
  if (lost !== null) return { sessionLost: lost };
  const privacyTree = await snapshot(page);
  if (wanted(PRIVATE_ACCOUNT)) add(readSwitch(privacyTree, whereOf(page.url()), PRIVATE_ACCOUNT));
  const isPrivate = known.isPrivate ?? observedPrivate(reading.observations);
  add(searchEngineReading(readSwitch(privacyTree, whereOf(page.url()), SEARCH_ENGINES), isPrivate, known.isProfessional));
  const links = { tags: menuLinkUrl(privacyTree, TAGS_AND_MENTIONS_LINK, page.url()), story: menuLinkUrl(privacyTree, STORY_LINK, page.url()) };

  const visits: [string | null, MenuLink | null, Control[]][] = [
    [links.tags, TAGS_AND_MENTIONS_LINK, [WHO_CAN_TAG, MANUAL_TAG_APPROVAL, WHO_CAN_MENTION]],
    [links.story, STORY_LINK, [SHARING_TO_STORY, SHARING_TO_MESSAGES]],
    [INSTAGRAM_ACTIVITY_STATUS_URL, null, [ACTIVITY_STATUS]],
    [INSTAGRAM_EDIT_PROFILE_URL, null, [ACCOUNT_SUGGESTIONS]],
  ];
  for (const [url, link, controls] of visits) {
    if (!controls.some(wanted)) continue;
    if (url === null) {
      for (const c of controls.filter(wanted)) {
        reading.unread.push({ setting: c.setting, reason: 'page-changed', detail: `Chaperone could not find the "${link?.label ?? ''}" link in Instagram's settings menu.` });
      }
      continue;
    }
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const sessionLost = await settle(page, signal, timing);
    if (sessionLost !== null) return { sessionLost };
    await readHere(controls);
  }
  return reading;
}

/** Waits for the page's controls, or for Instagram to send the browser away. */
async function settle(page: Page, signal: AbortSignal, timing: InstagramTiming): Promise<SessionProblem | null> {
  const already = verdictForUrl(page.url());
  if (already !== null) return already;
  const sentAway = async (pattern: RegExp, s: AbortSignal): Promise<SessionProblem | null> =>
    verdictForUrl(await waitForUrl(page, pattern, { signal: s, timeoutMs: timing.waitMs }));
  return firstOf(signal, [
    async (s) => {
      // A page whose control is gone is read as it is after a short wait, not waited on for ever.
      try {
        await page.waitForSelector(CONTROL, { timeout: timing.graceMs, signal: s });
      } catch (error) {
        if (s.aborted) throw error;
      }
      return null;
    },
    (s) => sentAway(LOGIN_URL_PATTERN, s),
    (s) => sentAway(CHALLENGE_URL_PATTERN, s),
  ]);
}

function observedPrivate(observations: readonly Observation[]): boolean | null {
  const value = observations.find((o) => o.setting === 'is_private')?.value;
  return typeof value === 'boolean' ? value : null;
}

function whereOf(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}
