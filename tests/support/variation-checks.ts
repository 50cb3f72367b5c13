/**
 * What every reader must do under every variation switch (main/demo/variations.ts): report only
 * true values, say why for everything else, and never let an item pass on an unhealthy session.
 */
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { evaluateAccount } from '../../main/engine/audit/evaluate.ts';
import { scoreItems } from '../../main/shared/score.ts';
import { loadChecklists } from '../../main/engine/checklist/load.ts';
import type { ChecklistItem } from '../../main/engine/checklist/model.ts';
import type { AccountSpec, PlatformId, PlatformReadResult, SettingValue, StrangerView } from '../../main/engine/types.ts';

export interface HonestRead { read: string[]; unread: string[] }

/**
 * Every value the reader reports is the true one, and every setting it did not read carries a
 * reason other than the catch-all "not-read". Returns which settings were read and which not.
 */
export function expectOnlyTrueValues(result: PlatformReadResult, truth: Readonly<Record<string, SettingValue>>): HonestRead {
  const wrong = result.observations
    .filter((o) => o.setting in truth && !isDeepStrictEqual(o.value, truth[o.setting]))
    .map((o) => `${o.setting}: read ${JSON.stringify(o.value)}, true value ${JSON.stringify(truth[o.setting])} (${o.evidence})`);
  expect(wrong, 'values that are not the true ones').toEqual([]);
  const read = Object.keys(truth).filter((setting) => result.observations.some((o) => o.setting === setting));
  const unread = Object.keys(truth).filter((setting) => !read.includes(setting));
  const silent = unread.filter((setting) => {
    const entry = result.unread.find((u) => u.setting === setting) ?? result.unread.find((u) => u.setting === '*');
    return entry === undefined || entry.reason === 'not-read' || entry.detail.trim() === '';
  });
  expect(silent, 'settings left unread without a reason').toEqual([]);
  return { read, unread };
}

/** Scored against the platform's checklist: no item passes and the account gets no score. */
export function expectNoPass(result: PlatformReadResult, items: readonly ChecklistItem[], account: AccountSpec): void {
  const evaluated = evaluateAccount(items, account, account.platform, result);
  expect(evaluated.filter((item) => item.status === 'pass').map((item) => item.itemId)).toEqual([]);
  expect(scoreItems(evaluated).score).toBeNull();
  expect(result.session).not.toBe('signed-in');
}

/** The stranger view drew no conclusion from a page it did not recognise as a profile. */
export function expectStrangerConcludedNothing(view: StrangerView | null): void {
  if (view === null) return;
  expect(view.checked, 'a stranger view of an unrecognised page must say it could not check').toBe(false);
  expect(view.postsVisible).toBeNull();
  expect(view.connectionsVisible).toBeNull();
  expect(view.notes.join(' ')).not.toMatch(/not visible|did not load|no posts|saw no/i);
}

/** The platform's real checklist items and the common ones, as the audit holds a read against them. */
export async function checklistItemsFor(platform: PlatformId): Promise<ChecklistItem[]> {
  const set = await loadChecklists(fileURLToPath(new URL('../../checklists', import.meta.url)));
  const found = set.platforms.find((p) => p.platform.id === platform);
  if (found === undefined) throw new Error(`The ${platform} checklist is missing.`);
  return [...found.items, ...set.common];
}
