import type { Page } from 'puppeteer-core';
import type { Observation, Unread } from '../../types.ts';
import { findAxNodes, findToggle } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import type { MenuLink, RadioGroup, SwitchLabel } from './instagram-labels.ts';

export type ControlReading = { observation: Observation } | { unread: Unread };

const SWITCH_ROLES = ['switch', 'checkbox'] as const;

export async function snapshot(page: Page): Promise<AxNode | null> {
  return page.accessibility.snapshot({ interestingOnly: false });
}

/** One switch or checkbox found by its label; `inverted` switches report the opposite. */
export function readSwitch(tree: AxNode | null, where: string, control: SwitchLabel): ControlReading {
  const found = findToggle(tree, { role: SWITCH_ROLES, name: control.name });
  if (!found.found) return { unread: pageChanged(control.setting, `Chaperone could not find the "${control.label}" switch on Instagram's page${found.why === 'ambiguous' ? ' (it found more than one)' : ''}.`) };
  const value = control.inverted === true ? !found.checked : found.checked;
  const note = control.inverted === true ? `; ${control.setting} is the opposite of the switch` : '';
  return { observation: observe(control.setting, value, `${where} ${found.role} "${found.name}" (accessibility tree${note})`) };
}

/**
 * One radio group: the options are matched by their labels, and exactly one of them must be the
 * selected one. An option Instagram words differently is not matched, so a group whose chosen
 * option is unrecognised is unread, never taken for another option.
 */
export function readRadioGroup(tree: AxNode | null, where: string, group: RadioGroup): ControlReading {
  const radios = findAxNodes(tree, (node) => node.role === 'radio' && node.name !== undefined);
  const known = radios.flatMap((node) => {
    const option = group.options.find((o) => o.name.test((node.name ?? '').trim()));
    return option === undefined ? [] : [{ node, option }];
  });
  const chosen = known.filter((k) => k.node.checked === true);
  const [only] = chosen;
  if (known.length === 0) return { unread: pageChanged(group.setting, `Chaperone could not find the "${group.label}" options on Instagram's page.`) };
  if (only === undefined || chosen.length > 1) {
    return { unread: pageChanged(group.setting, `Chaperone could not tell which "${group.label}" option is chosen: Instagram may have reworded it.`) };
  }
  return { observation: observe(group.setting, only.option.id, `${where} radio "${only.node.name ?? ''}" checked (accessibility tree)`) };
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
