/**
 * Dates as a UK appraisal document shows them. Calendar dates are taken in UK time, so an audit
 * just after midnight in summer is dated the day the user did it, whatever the machine's zone.
 */
const ZONE = 'Europe/London';

/** "25 November 2026" from an ISO timestamp or an ISO date. */
export function longDate(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
}

/** The UK calendar date of a timestamp, as YYYY-MM-DD. */
export function ukDate(iso: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Date(iso).toLocaleDateString('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE });
}

/** The UK calendar date `months` after a timestamp, as YYYY-MM-DD; 31 January + 1 month is 28 (or 29) February. */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = ukDate(iso).split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** "45 minutes", "1 hour", "1 hour 30 minutes"; null when not given or not a positive number. */
export function durationText(minutes: number | null): string | null {
  if (minutes === null || !Number.isFinite(minutes) || minutes <= 0) return null;
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}
