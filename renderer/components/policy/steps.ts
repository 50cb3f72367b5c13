/**
 * The policy's questions as pages: the questions of the chosen kind in policy.yaml's order, a
 * question asked per account once for each account in Chaperone (the account's questions together),
 * then the review date. Answers live in a PolicyDraft; the answers the policy was last written
 * from are offered again ("You said … Still true?") until the person saves one in this review.
 */
import type { PolicyQuestion } from '../../../main/engine/policy/model.ts';
import type { Account, PolicyDraft, PolicyView, StoredPolicyAnswers } from '../../../main/shared/api-contract.ts';
import { longDate } from '../../dates.ts';
import { PLATFORM_NAMES } from '../../../main/shared/platforms.ts';

export type PolicyKindChoice = PolicyDraft['kind'];

export type PolicyStep =
  | { type: 'question'; question: PolicyQuestion; account: Account | null }
  | { type: 'review-date' };

export const KIND_NAMES: Record<PolicyKindChoice, string> = { personal: 'My personal policy', practice: 'Our practice or team policy' };

/** The accounts a policy covers: every account in Chaperone but those the person left out. */
export function coveredAccounts(accounts: readonly Account[], draft: Pick<PolicyDraft, 'leftOut'>): Account[] {
  const leftOut = draft.leftOut ?? [];
  return accounts.filter((a) => !leftOut.includes(a.id));
}

export function policySteps(view: Pick<PolicyView, 'questions' | 'accounts'>, kind: PolicyKindChoice, draft: Pick<PolicyDraft, 'leftOut'> = {}): PolicyStep[] {
  const steps: PolicyStep[] = [];
  const asked = view.questions.filter((q) => q.for.includes(kind));
  for (let i = 0; i < asked.length; i++) {
    const question = asked[i];
    if (question === undefined) continue;
    if (!question.perAccount) { steps.push({ type: 'question', question, account: null }); continue; }
    // A run of questions asked per account: all of one account's, then the next account's.
    const run: PolicyQuestion[] = [];
    while (asked[i]?.perAccount === true) { run.push(asked[i] as PolicyQuestion); i++; }
    i--;
    for (const account of coveredAccounts(view.accounts, draft)) for (const q of run) steps.push({ type: 'question', question: q, account });
  }
  steps.push({ type: 'review-date' });
  return steps;
}

/** "Family and friends X (X)" */
export function accountTitle(account: Account): string {
  return `${account.label} (${PLATFORM_NAMES[account.platform]})`;
}

export function draftOf(answers: StoredPolicyAnswers): PolicyDraft {
  return {
    kind: answers.kind, answers: { ...answers.answers }, reviewOn: answers.reviewOn,
    accounts: answers.accounts.map((a) => ({ accountId: a.accountId, answers: { ...a.answers } })),
    ...(answers.leftOut === undefined ? {} : { leftOut: [...answers.leftOut] }),
  };
}

/** A new draft of this kind: the answers to questions it also asks kept (from a draft of the other kind), nothing else. */
export function freshDraft(kind: PolicyKindChoice, from: PolicyDraft | null, questions: readonly PolicyQuestion[]): PolicyDraft {
  const asks = (id: string): boolean => questions.some((q) => q.id === id && q.for.includes(kind));
  const keep = (answers: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(answers).filter(([id]) => asks(id)));
  return {
    kind, answers: from === null ? {} : keep(from.answers), reviewOn: from?.reviewOn ?? '',
    accounts: from === null ? [] : from.accounts.map((a) => ({ accountId: a.accountId, answers: keep(a.answers) })),
    ...(from?.leftOut === undefined ? {} : { leftOut: [...from.leftOut] }),
  };
}

/** This review's answer to a step; '' when not answered. */
export function answerOf(draft: PolicyDraft | StoredPolicyAnswers, step: PolicyStep): string {
  if (step.type === 'review-date') return draft.reviewOn;
  if (step.account === null) return draft.answers[step.question.id] ?? '';
  const accountId = step.account.id;
  return draft.accounts.find((a) => a.accountId === accountId)?.answers[step.question.id] ?? '';
}

export function withAnswer(draft: PolicyDraft, step: PolicyStep, value: string): PolicyDraft {
  if (step.type === 'review-date') return { ...draft, reviewOn: value };
  if (step.account === null) return { ...draft, answers: { ...draft.answers, [step.question.id]: value } };
  const accountId = step.account.id;
  const others = draft.accounts.filter((a) => a.accountId !== accountId);
  const mine = draft.accounts.find((a) => a.accountId === accountId)?.answers ?? {};
  return { ...draft, accounts: [...others, { accountId, answers: { ...mine, [step.question.id]: value } }] };
}

/** The answer the policy was last written with, to offer while this review has none (not the review date: a new one is due). */
export function carriedOf(view: PolicyView, draft: PolicyDraft, step: PolicyStep): { answer: string; on: string } | null {
  const written = view.saved?.written ?? null;
  const on = view.saved?.writtenOn ?? null;
  if (written === null || on === null || written.kind !== draft.kind || step.type === 'review-date' || answerOf(draft, step) !== '') return null;
  const answer = answerOf(written, step);
  if (answer === '') return null;
  if (step.question.type === 'choice' && !step.question.options.some((o) => o.id === answer)) return null;
  return { answer, on };
}

/** An answer in the words the person chose or wrote. */
export function answerWords(step: PolicyStep, answer: string): string {
  if (step.type === 'review-date') return longDate(`${answer}T12:00:00`);
  return step.question.type === 'choice' ? (step.question.options.find((o) => o.id === answer)?.label ?? answer) : answer;
}

/** "You said “No, never” on 3 December 2026" */
export function youSaid(step: PolicyStep, carried: { answer: string; on: string }): string {
  return `You said “${answerWords(step, carried.answer)}” on ${longDate(`${carried.on}T12:00:00`)}`;
}

export function stepText(step: PolicyStep): string {
  return step.type === 'review-date' ? 'When will you review this policy?' : step.question.text;
}

/** The first step with no answer in this review, or null when every one is answered. */
export function firstOpen(steps: readonly PolicyStep[], draft: PolicyDraft): number | null {
  const index = steps.findIndex((step) => answerOf(draft, step) === '');
  return index === -1 ? null : index;
}
