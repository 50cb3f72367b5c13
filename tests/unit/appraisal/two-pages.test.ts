/**
 * The two-page summary and the short text (issue 14): the headline counts keep "could not check"
 * apart from "passed", what is left is listed with target dates or counted, never dropped, the score
 * carries its caveat (and the coverage first when under half was read), and the short text fits a
 * portfolio box.
 */
import { describe, expect, it } from 'vitest';
import { buildAppraisal } from '../../../main/engine/appraisal/build.ts';
import { leftOnPage2 } from '../../../main/engine/appraisal/fit.ts';
import { appraisalHtml } from '../../../main/engine/appraisal/html.ts';
import { sealText } from '../../../main/engine/appraisal/seal.ts';
import { appraisalShortText, appraisalTextExport } from '../../../main/engine/appraisal/short-text.ts';
import { appraisalText } from '../../../main/engine/appraisal/text.ts';
import { verifyBytes } from '../../../main/engine/appraisal/verify.ts';
import { SCORE_CAVEAT } from '../../../main/engine/appraisal/words.ts';
import { auditWithFollowUp, demoAudit, input, LONG_NAME, TYPICAL_REFLECTION, worstCaseAudit } from './fixtures.ts';

const demo = buildAppraisal(input({ reflection: TYPICAL_REFLECTION }));
const worst = buildAppraisal(input({ audit: worstCaseAudit(), reflection: TYPICAL_REFLECTION, profile: { registeredName: LONG_NAME, profession: 'doctor', regulator: 'GMC', registrationNumber: '1234567' } }, { showRegistrationNumber: true }));

/** What a reader sees: the HTML's text without its tags. */
function words(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
}

describe('the headline counts', () => {
  it('count the demo audit\'s settings by status, with could-not-check apart from passed and questions apart from both', () => {
    const items = demoAudit().report.audit.accounts.flatMap((a) => a.items);
    const count = (group: string, status: string): number => items.filter((i) => i.group === group && i.status === status).length;
    expect(demo.headline.professional).toEqual({ passed: count('professional', 'pass'), checkedByYou: 0, needsFixing: count('professional', 'fail'), couldNotCheck: count('professional', 'unknown') });
    expect(demo.headline.practice).toEqual({ passed: count('privacy-practice', 'pass'), checkedByYou: 0, needsFixing: count('privacy-practice', 'fail'), couldNotCheck: count('privacy-practice', 'unknown') });
    expect(demo.headline.professional.couldNotCheck).toBeGreaterThan(0);
    expect(demo.headline.questions).toBe(items.filter((i) => i.status === 'manual').length + demoAudit().report.audit.questions.length);
    expect(demo.headline.questionsAnswered).toBe(0);
  });

  it('count a setting fixed and checked again as passed, and list it as fixed with the date', () => {
    const summary = buildAppraisal(input({ audit: auditWithFollowUp() }));
    expect(summary.headline.professional.passed).toBe(demo.headline.professional.passed + 1);
    expect(summary.headline.professional.needsFixing).toBe(demo.headline.professional.needsFixing - 1);
    expect(summary.headline.questionsAnswered).toBe(1);
    expect(summary.fixed).toEqual([{ account: 'Personal X', item: 'Posts are protected (only approved followers see them)', at: '2026-11-26T10:00:00.000Z' }]);
    expect(words(appraisalHtml(summary))).toContain('Personal X: Posts are protected (only approved followers see them) checked again 26 November 2026');
  });
});

describe('page 1', () => {
  const page1 = words(appraisalHtml(demo).split('<section class="page-2">')[0] ?? '');

  it('says who, when, the scope, the method and limits, the counts and what was fixed', () => {
    for (const text of ['Amina Rahman', 'Doctor (registered with the GMC)', 'Audit date', '6 accounts: X (Twitter), personal', 'Method and limits',
      'Read automatically: 54 items', 'Could not be checked: 5 items', 'never counted as passed', 'What was fixed', 'Nothing has been fixed and checked again']) {
      expect(page1, text).toContain(text);
    }
    expect(page1).toMatch(/Asked about by your guidance \(scored\) 20 25 4/);
    expect(page1).toMatch(/Good privacy practice, not in your professional guidance \(not scored\) 6 3 1/);
  });

  it('puts the caveat right after the score', () => {
    expect(page1).toContain(`Score at the audit: 41 out of 100, with 45 of 49 scored settings read. ${SCORE_CAVEAT}`);
  });

  it('shows the coverage before the score when fewer than half the settings could be read', () => {
    const text = words(appraisalHtml(worst));
    expect(text).toContain(`Partial audit: 11 of 23 read. Score at the audit: 45 out of 100. ${SCORE_CAVEAT}`);
  });

  it('names at most four fixed settings and six accounts, and counts the rest', () => {
    const text = words(appraisalHtml(worst));
    expect(worst.fixed).toHaveLength(10);
    expect(text).toContain('10 settings fixed and checked again since the audit');
    expect(text).toContain('And 6 more: every one is in the JSON file');
    expect(text).toContain('12 accounts:');
    expect(text).toContain('6 more accounts.');
    // The two accounts that could not be read share one limit.
    expect(worst.method.limits.filter((l) => l.includes('could not be read in full'))).toHaveLength(1);
  });
});

