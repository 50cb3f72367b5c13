/** The real LinkedIn checklist items (and the common ones), as the audit holds a read against them. */
import { fileURLToPath } from 'node:url';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';

const CHECKLIST_DIR = fileURLToPath(new URL('../../../checklists', import.meta.url));

export async function linkedinChecklistItems(): Promise<ChecklistItem[]> {
  const set = await loadChecklists(CHECKLIST_DIR);
  const linkedin = set.platforms.find((p) => p.platform.id === 'linkedin');
  if (linkedin === undefined) throw new Error('The LinkedIn checklist is missing.');
  return [...linkedin.items, ...set.common];
}
