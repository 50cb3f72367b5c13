import type { PolicyDraft, PolicyView } from '../../../main/shared/api-contract.ts';
import { AnswerRow } from '../questions/answer-row.tsx';
import { accountTitle, answerOf, answerWords, carriedOf, stepText, youSaid, type PolicyStep } from './steps.ts';

/**
 * "Check your answers" for the policy: the questions about the whole policy (with the review date),
 * then one list for each account; each row the question, the answer in the person's words (or the
 * one last written, still to confirm) and a link to change it that comes back here.
 */
export function PolicyAnswersList({ view, draft, steps }: { view: PolicyView; draft: PolicyDraft; steps: readonly PolicyStep[] }): React.JSX.Element {
  const groups: { key: string; title: string; rows: { step: PolicyStep; index: number }[] }[] = [];
  steps.forEach((step, index) => {
    const account = step.type === 'question' ? step.account : null;
    const key = account?.id ?? 'policy';
    let group = groups.find((g) => g.key === key);
    if (group === undefined) {
      group = { key, title: account === null ? 'The whole policy' : accountTitle(account), rows: [] };
      groups.push(group);
    }
    group.rows.push({ step, index });
  });
  // The whole policy's questions first, whatever their place in the pages.
  groups.sort((a, b) => (a.key === 'policy' ? -1 : b.key === 'policy' ? 1 : 0));
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`answers-${group.key}`}>
          <h2 className="nhsuk-heading-m" id={`answers-${group.key}`}>{group.title}</h2>
          <dl className="nhsuk-summary-list app-answers">
            {group.rows.map(({ step, index }) => {
              const answer = answerOf(draft, step);
              const carried = carriedOf(view, draft, step);
              return (
                <AnswerRow
                  key={index} question={stepText(step)} where={group.key === 'policy' ? null : group.title}
                  answered={answer !== ''} carried={carried !== null} to={{ name: 'policy-question', index, change: true }}
                >
                  <p className="nhsuk-body">
                    {answer !== '' ? answerWords(step, answer) : carried === null ? 'Not answered yet' : `Not yet confirmed — ${youSaid(step, carried).replace(/^You/, 'you')}`}
                  </p>
                </AnswerRow>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
