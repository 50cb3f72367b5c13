import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import { waitForCapturedResponse } from '../read-helpers/capture-response.ts';
import { readPageLanguage } from '../read-helpers/page-locale.ts';
import { findDatalet, parseDatalets, readCodeBlocks } from './datalets.ts';
import type { Datalet } from './datalets.ts';
import { parseJson } from '../read-helpers/json.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { isPrivacySettingsRequest, LINKEDIN_VISIBILITY_URL } from './linkedin-urls.ts';
import { sessionProblem } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';

/** The privacy settings JSON and how it reached the reader. */
export interface PrivacyJson {
  json: unknown;
  source: 'embedded-json' | 'json-endpoint';
  how: string;
}

export type HubResult =
  | { kind: 'problem'; problem: SessionProblem }
  | { kind: 'open'; language: string | null; datalets: Datalet[]; privacy: PrivacyJson | null };

/**
 * Opens Settings › Visibility. LinkedIn either embeds its Voyager answers in the page (datalets)
 * or the page fetches them: the reader takes the embedded copy, else the page's own request,
 * passively. Where the browser lands (login, checkpoint, a refusal) says whether there is a session.
 */
export async function openVisibilityHub(page: Page, signal: AbortSignal, timing: LinkedInTiming): Promise<HubResult> {
  const finished = new AbortController();
  const scoped = AbortSignal.any([signal, finished.signal]);
  const fetched = waitForCapturedResponse(page, (url, method) => method === 'GET' && isPrivacySettingsRequest(url),
    { signal: scoped, timeoutMs: timing.waitMs });
  fetched.catch(() => undefined);
  try {
    const response = await page.goto(LINKEDIN_VISIBILITY_URL, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const text = await page.evaluate(() => document.body.innerText).catch(() => '');
    const problem = sessionProblem({ status: response?.status() ?? 0, url: page.url(), text });
    if (problem !== null) return { kind: 'problem', problem };
    const datalets = parseDatalets(await readCodeBlocks(page));
    const language = await readPageLanguage(page).catch(() => null);
    const embedded = findDatalet(datalets, isPrivacySettingsRequest);
    if (embedded !== null) {
      return { kind: 'open', language, datalets, privacy: { json: embedded.body, source: 'embedded-json', how: 'embedded datalet' } };
    }
    const grace = delay(timing.fetchGraceMs, null, { signal: scoped });
    grace.catch(() => undefined);
    const answer = await Promise.race([fetched.catch(() => null), grace]);
    const json = answer?.status === 200 ? parseJson(answer.body) : null;
    const privacy: PrivacyJson | null = json === null ? null : { json, source: 'json-endpoint', how: "the page's own request" };
    return { kind: 'open', language, datalets, privacy };
  } finally {
    finished.abort(new Error('Opening the settings page is over.'));
  }
}
