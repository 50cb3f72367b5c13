import { answerLabel } from '../../../main/shared/answer-words.ts';
import type { PreviousAnswer } from '../../../main/shared/api-contract.ts';
import type { AuditQuestion } from '../results/audit-facts.ts';
import { accountName } from '../results/audit-facts.ts';
import { AnswerRow } from './answer-row.tsx';
import { carriedAnswer, youSaid } from './carried.ts';

function AnswerValue({ question, carried }: { question: AuditQuestion; carried: PreviousAnswer | null }): React.JSX.Element {
  const { answer, item } = question;
  if (answer !== null) {
    return (
      <>
        <p className="nhsuk-body">{answerLabel(item, answer.answer)}</p>
        {answer.note !== '' && <p className="nhsuk-body-s app-answer-note">Note: {answer.note}</p>}
      </>
    );
  }
  if (carried !== null) return <p className="nhsuk-body">Not yet confirmed — {youSaid(question, carried).replace(/^You/, 'you')}</p>;
  return <p className="nhsuk-body">Not answered yet</p>;
}

/**
 * "Check your answers": one summary list for the questions about all accounts, then one per
 * account; each row has the question, the answer in its own words with the note, and a link to
 * change it that comes back here.
 */
export function CheckAnswersList({ auditId, questions, previous }: {
  auditId: string; questions: readonly AuditQuestion[]; previous: readonly PreviousAnswer[];
}): React.JSX.Element {
  const groups: { title: string; key: string; rows: { question: AuditQuestion; index: number }[] }[] = [];
  questions.forEach((question, index) => {
    const key = question.account?.account.id ?? 'all-accounts';
    let group = groups.find((g) => g.key === key);
    if (group === undefined) {
      group = { key, title: question.account === null ? 'All your accounts' : accountName(question.account), rows: [] };
      groups.push(group);
    }
    group.rows.push({ question, index });
  });
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`answers-${group.key}`}>
          <h2 className="nhsuk-heading-m" id={`answers-${group.key}`}>{group.title}</h2>
          <dl className="nhsuk-summary-list app-answers">
            {group.rows.map(({ question, index }) => {
              const carried = carriedAnswer(question, previous);
              return (
                <AnswerRow
                  key={`${question.accountId} ${question.item.itemId}`} question={question.item.question ?? question.item.title}
                  where={question.account === null ? null : accountName(question.account)} answered={question.answer !== null} carried={carried !== null}
                  to={{ name: 'question', auditId, index, change: true }}
                >
                  <AnswerValue question={question} carried={carried} />
                </AnswerRow>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
