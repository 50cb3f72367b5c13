import type { Page, SerializedAXNode } from 'puppeteer-core';

/** A control described the way a person finds it: its role and its label. */
export interface ToggleSpec {
  role: readonly string[];
  name: RegExp;
}

export type ToggleReading =
  | { found: true; checked: boolean; role: string; name: string }
  | { found: false; why: 'missing' | 'ambiguous' | 'no-state' };

/** Reads a checkbox or switch's state from the browser's accessibility tree. */
export async function readToggle(page: Page, spec: ToggleSpec): Promise<ToggleReading> {
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  return findToggle(tree, spec);
}

/**
 * Finds exactly one control with a matching role and name. Two matches are refused rather than
 * guessed between, and a "mixed" state is not a yes or a no.
 */
export function findToggle(tree: AxNode | null, spec: ToggleSpec): ToggleReading {
  const matches = findAxNodes(tree, (node) =>
    spec.role.includes(node.role) && node.name !== undefined && spec.name.test(node.name));
  const [only] = matches;
  if (only === undefined) return { found: false, why: 'missing' };
  if (matches.length > 1) return { found: false, why: 'ambiguous' };
  if (typeof only.checked !== 'boolean') return { found: false, why: 'no-state' };
  return { found: true, checked: only.checked, role: only.role, name: only.name ?? '' };
}

/** The parts of an accessibility node the helpers use; recorded snapshots fit it too. */
export type AxNode = Pick<SerializedAXNode, 'role' | 'name' | 'checked' | 'url'> & { children?: AxNode[] };

/** Every node of the tree, in document order, that `accept` takes. */
export function findAxNodes<T extends { children?: T[] }>(tree: T | null, accept: (node: T) => boolean): T[] {
  const found: T[] = [];
  const pending: T[] = tree === null ? [] : [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (accept(node)) found.push(node);
    if (node.children !== undefined) pending.push(...[...node.children].reverse());
  }
  return found;
}
