/**
 * The fingerprint has no key, so anyone can forge a summary and seal it with the project's own
 * functions. `chaperone verify` must then say only what a fingerprint shows: not that Chaperone made
 * the file, not that the date in it is true, and what a fingerprint cannot prove.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli.ts';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { buildAppraisal } from '../../../main/engine/appraisal/build.ts';
import { contentFingerprint } from '../../../main/engine/appraisal/fingerprint.ts';
import { appraisalJsonValue } from '../../../main/engine/appraisal/json.ts';
import type { AppraisalSummary } from '../../../main/engine/appraisal/model.ts';
import { sealJson, sealPdf, sealText } from '../../../main/engine/appraisal/seal.ts';
import { appraisalText } from '../../../main/engine/appraisal/text.ts';
import { demoAudit, input } from '../appraisal/fixtures.ts';

async function verify(file: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(['verify', file], {}, { out: (t) => { out += t; }, err: () => undefined }, new AbortController().signal);
  return { code, out };
}

/** What an attacker does: take a real summary, change what it says and when, and fingerprint it again. */
function forgedSummary(): AppraisalSummary {
  const real = buildAppraisal(input());
  const content: Omit<AppraisalSummary, 'fingerprint'> = {
    ...real,
    header: { ...real.header, name: 'Someone Else' },
    reflection: { what: 'Everything was already private.', soWhat: '', nowWhat: '' },
    generatedAt: '2020-01-01T00:00:00.000Z',
  };
  return { ...content, fingerprint: contentFingerprint(content) };
}

const forged = forgedSummary();
const enc = new TextEncoder();
// A PDF Chaperone never made: written by hand, then sealed.
const handMadePdf = enc.encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF');
const FORGERIES = [
  ['pdf', 'forged.pdf', sealPdf(handMadePdf, forged)],
  ['text', 'forged.txt', enc.encode(sealText(appraisalText(forged), forged))],
  ['json', 'forged.json', enc.encode(sealJson(appraisalJsonValue(forged, demoAudit().report, false), forged))],
] as const;

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'chaperone-forgery-')), name);
  await writeFile(file, bytes);
  return file;
}

describe('chaperone verify on a forged summary, resealed with Chaperone’s own functions', () => {
  it.each(FORGERIES)('a forged %s file: the fingerprint matches (exit 0), and verify claims no more than that', async (_kind, name, bytes) => {
    const { code, out } = await verify(await write(name, bytes));
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n')[0]).toBe('Fingerprint matches: this file has not changed since it was sealed.');
    // Never that Chaperone made it, nor the date as a fact.
    expect(out).not.toMatch(/Chaperone made|made (it|by)|Unchanged since|genuine|authentic/i);
    expect(out).not.toMatch(/(made|created|generated|sealed)( it)? on 1 January 2020/i);
    // The date only as what the file says, and what a fingerprint cannot prove.
    expect(out).toContain('Date written in the file: 1 January 2020 at 00:00 UTC.');
    expect(out).toContain('A fingerprint shows accidental changes; it cannot prove who made the file or when.');
  });

  it.each(FORGERIES)('a forged %s file edited once more after sealing: does not match, exit 1', async (_kind, name, bytes) => {
    const edited = new Uint8Array(bytes);
    const at = Math.floor(bytes.length / 3);
    edited[at] = (edited[at] ?? 0) ^ 0x01;
    expect(await verify(await write(name, edited))).toEqual({
      code: EXIT.findings, out: 'Fingerprint does not match: this file has changed since it was sealed.\n',
    });
  });

  it('a date the file makes up is shown quoted, and cannot move the terminal cursor or clear the screen', async () => {
    const weird = { generatedAt: '\u001b[2J\u001b[Hsigned-by-the-GMC', fingerprint: '\u001b[31m'.padEnd(64, 'a') };
    const { code, out } = await verify(await write('weird.json', enc.encode(sealJson({ summary: 'made up' }, weird))));
    expect(code).toBe(EXIT.ok);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Date written in the file: "?[2J?[Hsigned-by-the-GMC".');
  });
});
