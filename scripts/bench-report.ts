/**
 * Times `chaperone report`'s work as an audit grows: build the appraisal summary, then render its
 * plain text and HTML, for audits of 1k, 10k and 40k items (the demo's items copied under new ids,
 * with a previous audit to compare with and a re-check and an answer for one item in ten). Prints
 * figures; asserts nothing. Each step should grow about linearly with the number of items.
 *   npm run bench:report [-- --sizes 1000,10000,40000]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildAppraisal } from '../main/engine/appraisal/build.ts';
import { appraisalHtml } from '../main/engine/appraisal/html.ts';
import { appraisalText } from '../main/engine/appraisal/text.ts';
import type { StoredAudit } from '../main/shared/api-contract.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,40000' } } });
const sizes = values.sizes.split(',').map(Number);

const demo = JSON.parse(await readFile(new URL('../renderer/example/demo-audit.json', import.meta.url), 'utf8')) as StoredAudit;

/** The demo audit with `count` items, spread over its accounts, and follow-ups on one item in ten. */
function auditOf(count: number, id: string): StoredAudit {
  const audit = structuredClone(demo);
  audit.id = id;
  const accounts = audit.report.audit.accounts;
  const templates = accounts.map((a) => a.items);
  for (const account of accounts) account.items = [];
  for (let n = 0; n < count; n += 1) {
    const index = n % accounts.length;
    const account = accounts[index];
    const pool = templates[index];
    const template = pool?.[n % pool.length];
    if (account === undefined || template === undefined) continue;
    const itemId = `${template.itemId}.${String(n)}`;
    account.items.push({ ...template, itemId });
    if (n % 10 === 0) {
      audit.rechecks.push({ accountId: account.account.id, itemId, at: '2026-11-26T10:00:00.000Z', status: 'pass', observed: 'true', reason: null });
      audit.answers.push({ accountId: account.account.id, itemId, answer: 'no', note: 'Checked.', answeredAt: '2026-11-26T10:05:00.000Z' });
    }
  }
  return audit;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

console.log('items    build     text     html    total');
for (const size of sizes) {
  const audit = auditOf(size, 'bench-audit');
  const previous = auditOf(size, 'bench-previous');
  previous.report.audit.startedAt = '2026-05-01T09:00:00.000Z';
  const [summary, build] = time(() => buildAppraisal({
    audit, previous,
    profile: { ...audit.report.profile, registrationNumber: null },
    reflection: { what: 'I audited my accounts.', soWhat: 'Some settings exposed more than I meant.', nowWhat: 'I changed them.' },
    options: { showRegistrationNumber: false, showHandles: false, timeSpentMinutes: 45, declarationAccepted: true, reauditMonths: 12, appendix: true },
    appVersion: 'bench',
    generatedAt: new Date(),
  }));
  const [, text] = time(() => appraisalText(summary));
  const [, html] = time(() => appraisalHtml(summary));
  const ms = (t: number): string => `${t.toFixed(0).padStart(6)} ms`;
  console.log(`${String(size).padStart(5)} ${ms(build)} ${ms(text)} ${ms(html)} ${ms(build + text + html)}`);
}
