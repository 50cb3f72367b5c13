import type { Page } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import type { MenuLink, RadioGroup, SwitchLabel } from './instagram-labels.ts';

export type ControlReading = { observation: Observation } | { unread: Unread };

/**
 * The kinds of control Instagram draws a yes/no setting as: a switch, a checkbox (also in a menu),
 * or a toggle button (`aria-pressed`). Options of a question: radios (also in a menu), or the
 * options of a list box (`aria-selected`).
 */
const SWITCH_ROLES = ['switch', 'checkbox', 'menuitemcheckbox'] as const;
const TOGGLE_BUTTON_ROLES = ['button', 'togglebutton'] as const;
const OPTION_ROLES = ['radio', 'menuitemradio', 'option'] as const;
const QUESTION_ROLES = ['group', 'radiogroup', 'listbox', 'menu'] as const;

/** The accessibility node with the states the controls above carry. */
type StatefulNode = AxNode & { pressed?: boolean | 'mixed'; selected?: boolean };

export async function snapshot(page: Page): Promise<AxNode | null> {
  return page.accessibility.snapshot({ interestingOnly: false });
}

/** Whether a yes/no control is on: a switch's or checkbox's checked state, a toggle button's pressed state. */
function toggleState(node: StatefulNode): boolean | null {
  if (SWITCH_ROLES.some((r) => r === node.role)) return typeof node.checked === 'boolean' ? node.checked : null;
  if (TOGGLE_BUTTON_ROLES.some((r) => r === node.role)) return typeof node.pressed === 'boolean' ? node.pressed : null;
  return null;
}

function isToggle(node: StatefulNode): boolean {
  return SWITCH_ROLES.some((r) => r === node.role) || (TOGGLE_BUTTON_ROLES.some((r) => r === node.role) && node.pressed !== undefined);
}

function findToggles(tree: AxNode | null, control: SwitchLabel): StatefulNode[] {
  return findAxNodes(tree, (node) => isToggle(node) && control.name.test((node.name ?? '').trim()));
}

/** One yes/no control found by its label; `inverted` switches report the opposite. Two with the same label are refused. */
export function readSwitch(tree: AxNode | null, where: string, control: SwitchLabel): ControlReading {
  const matches = findToggles(tree, control);
  const [only] = matches;
  const state = only === undefined ? null : toggleState(only);
  if (only === undefined || matches.length > 1 || state === null) {
    const why = matches.length > 1 ? ' (it found more than one)' : only === undefined ? '' : ' (it shows no on or off state)';
    return { unread: pageChanged(control.setting, `Chaperone could not find the "${control.label}" switch on Instagram's page${why}.`) };
  }
  const value = control.inverted === true ? !state : state;
  const note = control.inverted === true ? `; ${control.setting} is the opposite of the switch` : '';
  return { observation: observe(control.setting, value, `${where} ${only.role} "${(only.name ?? '').trim()}" (accessibility tree${note})`) };
}

/**
 * One radio group: its options are the radios inside the group named by the question (a fieldset's
 * legend), so that short labels like "Everyone" are never taken from another question. Where no
 * group carries the question's name, only options whose own label names tags or mentions count.
 * Exactly one option must be chosen; a chosen option Instagram words in a way the table does not
 * know is reported with its text, never taken for another option.
 */
export function readRadioGroup(tree: AxNode | null, where: string, group: RadioGroup): ControlReading {
  const radios = groupRadios(tree, group);
  if (radios.length === 0) return { unread: pageChanged(group.setting, `Chaperone could not find the "${group.label}" options on Instagram's page.`) };
  const chosen = radios.filter((node: StatefulNode) => (node.role === 'option' ? node.selected : node.checked) === true);
  const [only] = chosen;
  if (only === undefined || chosen.length > 1) {
    return { unread: pageChanged(group.setting, `Chaperone could not tell which "${group.label}" option is chosen on Instagram's page.`) };
  }
  const name = (only.name ?? '').trim();
  const option = group.options.find((o) => o.name.test(name));
  if (option === undefined) {
    return { unread: { setting: group.setting, reason: 'unrecognised-value', detail: `Instagram shows "${group.label}" set to "${name}", a choice Chaperone does not know yet.` } };
  }
  return { observation: observe(group.setting, option.id, `${where} ${only.role} "${name}" ${only.role === 'option' ? 'selected' : 'checked'} (accessibility tree)`) };
}

/** Whether the page shows this control at all (found by role and accessible name). */
export function controlShown(tree: AxNode | null, control: SwitchLabel | RadioGroup): boolean {
  if ('options' in control) return groupRadios(tree, control).length > 0;
  return findToggles(tree, control).length > 0;
}

function groupRadios(tree: AxNode | null, group: RadioGroup): AxNode[] {
  const isOption = (node: AxNode): boolean => OPTION_ROLES.some((r) => r === node.role) && node.name !== undefined;
  const groups = findAxNodes(tree, (node) => QUESTION_ROLES.some((r) => r === node.role) && group.question.test((node.name ?? '').trim()));
  const [only] = groups;
  if (only !== undefined && groups.length === 1) return findAxNodes(only, isOption);
  return findAxNodes(tree, (node) => {
    const name = (node.name ?? '').trim();
    return isOption(node) && /tags?\b|mentions?\b/i.test(name) && group.options.some((o) => o.name.test(name));
  });
}

/** The address of one settings-menu link, found by its label; null when absent or not unique. */
export function menuLinkUrl(tree: AxNode | null, link: MenuLink, base: string): string | null {
  const links = findAxNodes(tree, (node) => node.role === 'link' && node.name !== undefined && link.name.test(node.name.trim()));
  const [only] = links;
  if (only?.url === undefined || links.length > 1) return null;
  const url = new URL(only.url, base);
  return url.hostname.endsWith('instagram.com') && url.protocol === 'https:' ? url.href : null;
}

export function observe(setting: string, value: boolean | string, evidence: string): Observation {
  return { setting, value, source: 'accessibility-tree', evidence, readAt: new Date().toISOString() };
}

function pageChanged(setting: string, detail: string): Unread {
  return { setting, reason: 'page-changed', detail };
}
