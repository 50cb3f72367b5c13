/** Which accounts were looked at, how each item was checked, and what the method cannot do. */
import type { AppraisalInput, AppraisalSummary } from './model.ts';
import { applicableItems } from './items.ts';
import { KIND_WORDS, SCOPE_NOTE, SCORE_CAVEAT } from './words.ts';
import { andList } from '../../shared/lists.ts';

export function buildScope(input: AppraisalInput): AppraisalSummary['scope'] {
  return {
    accounts: input.audit.report.audit.accounts.map((result) => ({
      platform: result.platformName,
      kind: KIND_WORDS[result.account.kind],
      // The handle is read from the profile itself, never from the sign-in message or the label.
      handle: input.options.showHandles ? nonEmpty(result.identity?.handle) : null,
    })),
    note: SCOPE_NOTE,
  };
}

function nonEmpty(text: string | null | undefined): string | null {
  return text === null || text === undefined || text.trim() === '' ? null : text.trim();
}

/** Accounts named in the limit about accounts that could not be read; the rest are counted. */
const UNREAD_NAMED = 4;

/**
 * Counts by status now, so the three never overlap: read automatically (passed or needs fixing,
 * including after a re-check), answered by you, could not be checked.
 */
export function buildMethod(input: AppraisalInput): AppraisalSummary['method'] {
  const items = applicableItems(input.audit);
  const unanswered = items.filter((a) => a.statusNow === 'manual' && a.answer === null).length;
  const unverified = items.some((a) => a.item.guidance.some((g) => !g.paragraphVerified));
  const unread = input.audit.report.audit.accounts.filter((a) => a.session !== 'signed-in' || a.error !== null);
  const limits = [
    'Chaperone read each setting in your own signed-in browser, on this computer. It reads only what it can see there: it does not read your posts, your messages, or what other people share about you.',
    'Platforms change their settings and pages often. A setting read on the audit date may read differently later.',
    'An item that could not be checked is never counted as passed: it needs a look by hand.',
    'Questions only you can answer are recorded as you answered them; Chaperone did not check them.',
    `This audit is not endorsed by any regulator. ${SCORE_CAVEAT}`,
  ];
  if (unanswered > 0) limits.push(`${plural(unanswered, 'question was', 'questions were')} not answered.`);
  if (unverified) limits.push('Guidance paragraph numbers marked unverified have not yet been confirmed against the published guidance.');
  if (input.audit.report.audit.cancelled) limits.push('The audit was stopped before it finished, so some items were not checked.');
  // One line for all of them, so a summary of many accounts still fits its first page.
  if (unread.length > 0) {
    const named = unread.slice(0, UNREAD_NAMED).map((a) => a.account.label);
    const rest = unread.length - named.length;
    const names = andList(rest > 0 ? [...named, `${String(rest)} more ${rest === 1 ? 'account' : 'accounts'}`] : named);
    limits.push(unread.length === 1
      ? `${names} could not be read in full: its items that could not be read are marked "Could not check".`
      : `${names} could not be read in full: their items that could not be read are marked "Could not check".`);
  }
  return {
    // A question's answer and a check by hand are the person's: never counted as read by Chaperone.
    readAutomatically: items.filter((a) => a.item.status !== 'manual' && a.rechecks.at(-1)?.byYou === undefined && (a.statusNow === 'pass' || a.statusNow === 'fail')).length,
    checkedByYou: items.filter((a) => a.rechecks.at(-1)?.byYou !== undefined && a.statusNow !== 'unknown').length,
    answeredByYou: items.filter((a) => a.item.status === 'manual' && a.answer !== null).length,
    couldNotCheck: items.filter((a) => a.statusNow === 'unknown').length,
    limits,
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
