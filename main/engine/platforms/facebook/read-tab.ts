import type { ElementHandle, Page } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { readToggle } from '../read-helpers/read-toggle.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { labelMatches } from './facebook-settings.ts';
import type { RadioSpec, SettingSpec, SwitchSpec, TabSpec } from './facebook-settings.ts';
import { optionId } from './option-labels.ts';
import { readAudienceDialog } from './read-dialog.ts';

export interface SettingsReading {
  observations: Observation[];
  unread: Unread[];
}

/**
 * Reads every setting of one Audience and visibility page already open in `page`, each row found
 * by its label (never by position). English pages only: the labels are matched in English.
 */
export async function readTab(page: Page, tab: TabSpec, signal: AbortSignal, timing: FacebookTiming): Promise<SettingsReading> {
  const reading: SettingsReading = { observations: [], unread: [] };
  const where = `www.facebook.com/settings/?tab=${tab.tab}`;
  for (const spec of tab.settings) {
    const result = spec.kind === 'switch'
      ? await readSwitch(page, spec, where)
      : await readRadio(page, spec, where, signal, timing);
    if ('reason' in result) reading.unread.push(result);
    else reading.observations.push(result);
  }
  return reading;
}

async function readSwitch(page: Page, spec: SwitchSpec, where: string): Promise<Observation | Unread> {
  const name = new RegExp(spec.labels.map((label) => `(?:${label.source})`).join('|'), 'i');
  const found = await readToggle(page, { role: ['switch', 'checkbox'], name });
  if (found.found) return observation(spec, found.checked, 'accessibility-tree', `${where} ${found.role} "${spec.label}" (accessibility tree)`);
  const why = found.why === 'ambiguous' ? `Chaperone found more than one "${spec.label}" switch on Facebook's page`
    : found.why === 'no-state' ? `The "${spec.label}" switch on Facebook's page did not say whether it is on or off`
      : missing(spec);
  return unread(spec, why);
}

async function readRadio(page: Page, spec: RadioSpec, where: string, signal: AbortSignal, timing: FacebookTiming): Promise<Observation | Unread> {
  const row = await findRow(page, spec);
  if (row === 'missing') return unread(spec, missing(spec));
  if (row === 'ambiguous') return unread(spec, `Chaperone found "${spec.label}" more than once on Facebook's page and did not guess which is right.`);
  try {
    const shown = await readAudienceDialog(page, row.button, signal, timing);
    // Only a dialog named for this setting counts: another dialog's choice must not be taken for it.
    if (shown.found && labelMatches(spec, shown.dialogName)) {
      const id = optionId(shown.checked, spec.options);
      if (id === null) return unread(spec, unknownOption(spec, shown.checked));
      return observation(spec, id, 'accessibility-tree', `${where} dialog "${spec.label}" checked radio "${shown.checked}" (accessibility tree)`);
    }
    // The dialog did not help: the value shown beside the label is the next best thing.
    if (row.value === '') return unread(spec, `Facebook showed no value beside "${spec.label}".`);
    const id = optionId(row.value, spec.options);
    if (id === null) return unread(spec, unknownOption(spec, row.value));
    return observation(spec, id, 'visible-text', `${where} text "${row.value}" beside "${spec.label}"`);
  } finally {
    await row.button.dispose();
  }
}

type Row = { button: ElementHandle; value: string } | 'missing' | 'ambiguous';

/** The row whose title (span[dir=auto] inside [role=main]) is the label, and its button. */
async function findRow(page: Page, spec: RadioSpec): Promise<Row> {
  const handle = await page.evaluateHandle((sources: string[]) => {
    const patterns = sources.map((source) => new RegExp(source, 'i'));
    const titles = [...document.querySelectorAll<HTMLElement>('[role="main"] span[dir="auto"]')]
      .filter((el) => patterns.some((p) => p.test(el.innerText.replace(/\s+/g, ' ').trim())));
    const [title] = titles;
    if (title === undefined) return 'missing';
    if (titles.length > 1) return 'ambiguous';
    const inside = title.closest('[role="button"]');
    if (inside !== null) return inside;
    for (let node = title.parentElement; node !== null && node.getAttribute('role') !== 'main'; node = node.parentElement) {
      const button = node.querySelector('[role="button"]');
      if (button !== null) return button;
    }
    return 'missing';
  }, spec.labels.map((label) => label.source));
  const button = handle.asElement() as ElementHandle | null;
  if (button === null) {
    const why = await handle.jsonValue();
    await handle.dispose();
    return why === 'ambiguous' ? 'ambiguous' : 'missing';
  }
  const value = await button.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
  return { button, value };
}

function missing(spec: SettingSpec): string {
  return spec.mayBeGone === true
    ? `Facebook did not show "${spec.label}". Facebook may have removed this setting; check by hand whether it is still there.`
    : `Chaperone could not find "${spec.label}" on Facebook's page. Facebook may have changed or moved it.`;
}

function unknownOption(spec: SettingSpec, shown: string): string {
  return `Facebook showed "${shown}" for "${spec.label}", which Chaperone does not recognise, so it did not guess what it means.`;
}

function observation(spec: SettingSpec, value: string | boolean, source: Observation['source'], evidence: string): Observation {
  return { setting: spec.setting, value, source, evidence, readAt: new Date().toISOString() };
}

function unread(spec: SettingSpec, detail: string): Unread {
  return { setting: spec.setting, reason: 'page-changed', detail };
}
