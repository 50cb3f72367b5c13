/**
 * Reports of version 1 (saved files, and every audit in a user's history) are read as version 2:
 * only guidance that binds the user, withdrawn editions labelled, the items no guidance asks for
 * moved out of the score. The file here is a real version 1 report: the demo audit as Chaperone
 * wrote it before version 2.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../main/engine/report/json.ts';
import { V1_PRIVACY_PRACTICE_ITEMS } from '../../../main/engine/report/migrate-report.ts';
import { reportV1Schema } from '../../../main/engine/report/schema-v1.ts';

const V1_TEXT = readFileSync(new URL('../../fixtures/report-v1.json', import.meta.url), 'utf8');
const v1 = reportV1Schema.parse(JSON.parse(V1_TEXT));
const v2 = parseReport(V1_TEXT, 'old-report.json');

describe('a version 1 report', () => {
  it('is read as version 2, with every account and item kept', () => {
    expect(v1.schemaVersion).toBe(1);
    expect(v2.schemaVersion).toBe(2);
    expect(v2.audit.accounts.map((a) => a.items.map((i) => [i.itemId, i.status])))
      .toEqual(v1.audit.accounts.map((a) => a.items.map((i) => [i.itemId, i.status])));
    expect(v2.audit.questions).toEqual([]);
  });

  it('keeps only the guidance of a GMC doctor, withdrawn editions last and labelled, with no links off the GMC\'s site', () => {
    const refs = v2.audit.accounts.flatMap((a) => a.items.flatMap((i) => i.guidance));
    const v1Refs = v1.audit.accounts.flatMap((a) => a.items.flatMap((i) => i.guidance));
    expect(v1Refs.some((g) => g.publisher === 'Nursing and Midwifery Council')).toBe(true);
    expect(refs.some((g) => g.publisher === 'Nursing and Midwifery Council')).toBe(false);
    expect(refs.filter((g) => g.edition.startsWith('2013')).every((g) => g.status === 'withdrawn' && g.withdrawnOn === '2024-01-30')).toBe(true);
    for (const ref of refs) if (ref.url !== null) expect(new URL(ref.url).hostname).toMatch(/(^|\.)gmc-uk\.org$/);
    expect(refs.find((g) => g.publisherShort === 'BMA')).toMatchObject({ binding: 'advice', url: null, confirmedAt: 'http://scr.bi/bmaguide' });
    expect(v2.audit.guidance).toMatchObject({ regulator: 'GMC', notIncluded: null });
  });

  it('moves the X items no guidance asks for out of the score, and scores again without them', () => {
    const x = v2.audit.accounts.find((a) => a.account.platform === 'x' && a.account.kind === 'personal');
    const practice = x?.items.filter((i) => i.group === 'privacy-practice').map((i) => i.itemId) ?? [];
    for (const id of V1_PRIVACY_PRACTICE_ITEMS) expect(practice).toContain(id);
    // Whatever else moved cites no current regulator text: v1 cited only the BMA and the 2013 GMC guidance for it.
    for (const item of x?.items.filter((i) => i.group === 'privacy-practice' && !V1_PRIVACY_PRACTICE_ITEMS.has(i.itemId)) ?? []) {
      expect(item.guidance.some((g) => g.binding === 'regulator' && g.status === 'current'), item.itemId).toBe(false);
    }
    const failedPractice = x?.items.filter((i) => i.group === 'privacy-practice' && i.status === 'fail').length ?? 0;
    expect(x?.score.privacyPractice.fail).toBe(failedPractice);
    const v1X = v1.audit.accounts.find((a) => a.account.id === x?.account.id);
    expect(x?.score.fail).toBe((v1X?.score.fail ?? 0) - failedPractice);
  });

  it('gives a nurse\'s old audit only NMC text, and leaves a setting with none as good privacy practice', () => {
    const nurse = parseReport(JSON.stringify({ ...v1, profile: { ...v1.profile, profession: 'nurse', regulator: 'NMC' } }), 'nurse.json');
    const items = nurse.audit.accounts.flatMap((a) => a.items);
    expect(items.flatMap((i) => i.guidance).every((g) => g.publisherShort === 'NMC')).toBe(true);
    expect(items.find((i) => i.itemId === 'x.posts-protected')).toMatchObject({ group: 'privacy-practice', guidance: [] });
    expect(nurse.audit.guidance.regulator).toBe('NMC');
  });

  it('still refuses a file that is no report at all', () => {
    expect(() => parseReport(JSON.stringify({ ...v1, schemaVersion: 3 }), 'new.json')).toThrow(/new\.json is not a Chaperone report/);
  });
});
