/** The findings table and the actions still to do. */
import type { Severity } from '../checklist/model.ts';
import { citation } from '../../shared/guidance-words.ts';
import type { Answer } from '../../shared/api-contract.ts';
import { addMonths, longDate } from './dates.ts';
import { accountLabel, applicableItems, type AuditItem } from './items.ts';
import type { AppraisalInput, FindingRow, OutstandingAction } from './model.ts';

const ANSWER_WORDS: Record<Answer, string> = { yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable' };

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
  if (a.rechecks.length > 0) {
    const dates = [...new Set(a.rechecks.map((r) => longDate(r.at)))];
    parts.push(`Changed the setting; checked again on ${dates.join(' and ')}`);
  }
  if (a.answer !== null) {
    const note = a.answer.note.trim();
    parts.push(`Answered: ${ANSWER_WORDS[a.answer.answer]}${note === '' ? '' : `. Note: ${note}`}`);
  }
  return parts.join('; ');
}

export function buildOutstanding(input: AppraisalInput): OutstandingAction[] {
  const startedAt = input.audit.report.audit.startedAt;
  return applicableItems(input.audit)
    .filter((a) => a.statusNow === 'fail' || a.statusNow === 'unknown')
    .map((a) => ({
      account: accountLabel(a),
      item: a.item.title,
      action: plainAction(a),
      targetDate: addMonths(startedAt, TARGET_MONTHS[a.item.severity]),
    }))
    // Soonest first; the audit's own order within a date.
    .sort((x, y) => x.targetDate.localeCompare(y.targetDate));
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
