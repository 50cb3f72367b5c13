/** When the next audit is due: the latest audit plus the interval, months of different lengths, and never a day already gone. */
import { describe, expect, it } from 'vitest';
import { addMonths, auditDue, dayIso, nextAuditDay } from '../../../main/shared/next-audit.ts';

/** Local times, as the computer's own calendar has them. */
const local = (y: number, m: number, d: number, h = 10): Date => new Date(y, m - 1, d, h);

describe('adding months', () => {
  it('keeps the day of the month, across the year', () => {
    expect(addMonths(local(2026, 11, 25), 12)).toEqual(local(2027, 11, 25));
    expect(addMonths(local(2026, 11, 25), 3)).toEqual(local(2027, 2, 25));
  });

  it('makes the 31st the last day of a shorter month, not a day in the month after', () => {
    expect(addMonths(local(2027, 1, 31), 1)).toEqual(local(2027, 2, 28));
    expect(addMonths(local(2028, 1, 31), 1)).toEqual(local(2028, 2, 29));
    expect(addMonths(local(2027, 8, 31), 1)).toEqual(local(2027, 9, 30));
  });
});

describe('the next audit day', () => {
  const now = local(2026, 11, 25, 14);

  it('is the latest audit plus the interval', () => {
    const { day, overdue } = nextAuditDay(local(2026, 11, 20).toISOString(), 12, now);
    expect([dayIso(day), overdue]).toEqual(['2027-11-20', false]);
  });

  it('is today plus the interval when there has been no audit', () => {
    expect(dayIso(nextAuditDay(null, 6, now).day)).toBe('2027-05-25');
  });

  it('is tomorrow when the audit is already overdue, so the reminder is not on a day gone by', () => {
    expect(nextAuditDay(local(2026, 3, 2).toISOString(), 6, now)).toEqual({ day: { year: 2026, month: 11, day: 26 }, overdue: true });
    // Due today: the reminder is tomorrow too, and tomorrow may be in the next year.
    expect(nextAuditDay(local(2026, 12, 31, 9).toISOString(), 12, local(2027, 12, 31, 8))).toEqual({ day: { year: 2028, month: 1, day: 1 }, overdue: true });
  });

  it('agrees with Home on when the audit is due', () => {
    const latest = local(2026, 1, 31, 9).toISOString();
    expect(auditDue(latest, 1, local(2026, 2, 28, 8))).toBe(false);
    expect(auditDue(latest, 1, local(2026, 2, 28, 10))).toBe(true);
    expect(dayIso(nextAuditDay(latest, 1, local(2026, 2, 1)).day)).toBe('2026-02-28');
  });
});
