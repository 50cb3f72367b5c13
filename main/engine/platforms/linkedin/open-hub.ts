import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import { waitForCapturedResponse } from '../read-helpers/capture-response.ts';
import { readPageLanguage } from '../read-helpers/page-locale.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import { parseJson } from '../read-helpers/json.ts';
import { findDatalet, parseDatalets, readCodeBlocks } from './datalets.ts';
import type { Datalet } from './datalets.ts';
import { HUB_ROWS, PAGE_SETTING_SPECS } from './linkedin-labels.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { isMeRequest, isPrivacySettingsRequest, LINKEDIN_VISIBILITY_URL } from './linkedin-urls.ts';
import { sessionProblem, statusProblem } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';
import { fetchVoyager } from './voyager-fetch.ts';
import { hasNamed, pageText, treeOutsideDialogs, waitOnPage } from './wait-on-page.ts';

/** A Voyager answer and how it reached the reader. */
export interface VoyagerJson {
  json: unknown;
  source: 'embedded-json' | 'json-endpoint';
  how: string;
}
export type PrivacyJson = VoyagerJson;

export type HubResult =
  | { kind: 'problem'; problem: SessionProblem }
  | { kind: 'open'; language: string | null; privacy: PrivacyJson | null; me: VoyagerJson | null; recognised: boolean };

const CONTROL_ROLES = ['link', 'switch', 'checkbox', 'group', 'radiogroup'];
const HUB_NAMES = [...HUB_ROWS, ...PAGE_SETTING_SPECS.flatMap((spec) => [spec.link, spec.control])];

/** True when the Visibility page has drawn a row Chaperone knows. */
export function hubDrawn(tree: AxNode | null): boolean {
  return hasNamed(tree, CONTROL_ROLES, HUB_NAMES);
}

type Verdict = { problem: SessionProblem } | { datalets: Datalet[]; drawn: boolean };

/**
 * Opens Settings › Visibility and waits until the page says what it is: LinkedIn's own data about
 * the member (embedded datalets, or the page's own request), a row Chaperone knows, or one of
 * LinkedIn's notices, drawn whenever the app draws it. An embedded answer with an error status
 * (rate limited, refused) stops the read before anything is read. Data the page does not carry is
 * asked for from inside the page, as LinkedIn's app asks for it.
 */
export async function openVisibilityHub(page: Page, signal: AbortSignal, timing: LinkedInTiming): Promise<HubResult> {
  const finished = new AbortController();
  const scoped = AbortSignal.any([signal, finished.signal]);
  const fetched = waitForCapturedResponse(page, (url, method) => method === 'GET' && isPrivacySettingsRequest(url),
    { signal: scoped, timeoutMs: timing.waitMs });
  fetched.catch(() => undefined);
  try {
    const response = await page.goto(LINKEDIN_VISIBILITY_URL, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const status = response?.status() ?? 0;
    const verdict = await waitOnPage<Verdict>(async () => {
      const problem = sessionProblem({ status, url: page.url(), text: '' });
      if (problem !== null) return { problem };
      const datalets = parseDatalets(await readCodeBlocks(page).catch(() => []));
      const memberData = datalets.filter((d) => isMeRequest(d.url) || isPrivacySettingsRequest(d.url));
      const refused = memberData.map((d) => statusProblem(d.status)).find((p) => p !== null);
      if (refused !== undefined) return { problem: refused };
      const drawn = hubDrawn(await treeOutsideDialogs(page));
      if (drawn || memberData.length > 0) return { datalets, drawn };
      // Nothing of the page yet: LinkedIn may have drawn a notice instead of it.
      const notice = sessionProblem({ status, url: page.url(), text: await pageText(page) });
      return notice === null ? null : { problem: notice };
    }, { timeoutMs: timing.waitMs, signal, what: "LinkedIn's Visibility page" });
    if ('problem' in verdict) return { kind: 'problem', problem: verdict.problem };
    const language = await readPageLanguage(page).catch(() => null);
    const privacy = await privacyJson(page, verdict.datalets, fetched, scoped, timing);
    const me = await meJson(page, verdict.datalets);
    return { kind: 'open', language, privacy, me, recognised: verdict.drawn || privacy !== null || me !== null };
  } finally {
    finished.abort(new Error('Opening the settings page is over.'));
  }
}

async function privacyJson(
  page: Page, datalets: readonly Datalet[], fetched: Promise<{ status: number; body: string }>, signal: AbortSignal, timing: LinkedInTiming,
): Promise<PrivacyJson | null> {
  const embedded = findDatalet(datalets, isPrivacySettingsRequest);
  if (embedded !== null) return { json: embedded.body, source: 'embedded-json', how: 'embedded datalet' };
  const grace = delay(timing.fetchGraceMs, null, { signal });
  grace.catch(() => undefined);
  const answer = await Promise.race([fetched.catch(() => null), grace.catch(() => null)]);
  const json = answer?.status === 200 ? parseJson(answer.body) : null;
  if (json !== null) return { json, source: 'json-endpoint', how: "the page's own request" };
  const asked = await fetchVoyager(page, 'privacy');
  return asked === null ? null : { json: asked, source: 'json-endpoint', how: 'a request from the page' };
}

async function meJson(page: Page, datalets: readonly Datalet[]): Promise<VoyagerJson | null> {
  const embedded = findDatalet(datalets, isMeRequest);
  if (embedded !== null) return { json: embedded.body, source: 'embedded-json', how: 'embedded datalet' };
  const asked = await fetchVoyager(page, 'me');
  return asked === null ? null : { json: asked, source: 'json-endpoint', how: 'a request from the page' };
}
