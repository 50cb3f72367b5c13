/**
 * The words Chaperone uses for what it found, the same on every screen, in the CLI summary, the
 * HTML report and the appraisal summary (docs/glossary.md says what each means and what it must
 * never be called). Pure data, so the renderer, the engine and the CLI all load it.
 */
import type { ItemStatus } from '../engine/audit/model.ts';

/** An item's status as a tag or a heading. */
export const STATUS_LABEL: Readonly<Record<ItemStatus, string>> = {
  pass: 'Passed',
  fail: 'Needs fixing',
  unknown: 'Could not check',
  manual: 'Question for you',
  'not-applicable': 'Not applicable',
};

type Counted = 'fail' | 'unknown' | 'manual' | 'pass';

/** A count of one status in running text: "3 to fix", "1 could not check", "2 questions for you", "6 passed". */
export function countText(status: Counted, count: number): string {
  const n = String(count);
  if (status === 'fail') return `${n} to fix`;
  if (status === 'unknown') return `${n} could not check`;
  if (status === 'manual') return `${n} ${count === 1 ? 'question' : 'questions'} for you`;
  return `${n} passed`;
}

/** "3 to fix · 1 could not check · 2 questions for you · 6 passed", in that order (what needs the person first). */
export function countsText(counts: Partial<Record<Counted, number>>, separator = ' · '): string {
  const order: Counted[] = ['fail', 'unknown', 'manual', 'pass'];
  return order.flatMap((status) => (counts[status] === undefined ? [] : [countText(status, counts[status])])).join(separator);
}

/** A setting the person checked by hand: always shown as theirs, never as Chaperone's pass. */
export const CHECKED_BY_YOU = 'Checked by you';

/** Shown next to every score: a high score is not a clean bill of health. */
export const SCORE_CAVEAT = 'A good result does not show that your use of social media meets every professional standard.';

/** The scored settings an audit read, out of those it tried to read (the professional ones). */
export interface ReadCount { read: number; readable: number }

/** Fewer than half the scored settings could be read: the coverage then comes before the score. */
export function isPartialAudit({ read, readable }: ReadCount): boolean {
  return readable > 0 && read * 2 < readable;
}

/** "Partial audit: 11 of 23 read". */
export function partialAuditText({ read, readable }: ReadCount): string {
  return `Partial audit: ${String(read)} of ${String(readable)} read`;
}

/** "72 out of 100". */
export function outOf100(score: number): string {
  return `${String(score)} out of 100`;
}

/**
 * The choices platforms offer, by the ids readers and checklists use, in the platform's own plain
 * words. A setting's id is never shown: an id not listed here still reads as words ("Friends except").
 */
export const CHOICE_WORDS: Readonly<Record<string, string>> = {
  all: 'Everyone',
  everyone: 'Everyone',
  public: 'Public',
  following: 'People you follow',
  verified: 'Verified users',
  none: 'No one',
  no_one: 'No one',
  'no-one': 'No one',
  nobody: 'No one',
  friends: 'Friends',
  'friends-of-friends': 'Friends of friends',
  'friends-except': 'Friends except some',
  'specific-friends': 'Specific friends',
  'only-me': 'Only me',
  custom: 'Custom',
  first_degree: '1st-degree connections',
  second_degree: '2nd-degree connections',
  disclose_full: 'Your name and headline',
  disclose_anonymous: 'Private profile characteristics',
  hide: 'Private mode',
};

/** A setting's value as a person would say it: "On", "Off", "Not set", "Friends of friends". */
export function settingValueText(value: string | number | boolean | null): string {
  if (value === true) return 'On';
  if (value === false) return 'Off';
  if (value === null) return 'Not set';
  if (typeof value === 'number') return String(value);
  const known = CHOICE_WORDS[value];
  if (known !== undefined) return known;
  const words = value.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().trim();
  return words === '' ? value : `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`;
}
