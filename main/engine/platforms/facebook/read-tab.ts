import type { ElementHandle, Page } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { readToggle } from '../read-helpers/read-toggle.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { labelMatches } from './facebook-settings.ts';
import type { RadioSpec, SettingSpec, SwitchSpec } from './facebook-settings.ts';
import { optionId } from './option-labels.ts';
import { readAudienceDialog } from './read-dialog.ts';

export interface SettingsReading {
  observations: Observation[];
  unread: Unread[];
}

/** What one page gave: values, settings found but not readable (with why), and settings not on it. */
export interface PageReading extends SettingsReading {
  missing: SettingSpec[];
}

/**
 * Reads, on the settings page already open in `page`, every one of `specs` it shows, each row
 * found by its label (never by position). English pages only: the labels are matched in English.
 * Once a dialog has failed to open on this page, the others are not tried: the value written on
 * each row is read instead.
 */
export async function readOnPage(page: Page, specs: readonly SettingSpec[], signal: AbortSignal, timing: FacebookTiming): Promise<PageReading> {
  const reading: PageReading = { observations: [], unread: [], missing: [] };
  const where = pageAddress(page.url());
  const dialogs = { open: true };
  for (const spec of specs) {
    const result = spec.kind === 'switch'
      ? await readSwitch(page, spec, where)
      : await readRadio(page, spec, where, dialogs, signal, timing);
    if (result === 'missing') reading.missing.push(spec);
    else if ('reason' in result) reading.unread.push(result);
    else reading.observations.push(result);
  }
  return reading;
}

/** Why a setting was on none of the pages looked at. */
export function missing(spec: SettingSpec): Unread {
  return unread(spec, spec.mayBeGone === true
    ? `Facebook did not show "${spec.label}". Facebook may have removed this setting; check by hand whether it is still there.`
    : `Chaperone could not find "${spec.label}" on Facebook's settings pages. Facebook may have changed or moved it.`);
}

async function readSwitch(page: Page, spec: SwitchSpec, where: string): Promise<Observation | Unread | 'missing'> {
  const name = new RegExp(spec.labels.map((label) => `(?:${label.source})`).join('|'), 'i');
  const found = await readToggle(page, { role: ['switch', 'checkbox'], name });
  if (found.found) return observation(spec, found.checked, 'accessibility-tree', `${where} ${found.role} "${spec.label}" (accessibility tree)`);
  if (found.why === 'missing') return 'missing';
  return unread(spec, found.why === 'ambiguous' ? `Chaperone found more than one "${spec.label}" switch on Facebook's page and did not guess which is right.`
    : `The "${spec.label}" switch on Facebook's page did not say whether it is on or off.`);
}

async function readRadio(
  page: Page, spec: RadioSpec, where: string, dialogs: { open: boolean }, signal: AbortSignal, timing: FacebookTiming,
): Promise<Observation | Unread | 'missing'> {
  const row = await findRow(page, spec);
  if (row === 'missing') return 'missing';
  if (row === 'ambiguous') return unread(spec, `Chaperone found "${spec.label}" more than once on Facebook's page and did not guess which is right.`);
  try {
    if (dialogs.open) {
      const shown = await readAudienceDialog(page, row.button, signal, timing);
      if (!shown.found && shown.why === 'did-not-open') dialogs.open = false;
      // Only the dialog this click opened, named for this setting, counts.
      if (shown.found && labelMatches(spec, shown.dialogName)) {
        const id = optionId(shown.checked, spec.options);
        if (id === null) return unrecognised(spec, shown.checked);
        return observation(spec, id, 'accessibility-tree', `${where} dialog "${spec.label}" checked radio "${shown.checked}" (accessibility tree)`);
      }
    }
    // The dialog did not help: the value shown beside the label is the next best thing.
    if (row.value === '') return unread(spec, `Facebook showed no value beside "${spec.label}".`);
    const id = optionId(row.value, spec.options);
    if (id === null) return unrecognised(spec, row.value);
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

/** "www.facebook.com/settings/?tab=posts": where a value was read, for its evidence. */
function pageAddress(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname}${url.search}`;
}

function unrecognised(spec: SettingSpec, shown: string): Unread {
  return {
    setting: spec.setting, reason: 'unrecognised-value',
    detail: `Facebook showed "${shown}" for "${spec.label}", a choice Chaperone does not know yet, so it did not guess what it means.`,
  };
}

function observation(spec: SettingSpec, value: string | boolean, source: Observation['source'], evidence: string): Observation {
  return { setting: spec.setting, value, source, evidence, readAt: new Date().toISOString() };
}

function unread(spec: SettingSpec, detail: string): Unread {
  return { setting: spec.setting, reason: 'page-changed', detail };
}
