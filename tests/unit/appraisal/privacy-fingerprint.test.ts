/**
 * What an export must never hold, and the fingerprint that shows whether its content changed.
 * Secrets are planted in the audit where a careless export would copy them from.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildAppraisal } from '../../../main/engine/appraisal/build.ts';
import { canonicalJson, contentFingerprint } from '../../../main/engine/appraisal/fingerprint.ts';
import { appraisalHtml } from '../../../main/engine/appraisal/html.ts';
import type { AppraisalSummary } from '../../../main/engine/appraisal/model.ts';
import { appraisalText } from '../../../main/engine/appraisal/text.ts';
import { auditWithFollowUp, auditWithSecrets, DATA_DIR, HANDLES, input, REGISTRATION } from './fixtures.ts';

function outputs(summary: AppraisalSummary): Record<string, string> {
  return { summary: JSON.stringify(summary), html: appraisalHtml(summary), text: appraisalText(summary) };
}

const BIO_WORDS = ['parkrun regular', "Women's health, menopause care", 'Amina 🏃'];

describe('nothing private leaks into an export', () => {
  it('has no cookie, token, profile path, data folder, handle, bio or registration number by default', () => {
    const audit = auditWithSecrets();
    for (const [format, text] of Object.entries(outputs(buildAppraisal(input({ audit, previous: auditWithSecrets() }))))) {
      for (const secret of ['auth_token', 'ct0', '/profiles/', DATA_DIR, 'ads.example.net', 'Signed in as', ...HANDLES, ...BIO_WORDS, REGISTRATION]) {
        expect(text.includes(secret), `${format} holds ${secret}`).toBe(false);
      }
    }
  });

  it('shows handles and the registration number only when the user switches them on, still without secrets', () => {
    const summary = buildAppraisal(input({ audit: auditWithSecrets() }, { showHandles: true, showRegistrationNumber: true }));
    for (const [format, text] of Object.entries(outputs(summary))) {
      for (const shown of [...HANDLES, REGISTRATION]) expect(text, format).toContain(shown);
      for (const secret of ['auth_token', 'ct0', '/profiles/', DATA_DIR, ...BIO_WORDS]) expect(text.includes(secret), `${format} holds ${secret}`).toBe(false);
    }
  });
});

describe('the content fingerprint', () => {
  const summary = buildAppraisal(input());
  const { fingerprint, ...content } = summary;

  it('is the SHA-256 of the content as canonical JSON (keys sorted), without the fingerprint', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 'x' }] })).toBe('{"a":[{"c":"x","d":1}],"b":1}');
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint).toBe(createHash('sha256').update(canonicalJson(content)).digest('hex'));
    expect(contentFingerprint(content)).toBe(fingerprint);
  });

  it('is the same when built again from the same audit', () => {
    expect(buildAppraisal(input()).fingerprint).toBe(fingerprint);
  });

  it('changes when any content changes', () => {
    const variants = [
      input({ reflection: { ...input().reflection, nowWhat: 'I will re-audit in six months.' } }),
      input({}, { declarationAccepted: false }),
      input({}, { timeSpentMinutes: 45 }),
      input({}, { reauditMonths: 6 }),
      input({ generatedAt: new Date('2026-11-27T08:31:00.000Z') }),
      input({ audit: auditWithFollowUp() }),
    ];
    const prints = variants.map((v) => buildAppraisal(v).fingerprint);
    expect(new Set([fingerprint, ...prints]).size).toBe(variants.length + 1);
    expect(contentFingerprint({ ...content, findings: content.findings.slice(1) })).not.toBe(fingerprint);
  });
});
