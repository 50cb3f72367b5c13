import { describe, expect, it } from 'vitest';
import { canonicalJson, sealJson, sealPdf, sealText } from '../../../main/engine/appraisal/seal.ts';
import { CHANGED, NO_SEAL, verifyBytes } from '../../../main/engine/appraisal/verify.ts';

const summary = { generatedAt: '2026-11-25T14:30:00.000Z', fingerprint: 'ab'.repeat(32) };
const enc = new TextEncoder();

// A PDF-shaped file with binary bytes, as Chromium writes them (no trailing newline after %%EOF).
const pdf = new Uint8Array([
  ...enc.encode('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, ...enc.encode('\n1 0 obj\n<< /Type /Catalog >>\nstream\n'),
  0x00, 0xff, 0x10, 0x80, ...enc.encode('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF'),
]);
const text = 'Social media audit: appraisal summary\n\nWhat?\nI checked my accounts.\n';
const json = { title: 'Social media audit', findings: [{ item: 'Posts are protected', status: 'fail' }], n: 3 };

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

/** Positions spread over the whole file: the first byte, the body, the seal line, the digest, the last byte. */
function positions(length: number): number[] {
  const picks = [0, 1, 5, 12, 30, Math.floor(length / 3), Math.floor(length / 2), length - 90, length - 70, length - 66, length - 30, length - 2, length - 1];
  return [...new Set(picks.filter((p) => p >= 0 && p < length))];
}

describe('sealing an export so accidental changes to it can be caught', () => {
  const cases = [
    ['pdf', sealPdf(pdf, summary)],
    ['text', enc.encode(sealText(text, summary))],
    ['json', enc.encode(sealJson(json, summary))],
  ] as const;

  it.each(cases)('a sealed %s file verifies, with its date and content fingerprint', (kind, sealed) => {
    expect(verifyBytes(sealed)).toEqual({ ok: true, kind, generated: summary.generatedAt, content: summary.fingerprint });
  });

  it.each(cases)('changing any single byte of a sealed %s file is caught', (_kind, sealed) => {
    for (const at of positions(sealed.length)) {
      const result = verifyBytes(flip(sealed, at));
      expect(result.ok, `byte ${String(at)} of ${String(sealed.length)}`).toBe(false);
      if (!result.ok) expect([CHANGED, NO_SEAL]).toContain(result.reason);
    }
  });

  it.each(cases)('an edit inside the body of a sealed %s file is reported as a change', (_kind, sealed) => {
    expect(verifyBytes(flip(sealed, Math.floor(sealed.length / 3)))).toEqual({ ok: false, reason: CHANGED });
  });

  it('the PDF seal is one comment line after the end of the PDF, so readers still open it', () => {
    const sealed = new TextDecoder('latin1').decode(sealPdf(pdf, summary));
    expect(sealed.startsWith('%PDF-1.4')).toBe(true);
    expect(sealed).toMatch(/%%EOF\n%chaperone-seal v1 generated=2026-11-25T14:30:00.000Z content=(ab){32} file=[0-9a-f]{64}\n$/);
  });

  it('the text export ends with a fingerprint line a person can read', () => {
    expect(sealText(text, summary).split('\n').at(-2)).toMatch(/^Chaperone fingerprint: v1 generated=\S+ content=(ab){32} file=[0-9a-f]{64}$/);
  });

  it('the JSON export carries a top-level seal', () => {
    const parsed = JSON.parse(sealJson(json, summary)) as { seal: Record<string, unknown> };
    expect(parsed.seal).toMatchObject({ version: 1, generated: summary.generatedAt, content: summary.fingerprint });
  });

  it('changing the date or fingerprint in the seal itself is caught', () => {
    const sealedText = sealText(text, summary).replace('2026-11-25', '2026-11-26');
    expect(verifyBytes(enc.encode(sealedText))).toEqual({ ok: false, reason: CHANGED });
    const sealedJson = sealJson(json, summary).replace('"generated": "2026-11-25', '"generated": "2026-11-26');
    expect(verifyBytes(enc.encode(sealedJson))).toEqual({ ok: false, reason: CHANGED });
  });

  it('a JSON edit that only changes layout is still a change', () => {
    const sealed = sealJson(json, summary).replace('"n": 3', '"n":3');
    expect(JSON.parse(sealed)).toBeTruthy();
    expect(verifyBytes(enc.encode(sealed))).toEqual({ ok: false, reason: CHANGED });
  });

  it.each([
    ['pdf', pdf],
    ['text', enc.encode(text)],
    ['json', enc.encode(JSON.stringify(json))],
    ['empty', new Uint8Array()],
  ] as const)('an unsealed %s file is reported in plain words', (_kind, bytes) => {
    expect(verifyBytes(bytes)).toEqual({ ok: false, reason: 'This file has no Chaperone fingerprint.' });
  });


  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe(canonicalJson({ a: [{ c: 'x', d: null }], b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
