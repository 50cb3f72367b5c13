/** What the appraisal summary says about an audit: filing, scope, method, findings, actions, comparison. */
import { describe, expect, it } from 'vitest';
import { buildAppraisal } from '../../../main/engine/appraisal/build.ts';
import { addMonths, durationText, longDate } from '../../../main/engine/appraisal/dates.ts';
import { auditWithFollowUp, HANDLES, input, previousAudit, REGISTRATION } from './fixtures.ts';

describe('a first audit', () => {
  const summary = buildAppraisal(input());

  it('is filed as CPD and says it is the first audit', () => {
    expect(summary.filing.category).toBe('CPD');
    expect(summary.filing.title).toBe('Self-audit of social media privacy and professional presence against GMC guidance');
    expect(summary.filing.timeSpent).toBe('1 hour 30 minutes');
    expect(summary.header.period).toBe('first audit');
    expect(summary.comparison).toEqual({ first: true });
  });

  it('heads the document with the clinician, the date and the guidance editions', () => {
    expect(summary.header).toMatchObject({ name: 'Amina Rahman', profession: 'Doctor', regulator: 'GMC', auditDate: '25 November 2026', appVersion: '0.1.0' });
    expect(summary.header.guidanceEditions).toContain('General Medical Council, Good medical practice, 2024 (current)');
    // Current editions first; the withdrawn ones labelled; no other regulator's guidance.
    expect(summary.header.guidanceEditions.at(-1)).toMatch(/\(withdrawn on .*: background only\)$/);
    expect(summary.header.guidanceEditions.join(' ')).not.toMatch(/Nursing and Midwifery|Pharmaceutical|Dental|Health and Care/);
    expect(new Set(summary.header.guidanceEditions).size).toBe(summary.header.guidanceEditions.length);
  });

  it('leaves out the registration number and handles unless asked', () => {
    expect(summary.header.registrationNumber).toBeNull();
    expect(summary.scope.accounts.map((a) => a.handle)).toEqual(HANDLES.map(() => null));
    expect(summary.scope.accounts.map((a) => a.kind)).toEqual(['personal', 'professional, public on purpose', 'personal', 'personal', 'personal', 'professional, public on purpose']);
    const shown = buildAppraisal(input({}, { showRegistrationNumber: true, showHandles: true }));
    expect(shown.header.registrationNumber).toBe(REGISTRATION);
    expect(shown.scope.accounts.map((a) => a.handle)).toEqual(HANDLES);
  });

  it('lists every applicable item and leaves out the ones that do not apply', () => {
    const { accounts, questions } = input().audit.report.audit;
    const items = [...accounts.flatMap((a) => a.items), ...questions];
    expect(summary.findings).toHaveLength(items.filter((i) => i.status !== 'not-applicable').length);
    // Questions about all accounts are asked once, and listed once.
    expect(summary.findings.filter((f) => f.account === 'All accounts').map((f) => f.item)).toEqual(questions.map((q) => q.title));
    expect(summary.findings.some((f) => f.statusAtStart === 'not-applicable')).toBe(false);
  });

  it('marks paragraph numbers nobody has confirmed, and only those', () => {
    const name = summary.findings.find((f) => f.item.startsWith('Your registered name is shown'));
    expect(name?.guidance).toContain('General Medical Council, Using social media as a medical professional, 2024, paragraph 8 (paragraph number not verified) [current]');
    expect(name?.guidance).toContain('General Medical Council, Using social media as a medical professional, 2024, paragraph 9 [current]');
    expect(name?.guidance).toContain("General Medical Council, Doctors' use of social media, 2013, paragraph 17 [withdrawn on 30 January 2024: background only]");
  });

  it('counts how items were checked without overlap', () => {
    expect(summary.method).toMatchObject({ readAutomatically: 54, answeredByYou: 0, couldNotCheck: 5 });
    expect(summary.method.limits.join(' ')).toMatch(/not endorsed by any regulator/);
    expect(summary.method.limits.join(' ')).toMatch(/Platforms change their settings/);
  });

  it('gives each outstanding item a target date by severity, and a re-audit date', () => {
    const targets = Object.fromEntries(summary.outstanding.map((o) => [`${o.account}: ${o.item}`, o.targetDate]));
    expect(targets['Personal X: Posts are protected (only approved followers see them)']).toBe('2026-12-25'); // high
    expect(targets['Personal X: People who have your email address cannot find your account']).toBe('2027-01-25'); // medium
    expect(targets['Personal X: Personalised ads are off']).toBe('2027-02-25'); // low
    expect(summary.outstanding).toHaveLength(33); // 28 to fix + 5 could not check
    const unread = summary.outstanding.find((o) => o.item.includes('places you have been'));
    expect(unread?.action).toMatch(/^Check by hand: /);
    expect(summary.reauditDate).toBe('2027-11-25');
  });

  it('trims the reflection and records the declaration', () => {
    const padded = buildAppraisal(input({ reflection: { what: '  I looked.\n', soWhat: '', nowWhat: ' ' } }, { declarationAccepted: false }));
    expect(padded.reflection).toEqual({ what: 'I looked.', soWhat: '', nowWhat: '' });
    expect(padded.declaration).toEqual({ accepted: false, text: 'This document holds no information that could identify a patient.' });
  });
});

