import type { Observation, Unread } from '../../types.ts';
import { findAxNodes, findToggle } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import { MENTIONS_GROUP, mentionOption } from './threads-settings.ts';
import type { SwitchLabel, ThreadsSetting } from './threads-settings.ts';
import { usernameInPath } from './threads-urls.ts';

export type ControlReading = { observation: Observation } | { unread: Unread };

/** Where the page lives, for evidence: "www.threads.com/settings/privacy". */
function place(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

/** A switch found by its label; missing, doubled or stateless is page-changed, never guessed. */
export function readSwitch(tree: AxNode | null, url: string, control: SwitchLabel, readAt: string): ControlReading {
  const found = findToggle(tree, { role: ['switch', 'checkbox'], name: control.name });
  if (!found.found) {
    const why = found.why === 'ambiguous' ? 'found more than one' : found.why === 'no-state' ? 'could not tell whether it is on or off for' : 'could not find';
    return { unread: pageChanged(control.setting, `Chaperone ${why} the "${control.label}" setting on Threads' ${place(url)} page.`) };
  }
  return { observation: {
    setting: control.setting, value: found.checked, source: 'accessibility-tree', readAt,
    evidence: `${place(url)} ${found.role} "${found.name}" (accessibility tree)`,
  } };
}

/** The Mentions radio group: exactly one checked radio whose wording maps to a known option. */
export function readMentions(tree: AxNode | null, url: string, readAt: string): ControlReading {
  const groups = findAxNodes(tree, (n) => n.role === 'radiogroup' && n.name !== undefined && MENTIONS_GROUP.name.test(n.name));
  const [group] = groups;
  if (group === undefined || groups.length > 1) {
    return { unread: pageChanged('mentions', `Chaperone could not find the "${MENTIONS_GROUP.label}" choice on Threads' ${place(url)} page.`) };
  }
  const checked = findAxNodes(group, (n) => n.role === 'radio' && n.checked === true);
  const [choice] = checked;
  if (choice === undefined || checked.length > 1) {
    return { unread: pageChanged('mentions', `Threads' "${MENTIONS_GROUP.label}" choice did not show one selected option.`) };
  }
  const label = (choice.name ?? '').trim();
  const option = mentionOption(label);
  if (option === null) {
    return { unread: pageChanged('mentions', `Threads' "${MENTIONS_GROUP.label}" choice shows "${label}", an option Chaperone does not recognise.`) };
  }
  return { observation: {
    setting: 'mentions', value: option, source: 'accessibility-tree', readAt,
    evidence: `${place(url)} radio group "${group.name ?? ''}", checked radio "${label}" (accessibility tree)`,
  } };
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

function pageChanged(setting: ThreadsSetting, detail: string): Unread {
  return { setting, reason: 'page-changed', detail };
}
