/**
 * One glossary (main/shared/glossary.ts, docs/glossary.md): the status words, the score's caveat,
 * the partial-audit rule and the words for a platform's choices, the same in every place that
 * shows them, and never a word that claims more than a settings check can know.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHOICE_WORDS, countsText, isPartialAudit, partialAuditText, SCORE_CAVEAT, settingValueText, STATUS_LABEL,
} from '../../../main/shared/glossary.ts';
import { STATUS_LABEL as REPORT_STATUS_LABEL, scoreText } from '../../../main/engine/report/words.ts';
import { SCORE_CAVEAT as APPRAISAL_CAVEAT, scoreLine } from '../../../main/engine/appraisal/words.ts';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import { parseReport } from '../../../main/engine/report/json.ts';
import { internalNames, internalNamesInReport } from '../../support/internal-names.ts';
import type { Score } from '../../../main/engine/audit/model.ts';

const ROOT = new URL('../../../', import.meta.url);
const OVERCLAIMS = /\bsafe\b|\bcompliant\b|meets? (?:the|your) guidance/i;

function score(pass: number, fail: number, unknown: number, value: number | null): Score {
  const read = pass + fail;
  return {
    score: value, coverage: read + unknown === 0 ? 0 : Math.round((100 * read) / (read + unknown)), pass, fail, unknown,
    manual: 0, notApplicable: 0, privacyPractice: { pass: 0, fail: 0, unknown: 0 },
  };
}

describe('the glossary', () => {
  it('has one word for each status, the one the reports use too', () => {
    expect(STATUS_LABEL).toEqual({
      pass: 'Passed', fail: 'Needs fixing', unknown: 'Could not check', manual: 'Question for you', 'not-applicable': 'Not applicable',
    });
    expect(REPORT_STATUS_LABEL).toBe(STATUS_LABEL);
    expect(APPRAISAL_CAVEAT).toBe(SCORE_CAVEAT);
    expect(SCORE_CAVEAT).toBe('A good result does not show that your use of social media meets every professional standard.');
  });

  it('counts in the same words and order everywhere: what needs the person first', () => {
    expect(countsText({ pass: 6, unknown: 1, fail: 3, manual: 2 })).toBe('3 to fix · 1 could not check · 2 questions for you · 6 passed');
    expect(countsText({ manual: 1 }, ', ')).toBe('1 question for you');
  });

  it('calls an audit partial when fewer than half the automatic checks could be read, and says so before the score', () => {
    expect(isPartialAudit({ read: 11, readable: 23 })).toBe(true);
    expect(isPartialAudit({ read: 12, readable: 23 })).toBe(false);
    expect(isPartialAudit({ read: 5, readable: 10 })).toBe(false);
    expect(isPartialAudit({ read: 0, readable: 0 })).toBe(false);
    expect(partialAuditText({ read: 11, readable: 23 })).toBe('Partial audit: 11 of 23 read');
    // The CLI summary, the HTML report and the appraisal all put the coverage first.
    expect(scoreText(score(8, 3, 12, 72), 'Overall score')).toBe('Partial audit: 11 of 23 read. Overall score: 72 out of 100, from those 11 only');
    expect(scoreText(score(20, 3, 0, 72), 'Overall score')).toBe('Overall score: 72 out of 100, from 23 of 23 automatic checks read');
    expect(scoreLine({ value: 72, read: 11, readable: 23 })).toMatch(/^Partial audit: 11 of 23 read\. Score at the audit: 72 out of 100\.$/);
  });

  it('never calls a result safe, compliant or meeting the guidance', () => {
    const words = [...Object.values(STATUS_LABEL), SCORE_CAVEAT, ...Object.values(CHOICE_WORDS), partialAuditText({ read: 1, readable: 3 })];
    for (const word of words) expect(word).not.toMatch(OVERCLAIMS);
    const doc = readFileSync(new URL('docs/glossary.md', ROOT), 'utf8');
    for (const label of Object.values(STATUS_LABEL)) expect(doc).toContain(label);
    expect(doc).toContain(SCORE_CAVEAT);
  });

  it('says every choice a checklist expects in words, never as the platform\'s id for it', async () => {
    const set = await loadChecklists(new URL('checklists', ROOT).pathname);
    const values = [...set.common, ...set.platforms.flatMap((p) => p.items)].flatMap((item) => item.check?.expect ?? []);
    expect(values.length).toBeGreaterThan(10);
    for (const value of values) {
      const words = settingValueText(value);
      expect(internalNames(words), `${String(value)} reads "${words}"`).toEqual([]);
      if (typeof value === 'string') expect(CHOICE_WORDS[value], `no words for "${value}"`).toBeDefined();
    }
    expect(settingValueText('disclose_anonymous')).toBe('Private profile characteristics');
    // A choice not listed yet still reads as words.
    expect(settingValueText('close_friends_only')).toBe('Close friends only');
    expect(settingValueText(true)).toBe('On');
  });
});

describe('the example audit (renderer/example/demo-audit.json)', () => {
  it('puts no internal setting name in any reason, what was read or how to check by hand', () => {
    const stored = JSON.parse(readFileSync(new URL('renderer/example/demo-audit.json', ROOT), 'utf8')) as { report: unknown };
    const report = parseReport(JSON.stringify(stored.report), 'demo-audit.json');
    expect(internalNamesInReport(report)).toEqual([]);
  });

  it('finds internal names when they are there (so the check above can fail)', () => {
    expect(internalNames('Instagram no longer sends chaining_enabled.')).toEqual(['chaining_enabled']);
    expect(internalNames('LinkedIn gave discloseAsProfileViewer.')).toEqual(['discloseAsProfileViewer']);
    expect(internalNames('Open x.com/settings/location_information as @amina_runs.')).toEqual([]);
  });
});