describe('an audit with re-checks and answers', () => {
  const summary = buildAppraisal(input({ audit: auditWithFollowUp() }));

  it('records the re-check with its date and the status now', () => {
    const row = summary.findings.find((f) => f.account === 'Personal X' && f.item.startsWith('Posts are protected'));
    expect(row).toMatchObject({ statusAtStart: 'fail', statusNow: 'pass', actionTaken: 'Changed the setting; checked again on 26 November 2026' });
    expect(summary.outstanding.some((o) => o.item.startsWith('Posts are protected'))).toBe(false);
  });

  it('records the answer in the question’s own words; an answer that shows no risk passes', () => {
    const row = summary.findings.find((f) => f.account === 'Personal X' && f.item.startsWith('No patients'));
    expect(row).toMatchObject({ statusAtStart: 'manual', statusNow: 'pass', actionTaken: 'Answered: No, none are. Note: Removed two old contacts.' });
    expect(summary.method.answeredByYou).toBe(1);
  });

  it('makes an answer that shows a risk something still to do, with its target date and advice', () => {
    const audit = auditWithFollowUp();
    audit.answers = [{ accountId: 'personal-x', itemId: 'common.no-patients-connected', answer: 'yes', note: '', answeredAt: '2026-11-26T10:05:00.000Z' }];
    const risky = buildAppraisal(input({ audit }));
    const left = risky.outstanding.find((o) => o.account === 'Personal X' && o.item.startsWith('No patients'));
    expect(left).toMatchObject({ status: 'fail' });
    expect(left?.action).not.toBe('');
    expect(risky.findings.find((f) => f.account === 'Personal X' && f.item.startsWith('No patients'))?.actionTaken).toBe('Answered: Yes, some are');
  });

  it('says a setting the person checked by hand was checked by them, apart from what Chaperone read, and never calls it fixed', () => {
    const audit = auditWithFollowUp();
    audit.rechecks.push({
      accountId: 'professional-x', itemId: 'x.no-location-history-personalisation', at: '2026-11-27T09:00:00.000Z', status: 'pass',
      observed: null, reason: null, byYou: { found: 'set', note: 'Off in my Google account' },
    });
    const checked = buildAppraisal(input({ audit }));
    const row = checked.findings.find((f) => f.account === 'Professional X' && f.item === 'X does not personalise based on places you have been');
    expect(row).toMatchObject({ statusAtStart: 'unknown', statusNow: 'pass', actionTaken: 'Checked by you on 27 November 2026: set correctly. Note: Off in my Google account' });
    expect(checked.fixed.map((f) => f.item)).not.toContain(row?.item);
    expect(checked.headline.practice.checkedByYou + checked.headline.professional.checkedByYou).toBe(1);
    expect(checked.outstanding.some((o) => o.item === row?.item)).toBe(false);
  });
});

describe('an audit with a previous one', () => {
  const summary = buildAppraisal(input({ previous: previousAudit() }));

  it('may be filed as quality improvement, saying why', () => {
    expect(summary.filing.category).toBe('Quality improvement activity');
    expect(summary.filing.why).toMatch(/1 May 2026/);
    expect(summary.header.period).toBe('since your audit of 1 May 2026');
  });

  it('shows what improved and what got worse', () => {
    if (summary.comparison.first) throw new Error('expected a comparison');
    expect(summary.comparison.previousDate).toBe('1 May 2026');
    expect(summary.comparison.comparison.regressions.map((c) => c.itemId)).toEqual(['x.posts-protected']);
    expect(summary.comparison.comparison.improvements.map((c) => c.itemId)).toEqual(['x.not-findable-by-phone']);
  });
});

describe('dates and durations', () => {
  it('adds months in UK calendar terms, keeping to the end of short months', () => {
    expect(addMonths('2027-01-31T10:00:00Z', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31T10:00:00Z', 1)).toBe('2028-02-29');
    // 23:30 UTC on 30 June is already 1 July in London.
    expect(addMonths('2026-06-30T23:30:00Z', 12)).toBe('2027-07-01');
    expect(longDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
  });

  it('says how long in words', () => {
    expect(durationText(45)).toBe('45 minutes');
    expect(durationText(60)).toBe('1 hour');
    expect(durationText(90)).toBe('1 hour 30 minutes');
    expect(durationText(121)).toBe('2 hours 1 minute');
    expect(durationText(null)).toBeNull();
    expect(durationText(0)).toBeNull();
  });
});
