import type { Page } from 'puppeteer-core';
import type { Unread } from '../../types.ts';
import { isEnglishLanguage, readPageLanguage } from '../read-helpers/page-locale.ts';
import { linkedUsername, readMentions, readSwitch } from './ax-read.ts';
import type { ControlReading } from './ax-read.ts';
import { loadPage } from './load-page.ts';
import { sessionProblem } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';
import { FEDIVERSE_SWITCH, ONLINE_SWITCH, PRIVATE_SWITCH } from './threads-settings.ts';
import type { ThreadsSetting } from './threads-settings.ts';
import type { ThreadsTiming } from './threads-timing.ts';
import { THREADS_ACCOUNT_URL, THREADS_PRIVACY_URL } from './threads-urls.ts';

export interface PrivacyPageReading {
  /** The signed-in username, from the page's link to the user's profile. */
  handle: string | null;
  /** Mentions and Online status. */
  readings: ControlReading[];
  /** The "Private profile" switch: used only when the profile's own data does not say. */
  privateSwitch: ControlReading;
}

export type PageOutcome<T> = { problem: SessionProblem } | { reading: T };

const CONTROLS = '[role="switch"], [role="radiogroup"], [role="radio"], input[type="checkbox"]';

/** Opens Settings › Privacy and reads its controls by label (English pages only). */
export async function readPrivacyPage(page: Page, signal: AbortSignal, timing: ThreadsTiming): Promise<PageOutcome<PrivacyPageReading>> {
  const loaded = await loadPage(page, THREADS_PRIVACY_URL, signal, timing.waitMs);
  const problem = sessionProblem(loaded);
  if (problem !== null) return { problem };
  await waitForControls(page, signal, timing);
  const language = await readPageLanguage(page);
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  const readAt = new Date().toISOString();
  const handle = linkedUsername(tree);
  if (!isEnglishLanguage(language)) {
    return { reading: {
      handle,
      readings: [foreign('mentions', language), foreign('online_status', language)],
      privateSwitch: foreign('text_post_app_is_private', language),
    } };
  }
  return { reading: {
    handle,
    readings: [readMentions(tree, loaded.url, readAt), readSwitch(tree, loaded.url, ONLINE_SWITCH, readAt)],
    privateSwitch: readSwitch(tree, loaded.url, PRIVATE_SWITCH, readAt),
  } };
}

/** Opens Settings › Account and reads the Fediverse sharing switch (English pages only). */
export async function readAccountPage(page: Page, signal: AbortSignal, timing: ThreadsTiming): Promise<PageOutcome<ControlReading>> {
  const loaded = await loadPage(page, THREADS_ACCOUNT_URL, signal, timing.waitMs);
  const problem = sessionProblem(loaded);
  if (problem !== null) return { problem };
  await waitForControls(page, signal, timing);
  const language = await readPageLanguage(page);
  if (!isEnglishLanguage(language)) return { reading: foreign('fediverse_sharing', language) };
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  return { reading: readSwitch(tree, loaded.url, FEDIVERSE_SWITCH, new Date().toISOString()) };
}

/** The page is drawn by the time it loads; this covers a page that draws its controls late. */
async function waitForControls(page: Page, signal: AbortSignal, timing: ThreadsTiming): Promise<void> {
  try {
    await page.waitForSelector(CONTROLS, { timeout: timing.controlsWaitMs, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    // No control at all: each setting then reports that its label was not found.
  }
}

function foreign(setting: ThreadsSetting, language: string | null): { unread: Unread } {
  return { unread: {
    setting, reason: 'locale-unsupported',
    detail: `Threads' settings page is in a language Chaperone cannot read yet (${language ?? 'not stated'}). Switch Threads to English to check this automatically.`,
  } };
}
