/** The findings table and the actions still to do. */
import type { Severity } from '../checklist/model.ts';
import { citation } from '../../shared/guidance-words.ts';
import type { SelfCheckFinding } from '../../shared/api-contract.ts';
import { answerLabel } from '../../shared/answer-words.ts';
import { SELF_CHECK_TEXT } from '../../shared/audit-view.ts';
import { CHECKED_BY_YOU } from '../../shared/glossary.ts';
import { addMonths, longDate } from './dates.ts';
import { accountLabel, applicableItems, type AuditItem } from './items.ts';
import type { ItemStatus } from '../audit/model.ts';
import type { AppraisalInput, FindingRow, FixedItem, Headline, OutstandingAction, StatusCounts } from './model.ts';


/** Months after the audit by which to have done it: the more serious, the sooner. */
const TARGET_MONTHS: Record<Severity, number> = { high: 1, medium: 2, low: 3 };

export function buildFindings(input: AppraisalInput): FindingRow[] {
  return applicableItems(input.audit).map((a) => ({
    account: accountLabel(a),
    item: a.item.title,
    privacyPractice: a.item.group === 'privacy-practice',
    guidance: [...new Set(a.item.guidance.map(citation))],
    statusAtStart: a.item.status,
    actionTaken: actionTaken(a),
    statusNow: a.statusNow,
  }));
}

function actionTaken(a: AuditItem): string {
  const parts: string[] = [];
  const read = a.rechecks.filter((r) => r.byYou === undefined);
  if (read.length > 0) {
    const dates = [...new Set(read.map((r) => longDate(r.at)))];
    parts.push(`Changed the setting; checked again on ${dates.join(' and ')}`);
  }
  // What the person found by hand is theirs: said so, never as Chaperone's reading.
  const byYou = a.rechecks.findLast((r) => r.byYou !== undefined);
  if (byYou?.byYou !== undefined) parts.push(`${checkedByYouText(byYou.at, byYou.byYou.found)}${noteText(byYou.byYou.note)}`);
  if (a.answer !== null) parts.push(`Answered: ${answerLabel(a.item, a.answer.answer)}${noteText(a.answer.note)}`);
  return parts.join('; ');
}

const noteText = (note: string): string => (note.trim() === '' ? '' : `. Note: ${note.trim()}`);

/** "Checked by you on 3 December 2026: set correctly" */
export function checkedByYouText(at: string, found: SelfCheckFinding): string {
  return `${CHECKED_BY_YOU} on ${longDate(at)}: ${SELF_CHECK_TEXT[found]}`;
}

export function buildOutstanding(input: AppraisalInput): OutstandingAction[] {
  const startedAt = input.audit.report.audit.startedAt;
  return applicableItems(input.audit)
    .filter((a) => a.statusNow === 'fail' || a.statusNow === 'unknown')
    .map((a) => ({
      account: accountLabel(a),
      item: a.item.title,
      status: a.statusNow === 'fail' ? 'fail' as const : 'unknown' as const,
      privacyPractice: a.item.group === 'privacy-practice',
      action: plainAction(a),
      targetDate: addMonths(startedAt, TARGET_MONTHS[a.item.severity]),
    }))
    // Soonest first; the audit's own order within a date.
    .sort((x, y) => x.targetDate.localeCompare(y.targetDate));
}

/**
 * Counts by status now. Questions (items the user answers) are counted apart from the settings
 * Chaperone reads, so a question is never a "pass" and an unread setting never looks fine.
 */
export function buildHeadline(input: AppraisalInput): Headline {
  const items = applicableItems(input.audit);
  const questions = items.filter((a) => a.item.status === 'manual');
  const settings = items.filter((a) => a.item.status !== 'manual');
  const counts = (group: AuditItem['item']['group']): StatusCounts => {
    const mine = settings.filter((a) => a.item.group === group);
    const count = (status: ItemStatus): number => mine.filter((a) => a.statusNow === status).length;
    const byYou = mine.filter((a) => a.statusNow === 'pass' && a.rechecks.at(-1)?.byYou !== undefined).length;
    return { passed: count('pass'), checkedByYou: byYou, needsFixing: count('fail'), couldNotCheck: count('unknown') };
  };
  const overall = input.audit.report.audit.overall;
  return {
    professional: counts('professional'),
    practice: counts('privacy-practice'),
    questions: questions.length,
    questionsAnswered: questions.filter((a) => a.answer !== null).length,
    score: { value: overall.score, read: overall.pass + overall.fail, readable: overall.pass + overall.fail + overall.unknown },
  };
}

/** Items that did not pass at the audit and passed when Chaperone checked them again (a check by hand is not a fix it saw). */
export function buildFixed(input: AppraisalInput): FixedItem[] {
  return applicableItems(input.audit)
    .filter((a) => a.item.status !== 'pass' && a.statusNow === 'pass' && a.rechecks.length > 0 && a.rechecks.at(-1)?.byYou === undefined)
    .map((a) => ({ account: accountLabel(a), item: a.item.title, at: a.rechecks.at(-1)?.at ?? '' }));
}

/** Needs fixing: the fix steps. Could not check: how to check by hand. Either falls back to the other. */
function plainAction(a: AuditItem): string {
  const steps = a.item.fix.steps.join(' ').trim();
  const byHand = a.item.manualCheck?.trim() ?? '';
  if (a.statusNow === 'unknown' && byHand !== '') return `Check by hand: ${byHand}`;
  if (steps !== '') return steps;
  if (byHand !== '') return `Check by hand: ${byHand}`;
  return `Look at "${a.item.title}"${a.account === null ? '' : ` on ${a.account.platformName}`} and change it if needed.`;
}
