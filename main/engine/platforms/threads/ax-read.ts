import type { SerializedAXNode } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import { MENTIONS_CONTROL, OFF_WORDS, ON_WORDS } from './threads-labels.ts';
import type { ControlLabel } from './threads-labels.ts';
import { mentionOption } from './threads-settings.ts';
import { usernameInPath } from './threads-urls.ts';

export type ControlReading = { observation: Observation } | { unread: Unread };

/** The parts of an accessibility node read here; recorded snapshots fit it too. */
export type AxNode = Pick<SerializedAXNode, 'role' | 'name' | 'checked' | 'url' | 'pressed' | 'value' | 'selected'> & { children?: AxNode[] };

/** Roles that hold an on/off state themselves. */
const TOGGLE_ROLES = ['switch', 'checkbox', 'menuitemcheckbox'];
/** Roles that hold a choice among named options: the option chosen is the value. */
const CHOICE_ROLES = ['radiogroup', 'combobox', 'listbox', 'PopUpButton'];
const PRESSABLE_ROLES = ['button', 'togglebutton'];

/** Where the page lives, for evidence: "www.threads.com/settings/privacy". */
function place(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

/** Controls of any kind named by the label: a switch, checkbox, pressed button, radio group or select. */
export function controlsNamed(tree: AxNode | null, control: ControlLabel): AxNode[] {
  const roles = [...TOGGLE_ROLES, ...CHOICE_ROLES, ...PRESSABLE_ROLES];
  return findAxNodes(tree, (n) => roles.includes(n.role) && n.name !== undefined && control.name.test(n.name)
    && (!PRESSABLE_ROLES.includes(n.role) || typeof n.pressed === 'boolean'));
}

/** The chosen option's words in a radio group, list or select; null when none or several are chosen. */
function chosenText(node: AxNode): string | null {
  if (node.role === 'radiogroup' || node.role === 'listbox') {
    const chosen = findAxNodes(node, (n) => (n.role === 'radio' && n.checked === true) || (n.role === 'option' && n.selected === true));
    return chosen.length === 1 ? (chosen[0]?.name ?? '').trim() : null;
  }
  const value = typeof node.value === 'string' ? node.value.trim() : '';
  return value === '' ? null : value;
}

type Found = { node: AxNode } | { unread: Unread };

function onlyControl(tree: AxNode | null, url: string, control: ControlLabel): Found {
  const nodes = controlsNamed(tree, control);
  const [node] = nodes;
  if (node === undefined) return { unread: pageChanged(control.setting, `Chaperone could not find the "${control.label}" setting on Threads' ${place(url)} page.`) };
  if (nodes.length > 1) return { unread: pageChanged(control.setting, `Chaperone found more than one "${control.label}" setting on Threads' ${place(url)} page.`) };
  return { node };
}

/** An on/off setting, whatever kind of control draws it; a state it cannot tell is never guessed. */
export function readSwitch(tree: AxNode | null, url: string, control: ControlLabel, readAt: string): ControlReading {
  const found = onlyControl(tree, url, control);
  if ('unread' in found) return found;
  const { node } = found;
  const name = node.name ?? '';
  let value: boolean | null;
  let how = `${node.role} "${name}"`;
  if (TOGGLE_ROLES.includes(node.role)) value = typeof node.checked === 'boolean' ? node.checked : null;
  else if (PRESSABLE_ROLES.includes(node.role)) value = typeof node.pressed === 'boolean' ? node.pressed : null;
  else {
    const text = chosenText(node);
    if (text === null) return { unread: pageChanged(control.setting, `Threads' "${control.label}" setting did not show one selected option.`) };
    value = ON_WORDS.test(text) ? true : OFF_WORDS.test(text) ? false : null;
    if (value === null) return { unread: unrecognised(control, text) };
    how = `${node.role} "${name}", chosen "${text}"`;
  }
  if (value === null) return { unread: pageChanged(control.setting, `Chaperone could not tell whether the "${control.label}" setting is on or off on Threads' ${place(url)} page.`) };
  return { observation: { setting: control.setting, value, source: 'accessibility-tree', readAt, evidence: `${place(url)} ${how} (accessibility tree)` } };
}

/** The Mentions choice, drawn as a radio group, a list or a select: one chosen option mapped to a known id. */
export function readMentions(tree: AxNode | null, url: string, readAt: string): ControlReading {
  const control = MENTIONS_CONTROL;
  const found = onlyControl(tree, url, control);
  if ('unread' in found) return found;
  const { node } = found;
  const text = CHOICE_ROLES.includes(node.role) ? chosenText(node) : null;
  if (text === null) return { unread: pageChanged('mentions', `Threads' "${control.label}" setting did not show one selected option.`) };
  const option = mentionOption(text);
  if (option === null) return { unread: unrecognised(control, text) };
  const kind = node.role === 'radiogroup' ? `radio group "${node.name ?? ''}", checked radio "${text}"` : `${node.role} "${node.name ?? ''}", chosen "${text}"`;
  return { observation: { setting: 'mentions', value: option, source: 'accessibility-tree', readAt, evidence: `${place(url)} ${kind} (accessibility tree)` } };
}

/**
 * The signed-in user's username from the page's own links to `/@username` (the navigation's
 * profile link); null unless exactly one username is linked.
 */
export function linkedUsername(tree: AxNode | null): string | null {
  const names = new Set(findAxNodes(tree, (n) => n.role === 'link' && n.url !== undefined)
    .map((n) => usernameInPath(new URL(n.url ?? '', 'https://www.threads.com').pathname))
    .filter((name) => name !== null));
  const [only] = names;
  return names.size === 1 && only !== undefined ? only : null;
}

function unrecognised(control: ControlLabel, text: string): Unread {
  return { setting: control.setting, reason: 'unrecognised-value', detail: `Threads' "${control.label}" setting shows "${text}", a choice Chaperone does not recognise.` };
}

function pageChanged(setting: string, detail: string): Unread {
  return { setting, reason: 'page-changed', detail };
}
