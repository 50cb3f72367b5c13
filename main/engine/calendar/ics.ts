/**
 * A calendar file (iCalendar, RFC 5545) of all-day events, as text: pure, no IO, no clock. Each
 * event is a VEVENT on one day, with an optional alarm some hours into that day. Used for the
 * re-audit reminder; anything else with a date to remember (a policy's review date) can use it too.
 *
 * Hand-written rather than the `ics` package because that package is not among the project's
 * dependencies and a reminder needs only this much of the format (docs/calendar.md says more).
 */
import { dayIso, nextDay, type CalendarDay } from '../../shared/next-audit.ts';

export interface CalendarEvent {
  /** Globally unique and kept for the same event, so a calendar updates it rather than adding a copy. */
  uid: string;
  day: CalendarDay;
  title: string;
  description: string;
  /** Hours after the start of the day to alert the user (9 → 9am that day); absent for no alarm. */
  alarmHoursIntoDay?: number;
}

export interface Calendar {
  events: readonly CalendarEvent[];
  /** When the file is made (DTSTAMP), normally now. */
  stamp: Date;
}

/** Names the program that made the file (PRODID). */
const PRODUCT = '-//Chaperone//Chaperone//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** The whole file: CRLF line endings, long lines folded at 75 octets. Throws on an event it cannot write truthfully. */
export function buildCalendar({ events, stamp }: Calendar): string {
  if (events.length === 0) throw new Error('A calendar file needs at least one event.');
  if (Number.isNaN(stamp.getTime())) throw new Error('The calendar file needs a valid time for when it was made.');
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  if (event.uid.trim() === '' || /[\r\n]/.test(event.uid)) throw new Error('A calendar event needs a one-line UID.');
  if (event.title.trim() === '') throw new Error('A calendar event needs a title.');
  checkDay(event.day);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(event.day)}`,
    // All day: it ends at the start of the next day (RFC 5545 §3.6.1).
    `DTEND;VALUE=DATE:${dateValue(nextDay(event.day))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
  ];
  const hours = event.alarmHoursIntoDay;
  if (hours !== undefined) {
    if (!Number.isInteger(hours) || hours < 0 || hours > 23) throw new Error('An alarm must be a whole number of hours from 0 to 23 into the day.');
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER;RELATED=START:PT${String(hours)}H`, `DESCRIPTION:${escapeText(event.title)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, each line break as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // Other control characters are not allowed in TEXT (§3.1): drop them rather than write a broken file.
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * Folds a content line longer than 75 octets (§3.1): CRLF and one space before each further part,
 * never splitting a UTF-8 character. Each continuation's leading space counts toward its 75.
 */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join(`${CRLF} `);
}

function checkDay(day: CalendarDay): void {
  const { year, month } = day;
  const real = new Date(Date.UTC(year, month - 1, day.day));
  if (![year, month, day.day].every(Number.isInteger) || year < 1 || year > 9999
    || real.getUTCFullYear() !== year || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day.day) {
    throw new Error(`${dayIso(day)} is not a date on the calendar.`);
  }
}

/** 20271125 */
function dateValue(day: CalendarDay): string {
  return dayIso(day).replace(/-/g, '');
}

/** 20261125T140000Z */
function utcStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
