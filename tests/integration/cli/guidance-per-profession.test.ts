/**
 * The guidance a person sees is their own regulator's, end to end: `chaperone demo` for a GMC
 * doctor, an NMC nurse and a GPhC pharmacist, then `chaperone report --pdf` on each audit, read back
 * with pdftotext. No other regulator's text may appear anywhere: the printed summary, the JSON and
 * HTML reports, or the appraisal PDF.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../../main/engine/report/json.ts';
import type { AuditReport } from '../../../main/engine/report/schema.ts';
import { citation } from '../../../main/shared/guidance-words.ts';
import { runCli } from '../../support/run-cli.ts';

const exec = promisify(execFile);

/** Each regulator's name and short name: what must never reach someone another regulator binds. */
const REGULATORS = {
  GMC: /General Medical Council|\bGMC\b|British Medical Association|\bBMA\b/,
  NMC: /Nursing and Midwifery Council|\bNMC\b/,
  GPhC: /General Pharmaceutical Council|\bGPhC\b/,
  HCPC: /Health and Care Professions Council|\bHCPC\b/,
  GDC: /General Dental Council|\bGDC\b/,
} as const;
type Regulator = keyof typeof REGULATORS;

interface Run { printed: string; json: string; html: string; pdf: string; report: AuditReport }

const PEOPLE: { profession: string; regulator: Regulator }[] = [
  { profession: 'doctor', regulator: 'GMC' },
  { profession: 'nurse', regulator: 'NMC' },
  { profession: 'pharmacist', regulator: 'GPhC' },
];

let dir = '';
const runs = new Map<string, Run>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chaperone-guidance-'));
  await mkdir(resolve('reports/appraisal'), { recursive: true });
  for (const { profession } of PEOPLE) {
    const json = join(dir, `${profession}.json`);
    const html = join(dir, `${profession}.html`);
    const pdf = join(dir, `${profession}.pdf`);
    const demo = await runCli(['demo', '--profession', profession, '--json', json, '--html', html, '-q']);
    expect(demo.err).not.toMatch(/Error|fault/i);
    const report = await runCli(['report', '--from', json, '--declare-no-patient-info', '--pdf', pdf, '-q']);
    expect(report.code, report.err).toBe(0);
    // The first page, for a person to look at: reports/appraisal/<profession>-page-1.png.
    await exec('pdftoppm', ['-f', '1', '-l', '1', '-r', '70', '-png', '-singlefile', pdf, resolve('reports/appraisal', `${profession}-page-1`)]);
    const jsonText = await readFile(json, 'utf8');
    runs.set(profession, {
      printed: demo.out, json: jsonText, html: await readFile(html, 'utf8'),
      pdf: (await exec('pdftotext', ['-layout', pdf, '-'])).stdout, report: parseReport(jsonText, json),
    });
  }
}, 240_000);

afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

function run(profession: string): Run {
  const found = runs.get(profession);
  if (found === undefined) throw new Error(`no run for ${profession}`);
  return found;
}

describe.each(PEOPLE)('a $profession registered with the $regulator', ({ profession, regulator }) => {
  it('sees no other regulator\'s guidance in the summary, the reports or the appraisal PDF', () => {
    const { printed, json, html, pdf } = run(profession);
    for (const [other, pattern] of Object.entries(REGULATORS)) {
      if (other === regulator) continue;
      for (const [where, text] of Object.entries({ printed, json, html, pdf })) {
        expect(pattern.exec(text)?.[0], `${other} in the ${where} output of a ${profession}`).toBeUndefined();
      }
    }
    expect(pdf).toMatch(REGULATORS[regulator]);
    expect(run(profession).report.audit.guidance.regulator).toBe(regulator);
  });

  it('has every failing professional item rest on current guidance of that regulator, each citation marked', () => {
    const { report, printed } = run(profession);
    const failing = report.audit.accounts.flatMap((a) => a.items).filter((i) => i.status === 'fail' && i.group === 'professional');
    for (const item of failing) {
      const current = item.guidance.filter((g) => g.publisherShort === regulator && g.status === 'current').map(citation);
      expect(current.length, item.itemId).toBeGreaterThan(0);
      // Every citation is printed, and says its paragraph, or plainly that there is no number to give.
      for (const text of current) {
        expect(printed).toContain(`Guidance: ${text}`);
        expect(text).toMatch(/(paragraph|Standard|Section) \S+.*\[current\]$|(no paragraph numbers in this guidance|paragraph number not found) \[current\]$/);
      }
    }
    expect(printed).toMatch(/Guidance: .*\[current\]/);
  });

  it('shows good privacy practice apart, outside the score', () => {
    const { report, printed, pdf } = run(profession);
    const personalX = report.audit.accounts[0];
    const ads = personalX?.items.find((i) => i.itemId === 'x.no-personalised-ads');
    expect(ads).toMatchObject({ group: 'privacy-practice', status: 'fail', guidance: [] });
    expect(personalX?.score.privacyPractice.fail).toBeGreaterThan(0);
    expect(printed).toContain('Good privacy practice, not in your professional guidance');
    expect(pdf).toContain('Good privacy practice, not in your professional guidance');
  });
});

describe('what differs between professions', () => {
  it('asks a doctor the name questions on the 2024 rule, and a nurse and a pharmacist none', () => {
    const names = (profession: string): string[] => run(profession).report.audit.accounts.flatMap((a) => a.items)
      .filter((i) => i.category === 'identity' && i.itemId !== 'common.titles-accurate').map((i) => i.itemId);
    expect(names('doctor')).toContain('common.registered-name-shown');
    expect(names('nurse')).toEqual([]);
    expect(names('pharmacist')).toEqual([]);
  });

  it('asks the questions about all accounts once, each citing the person\'s own regulator', () => {
    const doctor = run('doctor').report.audit.questions;
    expect(doctor.map((q) => q.itemId)).toEqual(expect.arrayContaining(['common.health-information-accurate', 'common.concerns-raised-properly', 'common.law-on-posts-about-others']));
    expect(doctor.find((q) => q.itemId === 'common.concerns-raised-properly')?.guidance[0]).toMatchObject({ paragraph: '75(c)', publisherShort: 'GMC' });
    const pharmacist = run('pharmacist').report.audit.questions;
    expect(pharmacist.find((q) => q.itemId === 'common.concerns-raised-properly')?.guidance[0]).toMatchObject({ paragraph: 'Standard 8', publisherShort: 'GPhC' });
    // The location in photos is good practice only: no regulator's text was found that asks for it.
    expect(doctor.find((q) => q.itemId === 'common.photo-location-removed')).toMatchObject({ group: 'privacy-practice', guidance: [] });
  });
});