describe('page 2: what is left', () => {
  it('lists every item left in the demo up to what fits, soonest first, and counts the rest', () => {
    const { groups, more } = leftOnPage2(demo);
    const listed = groups.flatMap((g) => g.items);
    expect(listed.length + more).toBe(demo.outstanding.length);
    expect(listed).toEqual(demo.outstanding.slice(0, listed.length));
    expect(listed.length).toBeGreaterThan(15);
    const text = words(appraisalHtml(demo).split('<section class="page-2">')[1] ?? '');
    expect(text).toContain('28 settings need fixing, 5 settings could not be checked and need a look by hand and 43 questions only you can answer are not answered yet.');
    expect(text).toContain('By 25 December 2026 (4) Personal X: Posts are protected');
    expect(text).toContain('By 25 February 2027 (4 of 12 listed)');
    expect(text).toContain(`${String(more)} more not listed here. Every item, with what to do, is in the JSON file`);
    expect(text).toMatch(/check by hand/);
  });

  it('lists fewer beside a longer reflection, and never fewer than six', () => {
    const long = buildAppraisal(input({ reflection: { what: 'x '.repeat(600), soWhat: 'y '.repeat(600), nowWhat: 'z '.repeat(600) } }));
    const short = leftOnPage2(demo).groups.flatMap((g) => g.items).length;
    const listed = leftOnPage2(long).groups.flatMap((g) => g.items).length;
    expect(listed).toBeLessThan(short);
    expect(listed).toBeGreaterThanOrEqual(6);
  });

  it('says nothing is left when nothing is', () => {
    const audit = demoAudit();
    for (const account of audit.report.audit.accounts) for (const item of account.items) if (item.status === 'fail' || item.status === 'unknown') item.status = 'pass';
    const text = words(appraisalHtml(buildAppraisal(input({ audit }))));
    expect(text).toContain('Nothing is left to fix: every setting that could be checked passed.');
  });
});

describe('the short text export', () => {
  it('is under 3,000 characters, sealed, for the demo doctor and for the worst case', () => {
    for (const summary of [demo, worst]) {
      const sealed = sealText(appraisalShortText(summary), summary);
      expect(sealed.length).toBeLessThan(3000);
      expect(verifyBytes(new TextEncoder().encode(sealed)).ok).toBe(true);
    }
    expect(appraisalText(demo).length).toBeGreaterThan(20_000);
  });

  it('says what the two pages say: who, scope, counts with the caveat, what is left by date, the reflection and the declaration', () => {
    const text = appraisalShortText(demo);
    for (const part of [
      'Amina Rahman, Doctor (GMC)', 'Audit date: 25 November 2026 (first audit)', 'Scope: 6 accounts',
      'Settings your guidance asks about: 20 passed, 25 need fixing, 4 could not be checked.',
      `Score at the audit: 41 out of 100, with 45 of 49 scored settings read. ${SCORE_CAVEAT}`,
      'Questions only you can answer: 0 of 43 answered.',
      'LEFT TO DO: 28 settings to fix, 5 settings to check by hand, 43 questions not answered.',
      'By 25 December 2026 (4): Personal X: Posts are protected', 'By 25 January 2027: 17 settings.',
      `What? ${TYPICAL_REFLECTION.what}`, `Now what? ${TYPICAL_REFLECTION.nowWhat}`,
      '[x] This document holds no information that could identify a patient. Confirmed.',
    ]) expect(text, part).toContain(part);
    expect(appraisalShortText(worst)).toContain('Partial audit: 11 of 23 read. Score at the audit: 45 out of 100.');
  });

  it('is the full text when the appendix is asked for', () => {
    expect(appraisalTextExport(demo, true)).toBe(appraisalText(demo));
    expect(appraisalTextExport(demo, false)).toBe(appraisalShortText(demo));
  });
});
