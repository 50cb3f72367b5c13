/** Rewrites the generated part of docs/policy.md from checklists/policy/policy.yaml (npm run policy-doc). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPolicy } from '../main/engine/policy/load.ts';
import { withQuestionTables } from '../main/engine/policy/policy-doc.ts';

const target = new URL('../docs/policy.md', import.meta.url);
const { data } = await loadPolicy(fileURLToPath(new URL('../checklists', import.meta.url)));
writeFileSync(target, withQuestionTables(readFileSync(target, 'utf8'), data));
process.stdout.write(`Wrote ${target.pathname}\n`);
