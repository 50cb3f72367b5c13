import { findAxNodes } from '../read-helpers/read-toggle.ts';
import type { AxNode } from '../read-helpers/read-toggle.ts';

export type RadioReading =
  | { found: true; label: string }
  | { found: false; why: 'missing' | 'ambiguous' | 'none-chosen' };

/**
 * Finds exactly one group (or radiogroup) with this name and exactly one checked radio in it. Two
 * groups, or two chosen options, are refused rather than guessed between.
 */
export function findChosenRadio(tree: AxNode | null, group: RegExp): RadioReading {
  const groups = findAxNodes(tree, (node) => ['group', 'radiogroup'].includes(node.role)
    && node.name !== undefined && group.test(node.name.trim()));
  const [only] = groups;
  if (only === undefined) return { found: false, why: 'missing' };
  if (groups.length > 1) return { found: false, why: 'ambiguous' };
  const chosen = findAxNodes(only, (node) => node.role === 'radio' && node.checked === true);
  const [pick] = chosen;
  if (pick === undefined) return { found: false, why: 'none-chosen' };
  if (chosen.length > 1) return { found: false, why: 'ambiguous' };
  return { found: true, label: pick.name ?? '' };
}
