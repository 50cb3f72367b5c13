import type { Page } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { findAxNodes, readToggle } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { isSettingsPage } from './linkedin-urls.ts';
import { discoveryOption, PAGE_SETTING_SPECS } from './page-labels.ts';
import type { PageSettingSpec } from './page-labels.ts';
import type { SettingsReading } from './privacy-parse.ts';
import { readRadioGroup } from './read-radios.ts';
import { sessionProblem } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';

export type PagesReading = SettingsReading | { sessionLost: SessionProblem };

/**
 * Reads the settings LinkedIn keeps only on their own pages. Their addresses are not certain, so
 * the reader follows the Visibility page's links by their names. Call it on the Visibility page,
 * in English: the labels are matched in English.
 */
export async function readSettingsPages(page: Page, signal: AbortSignal, timing: LinkedInTiming): Promise<PagesReading> {
  const hub = await page.accessibility.snapshot({ interestingOnly: false });
  const reading: SettingsReading = { observations: [], unread: [] };
  const targets: { spec: PageSettingSpec; url: string }[] = [];
  for (const spec of PAGE_SETTING_SPECS) {
    const url = linkTo(hub, spec.link);
    if (url === null) reading.unread.push(unread(spec, `Chaperone could not find "${spec.linkLabel}" on LinkedIn's Visibility page.`));
    else targets.push({ spec, url });
  }
  for (const { spec, url } of targets) {
    const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
    const text = await page.evaluate(() => document.body.innerText).catch(() => '');
    const problem = sessionProblem({ status: response?.status() ?? 0, url: page.url(), text });
    // A lost session stops everything; a page that is merely gone loses only its own setting.
    if (problem !== null && problem.state !== 'unknown') return { sessionLost: problem };
    if (problem !== null) {
      reading.unread.push({ setting: spec.setting, reason: problem.reason, detail: problem.detail });
      continue;
    }
    const where = `${new URL(page.url()).host}${new URL(page.url()).pathname}`;
    const read = await readControl(page, spec, where);
    if ('value' in read) reading.observations.push(read);
    else reading.unread.push(read);
  }
  return reading;
}

async function readControl(page: Page, spec: PageSettingSpec, where: string): Promise<Observation | Unread> {
  if (spec.kind === 'switch') {
    const toggle = await readToggle(page, { role: ['switch', 'checkbox'], name: spec.control });
    return toggle.found
      ? observation(spec, toggle.checked, `${where} ${toggle.role} "${toggle.name}" (accessibility tree)`)
      : unread(spec, `Chaperone could not find the "${spec.controlLabel}" switch on LinkedIn's page.`);
  }
  const radios = await readRadioGroup(page, spec.control);
  if (!radios.found) return unread(spec, `Chaperone could not find which option is chosen under "${spec.controlLabel}" on LinkedIn's page.`);
  const value = discoveryOption(radios.label);
  return value === null
    ? unread(spec, `LinkedIn showed an option Chaperone does not know under "${spec.controlLabel}" ("${radios.label}").`)
    : observation(spec, value, `${where} radio "${radios.label}" checked in group "${spec.controlLabel}" (accessibility tree)`);
}

/** The address of the one link with this name (several links to one place count as one). */
function linkTo(tree: AxNode | null, name: RegExp): string | null {
  const urls = new Set(findAxNodes(tree, (node) => node.role === 'link' && node.name !== undefined && name.test(node.name.trim()))
    .flatMap((node) => (node.url === undefined ? [] : [node.url])));
  if (urls.size !== 1) return null;
  const [url] = [...urls];
  if (url === undefined || !URL.canParse(url, 'https://www.linkedin.com')) return null;
  const absolute = new URL(url, 'https://www.linkedin.com');
  return isSettingsPage(absolute) ? absolute.href : null;
}

function observation(spec: PageSettingSpec, value: boolean | string, evidence: string): Observation {
  return { setting: spec.setting, value, source: 'accessibility-tree', evidence, readAt: new Date().toISOString() };
}

function unread(spec: PageSettingSpec, detail: string): Unread {
  return { setting: spec.setting, reason: 'page-changed', detail };
}
