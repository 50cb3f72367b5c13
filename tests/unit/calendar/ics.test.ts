/**
 * The calendar file builder (RFC 5545): what a calendar program reads back from it, byte rules
 * (CRLF, 75-octet folding that never splits a character), escaping, and refusing what it cannot write.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, fold, type CalendarEvent } from '../../../main/engine/calendar/ics.ts';
import { parseIcs, prop, unescapeText, unfold } from '../../support/ics-parse.ts';

const STAMP = new Date('2026-11-25T14:00:07.123Z');
const event = (changes: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'b1c2@chaperone.invalid', day: { year: 2027, month: 11, day: 25 },
  title: 'Chaperone: audit your social media accounts', description: 'Open Chaperone and run an audit.', ...changes,
});

describe('a calendar file', () => {
  it('holds one all-day event that a calendar reads back with its day, title, description, UID and stamp', () => {
    const calendar = parseIcs(buildCalendar({ events: [event()], stamp: STAMP }));
    expect(calendar.name).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION').value).toBe('2.0');
    expect(prop(calendar, 'PRODID').value).toBe('-//Chaperone//Chaperone//EN');
    expect(calendar.components.map((c) => c.name)).toEqual(['VEVENT']);
    const [vevent] = calendar.components;
    if (vevent === undefined) throw new Error('no event');
    expect(prop(vevent, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20271125' });
    expect(prop(vevent, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20271126' });
    expect(prop(vevent, 'DTSTAMP').value).toBe('20261125T140007Z');
    expect(prop(vevent, 'UID').value).toBe('b1c2@chaperone.invalid');
    expect(unescapeText(prop(vevent, 'SUMMARY').value)).toBe('Chaperone: audit your social media accounts');
    expect(unescapeText(prop(vevent, 'DESCRIPTION').value)).toBe('Open Chaperone and run an audit.');
    expect(vevent.components).toEqual([]);
  });

  it('ends an all-day event on 31 December at the start of the new year, and in February of a leap year on the 29th', () => {
    const newYear = parseIcs(buildCalendar({ events: [event({ day: { year: 2027, month: 12, day: 31 } })], stamp: STAMP })).components[0];
    expect(newYear && prop(newYear, 'DTEND').value).toBe('20280101');
    const leap = parseIcs(buildCalendar({ events: [event({ day: { year: 2028, month: 2, day: 28 } })], stamp: STAMP })).components[0];
    expect(leap && prop(leap, 'DTEND').value).toBe('20280229');
  });

  it('holds several events in order (a policy review and an audit, say)', () => {
    const calendar = parseIcs(buildCalendar({
      events: [event({ uid: 'one@x', title: 'Review your policy' }), event({ uid: 'two@x', day: { year: 2028, month: 1, day: 3 } })], stamp: STAMP,
    }));
    expect(calendar.components.map((e) => [prop(e, 'UID').value, prop(e, 'DTSTART').value])).toEqual([['one@x', '20271125'], ['two@x', '20280103']]);
  });

  it('adds an alarm some hours into the day when asked', () => {
    const [vevent] = parseIcs(buildCalendar({ events: [event({ alarmHoursIntoDay: 9 })], stamp: STAMP })).components;
    const [alarm] = vevent?.components ?? [];
    if (alarm === undefined) throw new Error('no alarm');
    expect(alarm.name).toBe('VALARM');
    expect(prop(alarm, 'ACTION').value).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER')).toEqual({ name: 'TRIGGER', params: { RELATED: 'START' }, value: 'PT9H' });
    expect(unescapeText(prop(alarm, 'DESCRIPTION').value)).toBe('Chaperone: audit your social media accounts');
  });

  it('ends every line in CRLF, with no bare LF or CR anywhere', () => {
    const text = buildCalendar({ events: [event({ description: 'one\ntwo\r\nthree\rfour' })], stamp: STAMP });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [vevent] = parseIcs(text).components;
    expect(vevent && unescapeText(prop(vevent, 'DESCRIPTION').value)).toBe('one\ntwo\nthree\nfour');
  });
});

describe('escaping TEXT', () => {
  it('escapes backslash, semicolon, comma and line breaks, and reads back as written', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const awkward = 'C:\\Users; "Dr Rahman", GMC\nline two\\n (not a break)';
    const [vevent] = parseIcs(buildCalendar({ events: [event({ title: awkward, description: awkward })], stamp: STAMP })).components;
    expect(vevent && unescapeText(prop(vevent, 'SUMMARY').value)).toBe(awkward);
    expect(vevent && unescapeText(prop(vevent, 'DESCRIPTION').value)).toBe(awkward);
  });

  it('drops control characters the format does not allow, keeping the rest', () => {
    expect(escapeText('bell\u0007 tab\tnull\u0000')).toBe('bell tab\tnull');
  });
});

describe('folding long lines', () => {
  const octets = (line: string): number => new TextEncoder().encode(line).length;

  it('keeps every physical line within 75 octets and unfolds to the line it was', () => {
    const long = `DESCRIPTION:${'x'.repeat(300)}`;
    const folded = fold(long);
    const physical = folded.split('\r\n');
    expect(physical.length).toBe(5);
    expect(physical.every((l) => octets(l) <= 75)).toBe(true);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(physical[0]).toHaveLength(75);
    expect(unfold(`${folded}\r\n`)).toEqual([long]);
  });

  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(fold('y'.repeat(75))).toBe('y'.repeat(75));
    expect(fold('y'.repeat(76))).toBe(`${'y'.repeat(75)}\r\n y`);
  });

  it('never splits a character of several octets (accents, Chinese, emoji)', () => {
    const line = `SUMMARY:${'é张🩺'.repeat(30)}`;
    const physical = fold(line).split('\r\n');
    expect(physical.every((l) => octets(l) <= 75)).toBe(true);
    // Each piece is whole UTF-8: decoding it strictly does not fail and gives no replacement character.
    for (const piece of physical) {
      const bytes = new TextEncoder().encode(piece);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(piece);
    }
    expect(unfold(`${fold(line)}\r\n`)).toEqual([line]);
  });

  it('folds the long description of a real reminder and a calendar reads the whole of it back', () => {
    const description = 'It is time to check your social media accounts again; open Chaperone, select "Run an audit", and fix what it finds. '.repeat(4);
    const text = buildCalendar({ events: [event({ description })], stamp: STAMP });
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    const [vevent] = parseIcs(text).components;
    expect(vevent && unescapeText(prop(vevent, 'DESCRIPTION').value)).toBe(description);
  });
});

describe('refusing what it cannot write truthfully', () => {
  it.each([
    ['no events', { events: [], stamp: STAMP }, 'at least one event'],
    ['a day that does not exist', { events: [event({ day: { year: 2027, month: 2, day: 29 } })], stamp: STAMP }, '2027-02-29 is not a date'],
    ['month 13', { events: [event({ day: { year: 2027, month: 13, day: 1 } })], stamp: STAMP }, 'not a date'],
    ['an empty title', { events: [event({ title: '  ' })], stamp: STAMP }, 'needs a title'],
    ['a UID across lines', { events: [event({ uid: 'a\r\nSUMMARY:x' })], stamp: STAMP }, 'one-line UID'],
    ['an alarm at 25 hours', { events: [event({ alarmHoursIntoDay: 25 })], stamp: STAMP }, 'from 0 to 23'],
    ['an invalid stamp', { events: [event()], stamp: new Date('nonsense') }, 'valid time'],
  ])('refuses %s', (_, calendar, message) => {
    expect(() => buildCalendar(calendar)).toThrow(message);
  });
});
