/** Dates and times as NHS content style writes them, in the user's own time zone. */
import { auditDue } from '../main/shared/next-audit.ts';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true });

/** "25 November 2026" */
export function longDate(iso: string): string {
  return LONG_DATE.format(new Date(iso));
}

/** "25 November 2026 at 14:00" */
export function dateTimeText(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** "2:05pm", "2pm" */
export function shortTime(iso: string): string {
  // "2:05 pm" → "2:05pm"; "2:00pm" → "2pm".
  return TIME.format(new Date(iso)).replace(/\s/g, '').replace(':00', '').toLowerCase();
}

/** True when more than `months` whole months have passed since `iso` (the same rule as the calendar reminder's day). */
export function olderThanMonths(iso: string, months: number, now: Date): boolean {
  return auditDue(iso, months, now);
}
