/**
 * When the next audit is due: the latest audit plus the re-audit interval. Shared by Home's
 * reminder (is it time?), Settings (which day?) and the calendar file (the same day), so the three
 * never disagree.
 */

/** A day on the calendar, with no time or zone: what an all-day event is on. Month 1–12. */
export interface CalendarDay { year: number; month: number; day: number }

/**
 * `months` later at the same local time; the 31st of a month with fewer days becomes that month's
 * last day (31 January + 1 month is 28 or 29 February, not 3 March).
 */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getDate();
  result.setDate(1);
  result.setMonth(result.getMonth() + months);
  const last = new Date(result.getFullYear(), result.getMonth() + 1, 0).getDate();
  result.setDate(Math.min(day, last));
  return result;
}

/** The day `date` falls on where this computer is. */
export function localDay(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** "2027-11-25" */
export function dayIso({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day after, across months and years. */
export function nextDay({ year, month, day }: CalendarDay): CalendarDay {
  return localDay(new Date(year, month - 1, day + 1));
}

/** True when more than `months` months have passed since `iso`: the next audit is due. */
export function auditDue(iso: string, months: number, now: Date): boolean {
  return now.getTime() > addMonths(new Date(iso), months).getTime();
}

/**
 * The day to remind the user of their next audit: the latest audit plus `months`, or today plus
 * `months` when there has been none. When that day has already passed (the audit is overdue),
 * the reminder is for tomorrow: a calendar entry in the past would never reach them.
 */
export function nextAuditDay(latestAuditAt: string | null, months: number, now: Date): { day: CalendarDay; overdue: boolean } {
  const due = localDay(addMonths(latestAuditAt === null ? now : new Date(latestAuditAt), months));
  const today = localDay(now);
  if (dayIso(due) > dayIso(today)) return { day: due, overdue: false };
  return { day: nextDay(today), overdue: true };
}
