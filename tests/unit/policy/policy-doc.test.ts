/** docs/policy.md lists every question and option id the answers file takes, as policy.yaml holds them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../main/engine/policy/load.ts';
import { questionTables, withQuestionTables } from '../../../main/engine/policy/policy-doc.ts';
import { CHECKLIST_DIR } from '../services/handler-fixtures.ts';

describe('docs/policy.md', () => {
  it('lists every question and option id as the data holds them (run npm run policy-doc after a change)', async () => {
    const { data } = await loadPolicy(CHECKLIST_DIR);
    const page = readFileSync(new URL('../../../docs/policy.md', import.meta.url), 'utf8');
    expect(page).toBe(withQuestionTables(page, data));
    const tables = questionTables(data);
    for (const question of data.questions) {
      expect(tables).toContain(`| \`${question.id}\` |`);
      for (const option of question.options) expect(tables, `${question.id}: ${option.id}`).toContain(`\`${option.id}\`: ${option.label}`);
    }
  });
});
