/** Instagram's real checklist items (checklists/instagram.yaml and the common items), for scoring a read. */
import { fileURLToPath } from 'node:url';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';

const CHECKLIST_DIR = fileURLToPath(new URL('../../../checklists/', import.meta.url));

export async function instagramChecklistItems(): Promise<ChecklistItem[]> {
  const checklists = await loadChecklists(CHECKLIST_DIR);
  const instagram = checklists.platforms.find((p) => p.platform.id === 'instagram');
  if (instagram === undefined) throw new Error('The Instagram checklist is missing.');
  return [...instagram.items, ...checklists.common];
}
