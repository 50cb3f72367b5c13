/**
 * The short text export (issue 14): the two pages in words, short enough for a portfolio box
 * (about 2,500 characters with a reflection of a few sentences). Lists are cut to a few entries and
 * the rest counted; nothing that could not be checked is left out of the counts. Paragraphs are not
 * wrapped: a portfolio box wraps them itself. The full text (text.ts) lists every item.
 */
import { plainText } from '../report/plain-text.ts';
import { longDate } from './dates.ts';
import { entryText, firstOf } from './fit.ts';
import { comparisonLine } from './html-pages.ts';
import { generatedText } from './html.ts';
import { appraisalText } from './text.ts';
import type { AppraisalSummary, FixedItem, OutstandingAction, StatusCounts } from './model.ts';
import { REFLECTION_PARTS, REFLECTION_PROMPTS } from '../../shared/reflection-prompts.ts';
import { FINGERPRINT_LIMITS } from '../../shared/seal-words.ts';
import { NOT_WRITTEN, questions, SCORE_CAVEAT, scoreLine, settings } from './words.ts';

/** Accounts named in the scope line; the rest are counted. */
const ACCOUNTS = 6;
/** Characters for naming fixed settings (at least one is named); the rest are counted. */
const FIXED_CHARS = 160;
/** Characters for naming settings left to do, soonest first (at least one); the rest are counted by date. */
const LEFT_CHARS = 220;

/** The first entries whose text fits in `chars` characters, and always the first. */
function within<T>(list: readonly T[], text: (t: T) => string, chars: number): { shown: T[]; more: number } {
  let used = 0;
  let n = 0;
  while (n < list.length) {
    const next = list[n];
    if (next === undefined) break;
    used += text(next).length + 2;
    if (n > 0 && used > chars) break;
    n += 1;
  }
  return { shown: list.slice(0, n), more: list.length - n };
}

function counts(c: StatusCounts): string {
  return `${String(c.passed)} passed${c.checkedByYou === 0 ? '' : ` (${String(c.checkedByYou)} checked by you)`}, ${String(c.needsFixing)} ${c.needsFixing === 1 ? 'needs' : 'need'} fixing, ${String(c.couldNotCheck)} could not be checked`;
}

/** "X (Twitter), personal", with the handle only when the summary holds one. */
function accountWords(a: { platform: string; kind: string; handle: string | null }): string {
  return `${a.platform}, ${a.kind.replace(', public on purpose', '')}${a.handle === null ? '' : ` (${a.handle})`}`;
}

function more(count: number, what: string): string {
  return count > 0 ? `; and ${String(count)} more${what === '' ? '' : ` ${what}`}` : '';
}

/** The text export: short unless the user asked for the appendix, then the full text. */
export function appraisalTextExport(s: AppraisalSummary, appendix: boolean): string {
  return appendix ? appraisalText(s) : appraisalShortText(s);
}

export function appraisalShortText(s: AppraisalSummary): string {
  const h = s.header;
  const hl = s.headline;
  const out: string[] = [];
  const block = (...lines: string[]): void => { out.push(...lines, ''); };

  block(
    s.title.toUpperCase(),
    `${h.name}, ${h.profession}${h.regulator === '' ? '' : ` (${h.regulator})`}${h.registrationNumber === null ? '' : `, registration number ${h.registrationNumber}`}. `
      + `Audit date: ${h.auditDate} (${h.period}). Time spent: ${s.filing.timeSpent ?? 'not recorded'}. Suggested filing: ${s.filing.category}.`,
  );

  const accounts = firstOf(s.scope.accounts, ACCOUNTS);
  const current = h.guidanceEditions.filter((g) => !g.endsWith('background only)'));
  const background = h.guidanceEditions.length - current.length;
  block(
    `Scope: ${String(s.scope.accounts.length)} ${s.scope.accounts.length === 1 ? 'account' : 'accounts'}: ${accounts.shown.map(accountWords).join('; ')}${more(accounts.more, 'accounts')}.`,
    `Guidance: ${h.guidanceNotIncluded ?? current.join('; ')}${background > 0 ? ` (and ${String(background)} withdrawn ${background === 1 ? 'document' : 'documents'}, background only)` : ''}.`,
    `Method and limits: ${settings(s.method.readAutomatically)} read in your own signed-in browser; ${s.method.checkedByYou === 0 ? '' : `${settings(s.method.checkedByYou)} checked by you by hand; `}${questions(s.method.answeredByYou)} answered by you; `
      + `${settings(s.method.couldNotCheck)} could not be checked (never counted as passed). Not endorsed by any regulator.`,
  );

  block(
    'RESULTS',
    `Settings your guidance asks about: ${counts(hl.professional)}.`,
    ...(hl.practice.passed + hl.practice.needsFixing + hl.practice.couldNotCheck > 0 ? [`Good privacy practice (not scored): ${counts(hl.practice)}.`] : []),
    `Questions only you can answer: ${String(hl.questionsAnswered)} of ${String(hl.questions)} answered.`,
    `${scoreLine(hl.score)} ${SCORE_CAVEAT}`,
    s.comparison.first ? 'First audit: nothing earlier to compare with.' : comparisonLine(s),
  );

  const fixedText = (f: FixedItem): string => `${entryText(f)} (checked again ${longDate(f.at)})`;
  const fixed = within(s.fixed, fixedText, FIXED_CHARS);
  block(s.fixed.length === 0
    ? 'FIXED: nothing fixed and checked again since the audit yet.'
    : `FIXED: ${settings(s.fixed.length)}: ${fixed.shown.map(fixedText).join('; ')}${more(fixed.more, '')}.`);

  const fix = hl.professional.needsFixing + hl.practice.needsFixing;
  const unread = hl.professional.couldNotCheck + hl.practice.couldNotCheck;
  const leftText = (o: OutstandingAction): string => `${entryText(o)}${o.status === 'unknown' ? ' (check by hand)' : ''}`;
  const left = within(s.outstanding, leftText, LEFT_CHARS);
  const dates = [...new Set(s.outstanding.map((o) => o.targetDate))];
  block(
    `LEFT TO DO: ${settings(fix)} to fix, ${settings(unread)} to check by hand, ${questions(hl.questions - hl.questionsAnswered)} not answered.`,
    ...dates.map((date) => {
      const named = left.shown.filter((o) => o.targetDate === date);
      const all = s.outstanding.filter((o) => o.targetDate === date).length;
      const names = named.map(leftText);
      return names.length === 0
        ? `By ${longDate(date)}: ${settings(all)}.`
        : `By ${longDate(date)} (${String(all)}): ${names.join('; ')}${more(all - named.length, '')}.`;
    }),
    `Suggested re-audit: ${longDate(s.reauditDate)}.`,
  );

  out.push('REFLECTION');
  for (const part of REFLECTION_PARTS) {
    const text = s.reflection[part];
    out.push(`${REFLECTION_PROMPTS[part].heading} ${text === '' ? NOT_WRITTEN : text}`);
  }
  out.push('');

  block(
    `[${s.declaration.accepted ? 'x' : ' '}] ${s.declaration.text} ${s.declaration.accepted ? 'Confirmed.' : 'Not confirmed yet.'}`,
    'Every item, with what to do, is in the full summary (PDF appendix, full text or JSON).',
    // The content fingerprint is in the seal line below (content=).
    `Generated by Chaperone ${h.appVersion} on ${generatedText(s.generatedAt)}. Check it with: chaperone verify <file>. ${FINGERPRINT_LIMITS}`,
  );
  return plainText(`${out.join('\n').trimEnd()}\n`);
}
