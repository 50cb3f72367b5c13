/**
 * The audit as plain text for pasting into an appraisal portfolio or a reflective account: what
 * needs fixing now, what was fixed, what could not be checked, and the questions answered.
 * Plain text only; the screen puts it in a textarea, never into HTML.
 */
import type { ItemStatus } from '../../../main/engine/audit/model.ts';
import type { Answer, StoredAudit } from '../../../main/shared/api-contract.ts';
import { currentItemStatus } from '../../../main/shared/audit-view.ts';
import { longDate } from '../../dates.ts';

const ANSWER_WORDS: Record<Answer, string> = { yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable' };

interface Row { account: string; title: string; status: ItemStatus; was: ItemStatus; reason: string | null; question: string | null; accountId: string; itemId: string; recheckedAt: string | null }

function rows(audit: StoredAudit): Row[] {
  return audit.report.audit.accounts.flatMap((a) => a.items.map((item) => {
    const now = currentItemStatus(audit, a.account.id, item.itemId);
    return {
      account: `${a.account.label} on ${a.platformName}`, title: item.title, status: now?.status ?? item.status, was: item.status,
      reason: now?.recheck?.reason ?? item.reason, question: item.question, accountId: a.account.id, itemId: item.itemId,
      recheckedAt: now?.recheck?.at ?? null,
    };
  }));
}

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [`${heading}: none`] : [`${heading} (${String(lines.length)}):`, ...lines];
}

export function auditSummaryText(audit: StoredAudit): string {
  const { profile, audit: run } = audit.report;
  const all = rows(audit);
  const questions = all.filter((r) => r.was === 'manual');
  const answered = questions.flatMap((q) => {
    const answer = audit.answers.find((a) => a.accountId === q.accountId && a.itemId === q.itemId);
    if (answer === undefined) return [];
    const note = answer.note === '' ? '' : ` Note: ${answer.note}`;
    return [`- ${q.account}: ${q.question ?? q.title} ${ANSWER_WORDS[answer.answer]}.${note}`];
  });
  const lines = [
    'Social media privacy audit, made with Chaperone',
    `Name: ${profile.registeredName} (${profile.profession.replace(/-/g, ' ')}, ${profile.regulator})`,
    `Audit date: ${longDate(run.startedAt)}`,
    `Accounts checked: ${run.accounts.map((a) => `${a.account.label} on ${a.platformName} (${a.account.kind === 'personal' ? 'personal' : 'professional, public on purpose'})`).join('; ')}`,
    run.overall.score === null
      ? 'Score at the audit: none, because nothing could be checked.'
      : `Score at the audit: ${String(run.overall.score)} out of 100, with ${String(run.overall.coverage)}% of automatic checks verified.`,
    ...(run.cancelled ? ['The audit was stopped before it finished.'] : []),
    '',
    ...section('Needs fixing now', all.filter((r) => r.status === 'fail').map((r) => `- ${r.account}: ${r.title}`)),
    '',
    ...section('Fixed since the audit', all.filter((r) => r.status === 'pass' && r.was !== 'pass' && r.recheckedAt !== null)
      .map((r) => `- ${r.account}: ${r.title}, checked again on ${longDate(r.recheckedAt ?? '')}`)),
    '',
    ...section('Could not check', all.filter((r) => r.status === 'unknown')
      .map((r) => `- ${r.account}: ${r.title}${r.reason === null ? '' : `. ${r.reason}`}`)),
    '',
    `Questions only you can answer: ${String(answered.length)} of ${String(questions.length)} answered${answered.length === 0 ? '.' : ':'}`,
    ...answered,
    '',
    'Chaperone reads settings on this computer and never changes them. Platforms change their pages, so anything it could not check needs checking by hand.',
  ];
  return `${lines.join('\n')}\n`;
}
