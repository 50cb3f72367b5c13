import { useEffect } from 'react';
import type { PreviousAnswer, StoredAudit } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { carriedAnswer } from '../components/questions/carried.ts';
import { CheckAnswersList } from '../components/questions/check-answers-list.tsx';
import { QuestionForm } from '../components/questions/question-form.tsx';
import { RiskBanner } from '../components/questions/risk-banner.tsx';
import { questionsOf } from '../components/results/audit-facts.ts';
import { plural } from '../components/results/words.ts';
import { dateTimeText } from '../dates.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useNavigation } from '../hooks/navigation.ts';
import type { Route } from '../routes.ts';

interface Loaded { audit: StoredAudit; previous: PreviousAnswer[] }

/** The audit and the answers of the audits before it, to carry over. */
function useQuestions(auditId: string): ReturnType<typeof useAsync<Loaded>> {
  return useAsync(async () => {
    const [audit, previous] = await Promise.all([chaperone().history.get({ auditId }), chaperone().history.previousAnswers({ auditId })]);
    return { audit, previous };
  }, auditId);
}

function CouldNotOpen({ title, message, auditId }: { title: string; message: string; auditId: string }): React.JSX.Element {
  return (
    <Page title={title}>
      <Problem title="Chaperone could not open this audit"><p>{message}</p></Problem>
      <p className="nhsuk-body"><AppLink to={{ name: 'results', auditId }}>Back to the results</AppLink></p>
    </Page>
  );
}

/** Opens the first question not answered in this audit, or Check your answers when none is left. */
export function QuestionsScreen({ auditId }: { auditId: string }): React.JSX.Element {
  const loaded = useQuestions(auditId);
  const { navigate } = useNavigation();
  const next: Route | null = loaded.state === 'ready' ? firstOpen(loaded.value.audit) : null;
  const nextKey = next === null ? '' : JSON.stringify(next);
  useEffect(() => { if (next !== null) navigate(next); }, [nextKey]);
  if (loaded.state === 'failed') return <CouldNotOpen title="Questions for you" message={loaded.message} auditId={auditId} />;
  return <Loading what="the questions" />;
}

function firstOpen(audit: StoredAudit): Route {
  const index = questionsOf(audit).findIndex((q) => q.answer === null);
  return index === -1 ? { name: 'check-answers', auditId: audit.id } : { name: 'question', auditId: audit.id, index };
}

/** One question on its own page; after saving, the next one, or Check your answers after the last (or when changing an answer). */
export function QuestionScreen({ auditId, index, change, saved }: {
  auditId: string; index: number; change: boolean; saved: number | null;
}): React.JSX.Element {
  const loaded = useQuestions(auditId);
  const { navigate } = useNavigation();
  if (loaded.state === 'loading') return <Loading what="the question" />;
  if (loaded.state === 'failed') return <CouldNotOpen title="Question" message={loaded.message} auditId={auditId} />;
  const { audit, previous } = loaded.value;
  const questions = questionsOf(audit);
  const question = questions[index];
  if (question === undefined) {
    return (
      <Page title="Question not found">
        <p className="nhsuk-body">This audit has no such question.</p>
        <p className="nhsuk-body"><AppLink to={{ name: 'check-answers', auditId }}>Check your answers</AppLink></p>
      </Page>
    );
  }
  const next = (savedRisk: number | null): Route => {
    const risk = savedRisk === null ? {} : { saved: savedRisk };
    return change || index + 1 >= questions.length
      ? { name: 'check-answers', auditId, ...risk }
      : { name: 'question', auditId, index: index + 1, ...risk };
  };
  const back: Route = change ? { name: 'check-answers', auditId }
    : index === 0 ? { name: 'results', auditId } : { name: 'question', auditId, index: index - 1 };
  const justSaved = saved === null ? undefined : questions[saved];
  return (
    <>
      <AppLink className="nhsuk-back-link" to={back}>{change ? 'Back to check your answers' : index === 0 ? 'Back to the results' : 'Back to the previous question'}</AppLink>
      {justSaved !== undefined && <RiskBanner question={justSaved} />}
      <QuestionForm
        auditId={auditId} question={question} number={index + 1} total={questions.length} carried={carriedAnswer(question, previous)}
        onSaved={(_updated, showsRisk) => { navigate(next(showsRisk ? index : null)); }}
      />
      <p className="nhsuk-body">
        <AppLink to={next(null)}>{change ? 'Cancel and go back to check your answers' : 'Skip this question for now'}</AppLink>
      </p>
    </>
  );
}

/** Every question with its answer, a way to change each, and what is still to answer. */
export function CheckAnswersScreen({ auditId, saved }: { auditId: string; saved: number | null }): React.JSX.Element {
  const loaded = useQuestions(auditId);
  if (loaded.state === 'loading') return <Loading what="your answers" />;
  if (loaded.state === 'failed') return <CouldNotOpen title="Check your answers" message={loaded.message} auditId={auditId} />;
  const { audit, previous } = loaded.value;
  const questions = questionsOf(audit);
  const unanswered = questions.filter((q) => q.answer === null);
  const toConfirm = unanswered.filter((q) => carriedAnswer(q, previous) !== null).length;
  const justSaved = saved === null ? undefined : questions[saved];
  return (
    <Page title="Check your answers" caption={`Audit of ${dateTimeText(audit.report.audit.startedAt)}`}>
      {/* After the heading, which takes focus, so the keyboard reaches what to do next. */}
      {justSaved !== undefined && <RiskBanner question={justSaved} />}
      {questions.length === 0 ? <p className="nhsuk-body">This audit has no questions for you.</p> : (
        <>
          <p className="nhsuk-body">
            You have answered {questions.length - unanswered.length} of {plural(questions.length, 'question', 'questions')} in this audit.
            {unanswered.length > 0 && ` ${plural(unanswered.length, 'question is', 'questions are')} not answered yet${toConfirm === 0 ? '' : `, ${String(toConfirm)} of them with an answer from your last audit to confirm`}.`}
          </p>
          <p className="nhsuk-body">Your answers are kept with this audit, on this computer. Chaperone does not check them.</p>
          <CheckAnswersList auditId={auditId} questions={questions} previous={previous} />
        </>
      )}
      <AppLink className="nhsuk-button" to={{ name: 'results', auditId }}>Back to the results</AppLink>
    </Page>
  );
}
