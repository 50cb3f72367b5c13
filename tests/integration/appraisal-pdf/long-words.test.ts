/**
 * A 3,000-character word with no space in it (a pasted link, a key held down) wraps inside the
 * page in the appraisal PDF and inside 80 columns in the text export (issue 11). Checked the way
 * a reader would meet it: every word pdftotext finds lies within the page, and all of it is there.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { TEXT_WIDTH } from '../../../main/engine/appraisal/wrap.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { runCli } from '../../support/run-cli.ts';

const exec = promisify(execFile);
const LONG = 'abcdefghij'.repeat(300);
/** A4 is 595.28 pt wide; the print margins are 15 mm (42.5 pt) each side. */
const PAGE_WIDTH = 595.28;


interface Word { xMin: number; xMax: number; text: string }

/** Every word on every page with its box, from pdftotext -bbox (XHTML, one <word> element each). */
async function pdfWords(file: string): Promise<Word[]> {
  const xhtml = (await exec('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  return [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
    .map(([, xMin = '', xMax = '', text = '']) => ({ xMin: Number(xMin), xMax: Number(xMax), text }));
}

describe('a 3,000-character word in the appraisal summary', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chaperone-long-words-'));
    const audit = JSON.parse(await readFile('renderer/example/demo-audit.json', 'utf8')) as StoredAudit;
    const [first] = audit.report.audit.accounts;
    if (first !== undefined) first.account.label = `Label${LONG}`;
    await writeFile(join(dir, 'audit.json'), JSON.stringify(audit));
    await writeFile(join(dir, 'reflection.txt'), `What?\nI pasted ${LONG} here.\n\nSo what?\nIt is long.\n\nNow what?\nNothing.\n`);
    const result = await runCli([
      'report', '--from', join(dir, 'audit.json'), '--reflection', join(dir, 'reflection.txt'), '--declare-no-patient-info',
      '--pdf', join(dir, 'summary.pdf'), '--text', join(dir, 'summary.txt'),
    ]);
    // The full text (with the appendix) is the one wrapped at 80 columns.
    const full = await runCli([
      'report', '--from', join(dir, 'audit.json'), '--reflection', join(dir, 'reflection.txt'), '--declare-no-patient-info',
      '--appendix', '--text', join(dir, 'full.txt'),
    ]);
    expect(full.code).toBe(EXIT.ok);
    expect(result.err).toContain('Appraisal PDF written to');
    expect(result.code).toBe(EXIT.ok);
  }, 60_000);

  it('the PDF keeps every word inside the page, and the word is all there', async () => {
    const words = await pdfWords(join(dir, 'summary.pdf'));
    expect(words.length).toBeGreaterThan(100);
    const outside = words.filter((w) => w.xMin < 0 || w.xMax > PAGE_WIDTH);
    expect(outside.map((w) => `${w.text.slice(0, 30)}… at x ${String(w.xMin)}–${String(w.xMax)}`)).toEqual([]);
    // The reflection's word, broken over lines (and here over a page, whose footer is taken out), reads back whole.
    const pieces = words.map((w) => w.text).join('').replace(/Page\d+of\d+/g, '');
    expect(pieces).toContain(`pasted${LONG}here.`);
  });

  it('the short text keeps the word whole, for a portfolio box to wrap', async () => {
    expect(await readFile(join(dir, 'summary.txt'), 'utf8')).toContain(`pasted ${LONG} here.`);
  });

  it('the full text export has no line longer than its wrap width, and loses none of the word', async () => {
    const text = await readFile(join(dir, 'full.txt'), 'utf8');
    const lines = text.trimEnd().split('\n');
    // The last line is the machine-read seal, which `chaperone verify` needs whole.
    const body = lines.slice(0, -1);
    expect(body.filter((l) => l.length > TEXT_WIDTH).map((l) => `${l.slice(0, 30)}… (${String(l.length)})`)).toEqual([]);
    expect(body.join('').replace(/\s/g, '')).toContain(`pasted${LONG}here.`);
  });
});
