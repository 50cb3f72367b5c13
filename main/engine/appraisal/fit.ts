/**
 * What fits on the summary's two pages (issue 14: an appraiser reads one or two pages). The PDF is
 * printed with script off, so nothing can measure the page; instead the page budget is counted in
 * lines from the length of each piece of text. The figures are for A4 with the margins of pdf.ts
 * and render-pdf.ts and the sizes in html-style.ts, kept on the safe side; the integration tests
 * print a worst case (long names, many items left, a long reflection) and check it is two pages.
 *
 * What does not fit is never dropped silently: the page says how many more there are and where they
 * are (the appendix, the JSON file).
 */
import type { AppraisalSummary, OutstandingAction } from './model.ts';

/** Characters on one full-width line of body text (10.5pt Arial over 180 mm), kept low. */
const BODY_CHARS = 95;
/** Characters on one line of a two-column list (8.5pt over about 85 mm), kept low. */
const COLUMN_CHARS = 52;
/** Page 2's height in lines of the two-column list (8.5pt × 1.35 ≈ 4 mm; 263 mm of page). */
const PAGE_ROWS = 74;
/** Headings, the counts sentence, the re-audit line, "and N more", the declaration and the footer. */
const PAGE_2_FIXED_ROWS = 34;
/** A body line is about 1.3 list lines tall. */
const BODY_LINE_ROWS = 1.3;
/** A date heading inside the list. */
const GROUP_ROWS = 1.6;
/** Never fewer than this many listed, even beside a very long reflection (page 2 then runs on). */
const MIN_LISTED = 6;

export interface LeftGroup {
  /** ISO date. */
  targetDate: string;
  items: OutstandingAction[];
  /** How many items have this date in all, listed or not. */
  total: number;
}

/** Lines a paragraph takes at `chars` characters a line. */
function lines(text: string, chars: number): number {
  return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / chars)), 0);
}

/** Rows of the list page 2 has left after its reflection. */
function listRows(s: AppraisalSummary): number {
  const reflection = [s.reflection.what, s.reflection.soWhat, s.reflection.nowWhat]
    .reduce((sum, part) => sum + GROUP_ROWS + lines(part === '' ? 'x'.repeat(80) : part, BODY_CHARS) * BODY_LINE_ROWS, 0);
  return PAGE_ROWS - PAGE_2_FIXED_ROWS - reflection;
}

export function entryText(o: { account: string; item: string }): string {
  return `${o.account}: ${o.item}`;
}

/**
 * The items page 2 lists, grouped by target date (soonest first), and how many it leaves out.
 * Items are taken in order (soonest first) while they fit the two columns.
 */
export function leftOnPage2(s: AppraisalSummary): { groups: LeftGroup[]; more: number } {
  let budget = Math.max(0, listRows(s)) * 2;
  const groups: LeftGroup[] = [];
  let listed = 0;
  for (const o of s.outstanding) {
    const last = groups.at(-1);
    const opens = last === undefined || last.targetDate !== o.targetDate;
    const cost = lines(`${entryText(o)} (check by hand)`, COLUMN_CHARS) + (opens ? GROUP_ROWS : 0);
    if (cost > budget && listed >= MIN_LISTED) break;
    budget -= cost;
    listed += 1;
    if (opens) groups.push({ targetDate: o.targetDate, items: [o], total: 0 });
    else last.items.push(o);
  }
  for (const g of groups) g.total = s.outstanding.filter((o) => o.targetDate === g.targetDate).length;
  return { groups, more: s.outstanding.length - listed };
}

/** At most `max` of a list, and how many more there are. */
export function firstOf<T>(list: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: list.slice(0, max), more: Math.max(0, list.length - max) };
}

/** Fixed items listed on page 1; the rest are counted. */
export const FIXED_ON_PAGE_1 = 4;
/** Accounts named on page 1; the rest are counted. */
export const ACCOUNTS_ON_PAGE_1 = 6;
