/** Answers from an earlier audit, offered again ("You said … Still true?") until the person saves one in this audit. */
import { answerChoices, answerLabel } from '../../../main/shared/answer-words.ts';
import type { PreviousAnswer } from '../../../main/shared/api-contract.ts';
import { longDate } from '../../dates.ts';
import type { AuditQuestion } from '../results/audit-facts.ts';

/**
 * The earlier answer to offer for this question: same account (or all accounts) and item, only
 * while this audit has no answer of its own, and only if it is still one of the question's choices.
 */
export function carriedAnswer(question: AuditQuestion, previous: readonly PreviousAnswer[]): PreviousAnswer | null {
  if (question.answer !== null) return null;
  const found = previous.find((p) => p.accountId === question.accountId && p.itemId === question.item.itemId);
  if (found === undefined) return null;
  return answerChoices(question.item).some((choice) => choice.value === found.answer) ? found : null;
}

/** "You said “Not yet” on 3 December 2026" */
export function youSaid(question: AuditQuestion, previous: PreviousAnswer): string {
  return `You said “${answerLabel(question.item, previous.answer)}” on ${longDate(previous.answeredAt)}`;
}
