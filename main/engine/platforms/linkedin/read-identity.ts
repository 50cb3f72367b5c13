import type { Page } from 'puppeteer-core';
import type { Identity, IdentityField } from '../../types.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import { CURRENT_COMPANY } from './linkedin-labels.ts';
import type { VoyagerJson } from './open-hub.ts';
import { pageText, treeOutsideDialogs, waitOnPage } from './wait-on-page.ts';
import { isEnglishLanguage, readPageLanguage } from '../read-helpers/page-locale.ts';
import { displayNameOf } from './me-parse.ts';
import type { MeFields } from './me-parse.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { profileUrl } from './linkedin-urls.ts';
import { sessionProblem } from './session-verdict.ts';

export interface WorkplaceReading {
  workplace: string | null;
  /** False when the workplace could not be read; then nothing is concluded from its absence. */
  read: boolean;
  evidence: string;
}

/**
 * Opens the member's own profile and reads the current company from the top card, once the page
 * has drawn its heading. A missing button is not read as "no workplace": LinkedIn may have renamed it.
 */
export async function readWorkplace(page: Page, vanity: string, signal: AbortSignal, timing: LinkedInTiming): Promise<WorkplaceReading> {
  const where = `www.linkedin.com/in/${vanity}/`;
  const tree = await openProfile(page, profileUrl(vanity), signal, timing);
  if (tree === null) return { workplace: null, read: false, evidence: `${where} did not open` };
  return workplaceFrom(page, tree, where);
}

/**
 * Opens a member profile page and waits for its top card (a heading, or the company button).
 * Null when LinkedIn showed something else: a sign-in page, a notice, an error.
 */
export async function openProfile(page: Page, url: string, signal: AbortSignal, timing: LinkedInTiming): Promise<AxNode | null> {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  const status = response?.status() ?? 0;
  const seen = await waitOnPage<{ tree: AxNode | null } | { problem: true }>(async () => {
    if (sessionProblem({ status, url: page.url(), text: '' }) !== null) return { problem: true };
    const tree = await treeOutsideDialogs(page);
    if (findAxNodes(tree, (node) => node.role === 'heading' || (node.role === 'button' && CURRENT_COMPANY.test(node.name?.trim() ?? ''))).length > 0) return { tree };
    return sessionProblem({ status, url: page.url(), text: await pageText(page) }) === null ? null : { problem: true };
  }, { timeoutMs: timing.waitMs, signal, what: 'Your LinkedIn profile' });
  return 'problem' in seen ? null : seen.tree;
}

/** The current company from the top card's button, English pages only. */
export async function workplaceFrom(page: Page, tree: AxNode | null, where: string): Promise<WorkplaceReading> {
  if (!isEnglishLanguage(await readPageLanguage(page).catch(() => null))) {
    return { workplace: null, read: false, evidence: `${where} is not in English` };
  }
  const names = new Set(findAxNodes(tree, (node) => node.role === 'button' && CURRENT_COMPANY.test(node.name?.trim() ?? ''))
    .map((node) => CURRENT_COMPANY.exec(node.name?.trim() ?? '')?.[1]?.trim() ?? ''));
  const [company] = [...names];
  if (names.size !== 1 || company === undefined || company === '') {
    return { workplace: null, read: false, evidence: `${where} showed no "Current company" button` };
  }
  return { workplace: company, read: true, evidence: `${where} button "Current company: ${company}" (accessibility tree)` };
}

/** Identity from `/voyager/api/me` (name, vanity name, headline) and the profile's current company. */
export function identityOf(me: MeFields, data: VoyagerJson, workplace: WorkplaceReading | null): Identity {
  const read = (field: string): boolean => me.fieldsRead.includes(`miniProfile.${field}`);
  const unreadFields: IdentityField[] = [
    ...(read('firstName') || read('lastName') ? [] : ['displayName' as const]),
    ...(read('publicIdentifier') ? [] : ['handle' as const]),
    ...(read('occupation') ? [] : ['bio' as const]),
    ...(workplace?.read === true ? [] : ['workplace' as const]),
  ];
  return {
    displayName: displayNameOf(me),
    handle: me.publicIdentifier,
    bio: me.occupation,
    workplace: workplace?.read === true ? workplace.workplace : null,
    unreadFields,
    source: data.source,
    evidence: `www.linkedin.com/voyager/api/me (${data.how}) fields ${me.fieldsRead.join(', ')}${workplace === null ? '' : `; ${workplace.evidence}`}`,
  };
}
