/**
 * What a person's answer to a question means, in the question's own words ("Yes, some are" /
 * "Not yet"), from the labels its checklist gives. Reports written before the labels were kept
 * fall back to plain "Yes" / "No" / "Not applicable". Pure: used by the screens and the reports.
 */
import type { Answer } from './api-contract.ts';

/** What a question item carries about its answers (report items, optional for older reports). */
export interface QuestionWords {
  goodAnswer?: 'yes' | 'no' | null | undefined;
  answerLabels?: { yes: string; no: string; notApplicable: string | null } | null | undefined;
}

export const PLAIN_ANSWER: Readonly<Record<Answer, string>> = { yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable' };

/** The choices to offer, in order: yes, no, and not applicable where the question labels it (always, for an older report). */
export function answerChoices(item: QuestionWords): { value: Answer; label: string }[] {
  const labels = item.answerLabels ?? null;
  if (labels === null) return (['yes', 'no', 'not-applicable'] as const).map((value) => ({ value, label: PLAIN_ANSWER[value] }));
  return [
    { value: 'yes', label: labels.yes },
    { value: 'no', label: labels.no },
    ...(labels.notApplicable === null ? [] : [{ value: 'not-applicable' as const, label: labels.notApplicable }]),
  ];
}

/** The words for an answer: its label, or plain words when the question has none for it. */
export function answerLabel(item: QuestionWords, answer: Answer): string {
  const labels = item.answerLabels ?? null;
  if (labels === null) return PLAIN_ANSWER[answer];
  if (answer === 'not-applicable') return labels.notApplicable ?? PLAIN_ANSWER[answer];
  return labels[answer];
}

/** True when the answer is the one the guidance warns about; false when it meets it, does not apply, or the report does not say. */
export function answerShowsRisk(item: QuestionWords, answer: Answer): boolean {
  const good = item.goodAnswer ?? null;
  return good !== null && answer !== 'not-applicable' && answer !== good;
}
