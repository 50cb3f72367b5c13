import type { Page } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { findAxNodes, findToggle } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import { discoveryOption, PAGE_SETTING_SPECS } from './linkedin-labels.ts';
import type { PageSettingSpec } from './linkedin-labels.ts';
import type { LinkedInTiming } from './linkedin-timing.ts';
import { isSettingsPage } from './linkedin-urls.ts';
import { hubDrawn } from './open-hub.ts';
import { findChosenRadio } from './read-radios.ts';
import { sessionProblem } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';
import { pageText, treeOutsideDialogs, waitOnPage } from './wait-on-page.ts';

/** What the Visibility page itself gave: settings read on it, unread ones, and pages to follow. */
export interface HubReading {
  observations: Observation[];
  unread: Unread[];
  targets: { spec: PageSettingSpec; url: string }[];
}

/**
 * Looks for each setting on the Visibility page first (LinkedIn may draw the control in its row)
 * and for the link to its own page second. Waits for the page to draw its rows. English only.
 */
export async function readHubControls(page: Page, signal: AbortSignal, timing: LinkedInTiming): Promise<HubReading> {
  const tree = await waitOnPage(async () => {
    const now = await treeOutsideDialogs(page);
    return hubDrawn(now) ? now : null;
  }, { timeoutMs: timing.waitMs, signal, what: "The rows of LinkedIn's Visibility page" });
  const where = `${new URL(page.url()).host}${new URL(page.url()).pathname}`;
  const reading: HubReading = { observations: [], unread: [], targets: [] };
  for (const spec of PAGE_SETTING_SPECS) {
    const onPage = readControl(tree, spec, where);
    if (onPage !== null) {
      if ('value' in onPage) reading.observations.push(onPage);
      else reading.unread.push(onPage);
      continue;
    }
    const url = linkTo(tree, spec.link);
    if (url === null) reading.unread.push(unread(spec, `Chaperone found neither the "${spec.controlLabel}" control nor the "${spec.linkLabel}" link on LinkedIn's Visibility page.`));
    else reading.targets.push({ spec, url });
  }
  return reading;
}

/**
 * Opens one setting's own page and reads its control, once the page has drawn a control of that
 * kind (or a notice instead). A lost session stops everything; a page that is merely gone loses
 * only its own setting.
 */
export async function readSettingPage(
  page: Page, target: { spec: PageSettingSpec; url: string }, signal: AbortSignal, timing: LinkedInTiming,
): Promise<Observation | Unread | { sessionLost: SessionProblem }> {
  const { spec } = target;
  const response = await page.goto(target.url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  const status = response?.status() ?? 0;
  const seen = await waitOnPage<{ tree: AxNode | null } | { problem: SessionProblem }>(async () => {
    const landed = sessionProblem({ status, url: page.url(), text: '' });
    if (landed !== null) return { problem: landed };
    const tree = await treeOutsideDialogs(page);
    if (hasControlKind(tree, spec)) return { tree };
    const notice = sessionProblem({ status, url: page.url(), text: await pageText(page) });
    return notice === null ? null : { problem: notice };
  }, { timeoutMs: timing.waitMs, signal, what: `The "${spec.controlLabel}" control` });
  if ('problem' in seen) {
    if (seen.problem.state !== 'unknown') return { sessionLost: seen.problem };
    return { setting: spec.setting, reason: seen.problem.reason, detail: seen.problem.detail };
  }
  const where = `${new URL(page.url()).host}${new URL(page.url()).pathname}`;
  return readControl(seen.tree, spec, where)
    ?? unread(spec, `Chaperone could not find the "${spec.controlLabel}" ${spec.kind === 'switch' ? 'switch' : 'choice'} on LinkedIn's page.`);
}

/** A control of the kind the setting uses (any switch, or any radio group), whatever its name. */
function hasControlKind(tree: AxNode | null, spec: PageSettingSpec): boolean {
  const roles = spec.kind === 'switch' ? ['switch', 'checkbox'] : ['radio'];
  return findAxNodes(tree, (node) => roles.includes(node.role)).length > 0;
}

/** The setting's control read from the tree, an unread with the cause, or null when it is not there. */
function readControl(tree: AxNode | null, spec: PageSettingSpec, where: string): Observation | Unread | null {
  if (spec.kind === 'switch') {
    const toggle = findToggle(tree, { role: ['switch', 'checkbox'], name: spec.control });
    if (toggle.found) return observation(spec, toggle.checked, `${where} ${toggle.role} "${toggle.name}" (accessibility tree)`);
    if (toggle.why === 'missing') return null;
    return unread(spec, `LinkedIn's page shows the "${spec.controlLabel}" switch in a way Chaperone cannot read (${toggle.why === 'ambiguous' ? 'more than one' : 'neither on nor off'}).`);
  }
  const radios = findChosenRadio(tree, spec.control);
  if (!radios.found) {
    if (radios.why === 'missing') return null;
    return unread(spec, `Chaperone could not tell which option is chosen under "${spec.controlLabel}" on LinkedIn's page.`);
  }
  const value = discoveryOption(radios.label);
  return value === null
    ? { setting: spec.setting, reason: 'unrecognised-value', detail: `LinkedIn shows "${radios.label}" under "${spec.controlLabel}", a choice Chaperone does not know yet.` }
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
