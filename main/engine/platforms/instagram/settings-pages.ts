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
import { controlShown, menuLinkUrl, readRadioGroup, readSwitch, snapshot } from './page-controls.ts';
import { watchForHardStop } from './page-health.ts';
import { waitForControls } from './page-settle.ts';
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

type Control = SwitchLabel | RadioGroup;

/** Where each control lives when it is not on Account privacy itself: a menu link, or a known page. */
const ELSEWHERE: readonly { link: MenuLink | null; url: string | null; controls: readonly Control[] }[] = [
  { link: TAGS_AND_MENTIONS_LINK, url: null, controls: [WHO_CAN_TAG, MANUAL_TAG_APPROVAL, WHO_CAN_MENTION] },
  { link: STORY_LINK, url: null, controls: [SHARING_TO_STORY, SHARING_TO_MESSAGES] },
  { link: null, url: INSTAGRAM_ACTIVITY_STATUS_URL, controls: [ACTIVITY_STATUS] },
  { link: null, url: INSTAGRAM_EDIT_PROFILE_URL, controls: [ACCOUNT_SUGGESTIONS] },
];

/**
 * Reads, from the settings pages' accessibility tree, what only the pages show (search engines,
 * tags and mentions, story sharing) and what the JSON left out: first on the page the browser is
 * on (Account privacy), then behind the links and pages that usually hold the rest. Call it only
 * for an English page: labels are matched in English.
 */
export async function readSettingsPages(page: Page, known: Known, signal: AbortSignal, timing: InstagramTiming): Promise<PagesReading> {
  const reading: SettingsReading = { observations: [], unread: [] };
  const add = (r: ControlReading): void => {
    if ('observation' in r) reading.observations.push(r.observation);
    else reading.unread.push(r.unread);
  };
  const pending = new Set<Control>([PRIVATE_ACCOUNT, ...ELSEWHERE.flatMap((e) => e.controls)].filter((c) => !known.observed.has(c.setting)));
  const readShown = async (): Promise<void> => {
    const tree = await snapshot(page);
    const where = whereOf(page.url());
    for (const c of [...pending].filter((control) => controlShown(tree, control))) {
      pending.delete(c);
      add('options' in c ? readRadioGroup(tree, where, c) : readSwitch(tree, where, c));
    }
  };

  const lost = await settle(page, [...pending, SEARCH_ENGINES], signal, timing);
  if (lost !== null) return { sessionLost: lost };
  const privacyTree = await snapshot(page);
  await readShown();
  const isPrivate = known.isPrivate ?? observedPrivate(reading.observations);
  add(searchEngineReading(readSwitch(privacyTree, whereOf(page.url()), SEARCH_ENGINES), isPrivate, known.isProfessional));
  const links = new Map(ELSEWHERE.map((e) => [e, e.link === null ? e.url : menuLinkUrl(privacyTree, e.link, page.url())]));

  for (const place of ELSEWHERE) {
    const wanted = place.controls.filter((c) => pending.has(c));
    if (wanted.length === 0) continue;
    const url = links.get(place) ?? null;
    if (url === null) {
      for (const c of wanted) {
        pending.delete(c);
        reading.unread.push({ setting: c.setting, reason: 'page-changed', detail: `Chaperone could not find ${c.what} on Instagram's settings page, nor the "${place.link?.label ?? ''}" link that usually leads to it.` });
      }
      continue;
    }
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const sessionLost = await settle(page, wanted, signal, timing);
    if (sessionLost !== null) return { sessionLost };
    await readShown();
    for (const c of wanted.filter((control) => pending.has(control))) {
      pending.delete(c);
      add('options' in c ? readRadioGroup(null, '', c) : readSwitch(null, '', c));
    }
  }
  return reading;
}

/**
 * Waits, up to the deadline, for the page's controls (by role and name), or for Instagram to send
 * the browser away or draw a hard stop instead. Only the deadline gives a timeout.
 */
async function settle(page: Page, wanted: readonly Control[], signal: AbortSignal, timing: InstagramTiming): Promise<SessionProblem | null> {
  const already = verdictForUrl(page.url());
  if (already !== null) return already;
  const sentAway = async (pattern: RegExp, s: AbortSignal): Promise<SessionProblem | null> =>
    verdictForUrl(await waitForUrl(page, pattern, { signal: s, timeoutMs: timing.waitMs }));
  return firstOf(signal, [
    async (s) => { await waitForControls(page, (tree) => wanted.every((c) => controlShown(tree, c)), s, timing); return null; },
    (s) => sentAway(LOGIN_URL_PATTERN, s),
    (s) => sentAway(CHALLENGE_URL_PATTERN, s),
    (s) => watchForHardStop(page, s, timing.waitMs),
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
