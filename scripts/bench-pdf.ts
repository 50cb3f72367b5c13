/**
 * Times the appraisal PDF of the demo audit once the browser is running: build the summary, render
 * its HTML, print it to PDF and seal it. Prints figures; asserts nothing.
 * Target (issue 5): under 2 s per PDF on the 2-core build machine.
 *   npm run bench:pdf [-- --runs 5]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildAppraisal } from '../main/engine/appraisal/build.ts';
import { appraisalHtml } from '../main/engine/appraisal/html.ts';
import { launchPdfBrowser, renderPdf } from '../main/engine/appraisal/pdf.ts';
import { sealPdf } from '../main/engine/appraisal/seal.ts';
import { chooseBrowser, systemBrowserInputs } from '../main/engine/browser/find-browsers.ts';
import { storedAuditRecord } from '../main/engine/store/schema.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

const audit = storedAuditRecord.parse(JSON.parse(await readFile(new URL('../renderer/example/demo-audit.json', import.meta.url), 'utf8')));
const input = {
  audit, previous: null,
  profile: { ...audit.report.profile, registrationNumber: null },
  reflection: { what: 'I audited my accounts.', soWhat: 'Two settings exposed more than I meant.', nowWhat: 'I changed them and will check again.' },
  options: { showRegistrationNumber: false, showHandles: false, timeSpentMinutes: 45, declarationAccepted: true, reauditMonths: 12, appendix: true },
  appVersion: 'bench',
};

const launchStart = performance.now();
const browser = await launchPdfBrowser(chooseBrowser(systemBrowserInputs()).executablePath);
console.log(`browser start: ${(performance.now() - launchStart).toFixed(0)} ms (not counted)`);
try {
  const times: number[] = [];
  let size = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const summary = buildAppraisal({ ...input, generatedAt: new Date() });
    const pdf = sealPdf(await renderPdf(browser, appraisalHtml(summary, { appendix: true })), summary);
    times.push(performance.now() - start);
    size = pdf.length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  console.log(`runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`median: ${median.toFixed(0)} ms per PDF (target < 2000 ms), ${(size / 1024).toFixed(0)} kB`);
} finally {
  await browser.close();
}
