/**
 * Issue 14: an appraiser reads one or two pages. `chaperone report --pdf` on the demo doctor's audit
 * is two A4 pages (pdfinfo), and more with --appendix; each page holds what the issue lists, read
 * back with pdftotext; the worst case (the longest name, twelve accounts with long labels, most items
 * left, ten fixed) is still two pages; the short text is under 3,000 characters. The pages are
 * turned into pictures in reports/appraisal/ for a person to look at.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { runCli } from '../../support/run-cli.ts';
import { LONG_NAME, TYPICAL_REFLECTION, worstCaseAudit } from '../../unit/appraisal/fixtures.ts';

const exec = promisify(execFile);
const PNG_DIR = resolve('reports/appraisal');
const CAVEAT = 'A good result does not show that your use of social media meets every professional standard.';

let dir = '';
let reflection = '';

async function pages(pdf: string): Promise<number> {
  return Number(/Pages:\s+(\d+)/.exec((await exec('pdfinfo', [pdf])).stdout)?.[1]);
}

/** One page's text, with runs of spaces made one (pdftotext lays out columns with many). */
async function pageText(pdf: string, page: number): Promise<string> {
  const { stdout } = await exec('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']);
  return stdout.replace(/[ \t]+/g, ' ');
}

async function pictures(pdf: string, name: string): Promise<void> {
  await exec('pdftoppm', ['-png', '-r', '60', pdf, join(PNG_DIR, name)]);
}

async function report(name: string, from: string, extra: string[] = []): Promise<{ pdf: string; text: string }> {
  const pdf = join(dir, `${name}.pdf`);
  const text = join(dir, `${name}.txt`);
  const result = await runCli(['report', '--from', from, '--reflection', reflection, '--declare-no-patient-info', '--pdf', pdf, '--text', text, '-q', ...extra]);
  expect(result.code, result.err).toBe(EXIT.ok);
  return { pdf, text };
}

let demo = { pdf: '', text: '' };
let appendix = { pdf: '', text: '' };
let worst = { pdf: '', text: '' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chaperone-two-pages-'));
  await mkdir(PNG_DIR, { recursive: true });
  reflection = join(dir, 'reflection.txt');
  await writeFile(reflection, `What?\n${TYPICAL_REFLECTION.what}\n\nSo what?\n${TYPICAL_REFLECTION.soWhat}\n\nNow what?\n${TYPICAL_REFLECTION.nowWhat}\n`);
  const audit = join(dir, 'demo.json');
  const made = await runCli(['demo', '--profession', 'doctor', '--json', audit, '-q']);
  expect(made.err).not.toMatch(/fault/i);
  const worstFile = join(dir, 'worst.json');
  await writeFile(worstFile, JSON.stringify(worstCaseAudit()));
  demo = await report('demo', audit, ['--time-spent', '45']);
  appendix = await report('appendix', audit, ['--appendix']);
  worst = await report('worst', worstFile, ['--time-spent', '45', '--show-registration-number', '--registration-number', '1234567']);
  await pictures(demo.pdf, 'two-pages-demo');
  await pictures(worst.pdf, 'two-pages-worst-case');
}, 180_000);

afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('the demo doctor\'s appraisal PDF', () => {
  it('is two pages without the appendix, and more with it', async () => {
    expect(await pages(demo.pdf)).toBe(2);
    expect(await pages(appendix.pdf)).toBeGreaterThan(2);
    expect(await pageText(appendix.pdf, 3)).toContain('Appendix: every item checked');
  });

  it('page 1: who, when, scope, method and limits, the headline counts with the caveat, and what was fixed', async () => {
    const page = await pageText(demo.pdf, 1);
    for (const text of ['Amina Rahman', 'Doctor (registered with the GMC)', 'Audit date', 'Time spent', '45 minutes', 'Scope', '6 accounts',
      'Guidance checked against', 'Using social media as a medical professional, 2024 (current)', 'Method and limits', 'Could not be checked: 5 items',
      'Results', 'Could not check', 'Score at the audit: 41 out of 100', 'What was fixed']) {
      expect(page, text).toContain(text);
    }
    expect(page.replace(/\s+/g, ' ')).toContain(CAVEAT);
    expect(page).toContain('Page 1 of 2');
  });

  it('page 2: what is left with target dates, the reflection, the declaration and the seal', async () => {
    const page = await pageText(demo.pdf, 2);
    const flat = page.replace(/\s+/g, ' ');
    for (const text of ['What is left to do', 'By 3 January 2027', 'check by hand', 'Suggested re-audit', 'Reflective note',
      TYPICAL_REFLECTION.soWhat, 'Declaration', 'Confirmed by Amina Rahman', 'Fingerprint (SHA-256 of the content)', 'chaperone verify']) {
      expect(flat, text).toContain(text);
    }
    expect(flat).toMatch(/\d+ more not listed here\. Every item, with what to do, is in the JSON file/);
    expect(page).toContain('Page 2 of 2');
  });

  it('keeps its seal: chaperone verify accepts the PDF and the short text', async () => {
    for (const file of [demo.pdf, demo.text, appendix.pdf]) expect((await runCli(['verify', file])).code, file).toBe(EXIT.ok);
  });

  it('comes with a short text under 3,000 characters, and the full text with --appendix', async () => {
    const short = await readFile(demo.text, 'utf8');
    expect(short.length).toBeLessThan(3000);
    expect(short).toContain(TYPICAL_REFLECTION.nowWhat);
    expect(short).toContain(CAVEAT);
    expect((await readFile(appendix.text, 'utf8')).length).toBeGreaterThan(20_000);
  });
});

describe('the worst case: the longest name, twelve accounts with long labels, most items left', () => {
  it('is still two pages, with the name whole and what was left out counted', async () => {
    expect(await pages(worst.pdf)).toBe(2);
    const page1 = (await pageText(worst.pdf, 1)).replace(/\s+/g, ' ');
    expect(page1).toContain('Featherstonehaugh-Cholmondeley');
    expect(page1).toContain(`Partial audit: 11 of 23 read. Score at the audit: 45 out of 100. ${CAVEAT}`);
    expect(page1).toContain('And 6 more');
    const page2 = (await pageText(worst.pdf, 2)).replace(/\s+/g, ' ');
    expect(page2).toMatch(/\d+ more not listed here/);
    expect(page2).toContain(LONG_NAME.split(' ').at(-1));
  });

  it('has a short text under 3,000 characters', async () => {
    expect((await readFile(worst.text, 'utf8')).length).toBeLessThan(3000);
  });
});
