import type { Page } from 'puppeteer-core';
import type { Unread } from '../../types.ts';
import { isEnglishLanguage, readPageLanguage } from '../read-helpers/page-locale.ts';
import { controlsNamed, linkedUsername, readMentions, readSwitch } from './ax-read.ts';
import type { AxNode, ControlReading } from './ax-read.ts';
import { embeddedViewerUsername } from './embedded-json.ts';
import { openAndSettle } from './settle-page.ts';
import type { SessionProblem } from './session-verdict.ts';
import { FEDIVERSE_CONTROL, MENTIONS_CONTROL, ONLINE_CONTROL, PRIVATE_CONTROL } from './threads-labels.ts';
import type { ControlLabel } from './threads-labels.ts';
import type { ThreadsSetting } from './threads-settings.ts';
import type { ThreadsTiming } from './threads-timing.ts';
import { THREADS_ACCOUNT_URL, THREADS_PRIVACY_URL } from './threads-urls.ts';

export interface PrivacyPageReading {
  /** The signed-in username, from the page's link to the user's profile or the page's viewer data. */
  handle: string | null;
  /** Mentions and Online status. */
  readings: ControlReading[];
  /** The "Private profile" switch: used only when the profile's own data does not say. */
  privateSwitch: ControlReading;
  /** Fediverse sharing, when Threads draws it on the Privacy page itself; null when it is not there. */
  fediverse: ControlReading | null;
  /** The page was recognised as the account's own settings (a known control, or a language Chaperone does not read). */
  recognised: boolean;
}

export type PageOutcome<T> = { problem: SessionProblem } | { reading: T };

const PRIVACY_CONTROLS: readonly ControlLabel[] = [PRIVATE_CONTROL, MENTIONS_CONTROL, ONLINE_CONTROL];

/** How many of the controls are drawn; on a page in another language none will be, so it is read as it is. */
function drawn(tree: AxNode | null, controls: readonly ControlLabel[], language = 'en'): 'all' | 'some' | 'none' {
  if (!isEnglishLanguage(language)) return 'all';
  const found = controls.filter((control) => controlsNamed(tree, control).length > 0).length;
  return found === controls.length ? 'all' : found > 0 ? 'some' : 'none';
}

/** Opens Settings › Privacy, waits for its controls, and reads them by role and label (English pages only). */
export async function readPrivacyPage(page: Page, signal: AbortSignal, timing: ThreadsTiming): Promise<PageOutcome<PrivacyPageReading>> {
  const outcome = await openAndSettle(page, THREADS_PRIVACY_URL, signal, timing, {
    textScope: 'page', ready: ({ tree, language }) => drawn(tree, PRIVACY_CONTROLS, language),
  });
  if ('problem' in outcome) return outcome;
  const { tree, url, blocks } = outcome.settled;
  const language = await readPageLanguage(page);
  const readAt = new Date().toISOString();
  const handle = linkedUsername(tree) ?? embeddedViewerUsername(blocks);
  if (!isEnglishLanguage(language)) {
    return { reading: {
      handle, recognised: true, fediverse: null,
      readings: [foreign('mentions', language), foreign('online_status', language)],
      privateSwitch: foreign('text_post_app_is_private', language),
    } };
  }
  const inlineFediverse = controlsNamed(tree, FEDIVERSE_CONTROL).length > 0;
  return { reading: {
    handle,
    recognised: drawn(tree, [...PRIVACY_CONTROLS, FEDIVERSE_CONTROL]) !== 'none',
    readings: [readMentions(tree, url, readAt), readSwitch(tree, url, ONLINE_CONTROL, readAt)],
    privateSwitch: readSwitch(tree, url, PRIVATE_CONTROL, readAt),
    fediverse: inlineFediverse ? readSwitch(tree, url, FEDIVERSE_CONTROL, readAt) : null,
  } };
}

/** Opens Settings › Account, waits for the Fediverse sharing control, and reads it (English pages only). */
export async function readAccountPage(page: Page, signal: AbortSignal, timing: ThreadsTiming): Promise<PageOutcome<ControlReading>> {
  const outcome = await openAndSettle(page, THREADS_ACCOUNT_URL, signal, timing, {
    textScope: 'page', ready: ({ tree, language }) => drawn(tree, [FEDIVERSE_CONTROL], language),
  });
  if ('problem' in outcome) return outcome;
  const language = await readPageLanguage(page);
  if (!isEnglishLanguage(language)) return { reading: foreign('fediverse_sharing', language) };
  return { reading: readSwitch(outcome.settled.tree, outcome.settled.url, FEDIVERSE_CONTROL, new Date().toISOString()) };
}

function foreign(setting: ThreadsSetting, language: string | null): { unread: Unread } {
  return { unread: {
    setting, reason: 'locale-unsupported',
    detail: `Threads' settings page is in a language Chaperone cannot read yet (${language ?? 'not stated'}).`,
  } };
}
