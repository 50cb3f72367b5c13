/** Rewrites the generated part of docs/guidance.md from checklists/guidance.yaml (npm run guidance-doc). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withGuidanceTables } from '../main/engine/checklist/guidance-doc.ts';
import { loadChecklists } from '../main/engine/checklist/load.ts';

const target = new URL('../docs/guidance.md', import.meta.url);
const set = await loadChecklists(fileURLToPath(new URL('../checklists', import.meta.url)));
writeFileSync(target, withGuidanceTables(readFileSync(target, 'utf8'), set));
process.stdout.write(`Wrote ${target.pathname}\n`);
