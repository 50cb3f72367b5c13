import { useEffect, useRef, useState } from 'react';
import type { StoredAudit } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { QuestionForm } from '../components/questions/question-form.tsx';
import { accountName, questionsOf } from '../components/results/audit-facts.ts';
import { plural } from '../components/results/words.ts';
import { dateTimeText } from '../dates.ts';
import { useAsync } from '../hooks/use-async.ts';

/** The error summary: each error links to its question's first answer; it takes focus when it appears. */
function ErrorSummary({ errors }: { errors: [string, string][] }): React.JSX.Element | null {
  const box = useRef<HTMLDivElement>(null);
  const count = errors.length;
  useEffect(() => { if (count > 0) box.current?.querySelector<HTMLElement>('.nhsuk-error-summary')?.focus(); }, [count]);
  if (count === 0) return null;
  return (
    <div ref={box}>
      <Problem>
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map(([id, message]) => (
            <li key={id}>
              <a href={`#${id}-answer`} onClick={(event) => { event.preventDefault(); document.getElementById(`${id}-answer`)?.focus(); }}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </Problem>
    </div>
  );
}

function QuestionsPage({ initial }: { initial: StoredAudit }): React.JSX.Element {
  const [audit, setAudit] = useState(initial);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const questions = questionsOf(audit);
  const answered = questions.filter((q) => q.answer !== null).length;
  const setError = (id: string, message: string | null): void => {
    setErrors((current) => {
      const next = new Map(current);
      if (message === null) next.delete(id); else next.set(id, message);
      return next;
    });
  };
  return (
    <Page title="Questions for you" caption={`Audit of ${dateTimeText(audit.report.audit.startedAt)}`}>
      <ErrorSummary errors={[...errors]} />
      <p className="nhsuk-body">
        Chaperone cannot check these for you. Answer each one and save it; you can change an answer later.
        Your answers are kept with this audit, on this computer.
      </p>
      <p className="nhsuk-body">You have answered {answered} of {plural(questions.length, 'question', 'questions')}.</p>
      {[null, ...audit.report.audit.accounts].map((account) => {
        const mine = questions.map((q, index) => ({ ...q, id: `question-${String(index)}` })).filter((q) => q.account === account);
        if (mine.length === 0) return null;
        return (
          <section key={account?.account.id ?? 'all-accounts'}>
            <h2 className="nhsuk-heading-m">{account === null ? 'How you use social media, on all your accounts' : accountName(account)}</h2>
            {mine.map((q) => (
              <QuestionForm
                key={q.id} auditId={audit.id} accountId={q.accountId} item={q.item} saved={q.answer} idPrefix={q.id}
                error={errors.get(q.id) ?? null} onError={(message) => { setError(q.id, message); }} onSaved={setAudit}
              />
            ))}
          </section>
        );
      })}
      {questions.length === 0 && <p className="nhsuk-body">This audit has no questions for you.</p>}
      <p className="nhsuk-body"><AppLink to={{ name: 'results', auditId: audit.id }}>Back to the results</AppLink></p>
    </Page>
  );
}

/** Every question only the user can answer, across the audit's accounts. */
export function QuestionsScreen({ auditId }: { auditId: string }): React.JSX.Element {
  const loaded = useAsync(() => chaperone().history.get({ auditId }), auditId);
  if (loaded.state === 'loading') return <Loading what="the questions" />;
  if (loaded.state === 'failed') {
    return <Page title="Questions for you"><Problem title="Chaperone could not open this audit"><p>{loaded.message}</p></Problem></Page>;
  }
  return (
    <>
      <AppLink className="nhsuk-back-link" to={{ name: 'results', auditId }}>Back to results</AppLink>
      <QuestionsPage initial={loaded.value} />
    </>
  );
}
