import type { AxNode } from './ax-read.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import { PROFILE_TITLE } from './threads-labels.ts';

/** Name and handle as a profile page draws them, when its data is not there. */
export interface ScreenProfile {
  handle: string;
  /** Null when the page's heading did not give a name apart from the handle. */
  name: string | null;
  evidence: string;
}

/**
 * The profile drawn on the screen: the page title names the account ("Name (@handle) • Threads")
 * and its level-one heading shows the name, alone or run together with the handle on one line.
 * Null unless the title names this very handle and the heading is drawn.
 */
export function screenProfile(title: string, tree: AxNode | null, username: string): ScreenProfile | null {
  const match = PROFILE_TITLE.exec(title.trim());
  if (match === null || (match[2] ?? '').toLowerCase() !== username.toLowerCase()) return null;
  const headings = findAxNodes(tree, (n) => n.role === 'heading' && (n.name ?? '').trim() !== '');
  const [heading] = headings;
  if (heading === undefined) return null;
  const name = splitName(heading.name ?? '', username);
  return { handle: match[2] ?? username, name, evidence: `www.threads.com/@${username} page title and heading "${(heading.name ?? '').trim()}" (accessibility tree)` };
}

/** "Dr Sam Rivers@dr.sam.rivers", "Dr Sam Rivers dr.sam.rivers" or "Dr Sam Rivers" → "Dr Sam Rivers". */
export function splitName(text: string, username: string): string | null {
  const escaped = username.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = text.replace(new RegExp(`\\s*@?${escaped}\\s*$`, 'i'), '').replace(/\s+/g, ' ').trim();
  return name === '' ? null : name;
}
