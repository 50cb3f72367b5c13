/**
 * "Your social media policy" (issue 15): choose a personal or a practice policy, answer the
 * questions one a page, check the answers, then read the policy written from them and save it.
 */
import { useState } from 'react';
import type { PolicyDocument, PolicyView } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { ErrorSummary } from '../components/forms/error-summary.tsx';
import type { FieldError } from '../components/forms/field-errors.ts';
import { RadioGroup } from '../components/forms/radio-group.tsx';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { PolicyAnswersList } from '../components/policy/policy-answers-list.tsx';
import { PolicyPreview } from '../components/policy/policy-preview.tsx';
import { PolicyQuestionForm } from '../components/policy/policy-question-form.tsx';
import { PolicyReminder, PolicySaves } from '../components/policy/policy-saves.tsx';
import {
  accountTitle, answerOf, carriedOf, draftOf, firstOpen, freshDraft, KIND_NAMES, policySteps, type PolicyKindChoice,
} from '../components/policy/steps.ts';
import { CheckboxItem } from '../components/export/checkbox-item.tsx';
import { SuccessBanner } from '../components/summary/success-banner.tsx';
import { SummaryRow } from '../components/summary/summary-row.tsx';
import { longDate } from '../dates.ts';
import { useNavigation } from '../hooks/navigation.ts';
import { errorText, useAsync } from '../hooks/use-async.ts';
import type { Notice, Route } from '../routes.ts';

const day = (iso: string): string => longDate(`${iso}T12:00:00`);
const today = (): string => new Date().toLocaleDateString('en-CA');

export const CHOOSE_A_KIND = 'Choose which policy you want to write';
export const CHOOSE_AN_ACCOUNT = 'Choose at least one account for the policy to cover';

function usePolicy(): ReturnType<typeof useAsync<PolicyView>> {
  return useAsync(() => chaperone().policy.get(), 'policy');
}

function CouldNotOpen({ title, message }: { title: string; message: string }): React.JSX.Element {
  return (
    <Page title={title}>
      <Problem title="Chaperone could not open your policy"><p>{message}</p></Problem>
      <p className="nhsuk-body"><AppLink to={{ name: 'home' }}>Back to Home</AppLink></p>
    </Page>
  );
}

/** The start page: what the policy is, the one saved (and when it is to be reviewed), and which kind to write. */
export function PolicyStartScreen(): React.JSX.Element {
  const loaded = usePolicy();
  if (loaded.state === 'loading') return <Page title="Your social media policy"><Loading what="your policy" /></Page>;
  if (loaded.state === 'failed') return <CouldNotOpen title="Your social media policy" message={loaded.message} />;
  return <PolicyStart view={loaded.value} />;
}

function PolicyStart({ view }: { view: PolicyView }): React.JSX.Element {
  const { navigate } = useNavigation();
  const saved = view.saved;
  const draft = saved?.answers == null ? null : draftOf(saved.answers);
  const [kind, setKind] = useState<PolicyKindChoice | null>(draft?.kind ?? saved?.written?.kind ?? null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const written = saved?.written ?? null;
  // Which accounts the policy covers: as last chosen; otherwise every account for a personal policy,
  // and the professional ones for a practice's (a practice's policy is not about anyone's family account).
  const chosen = draft?.leftOut ?? written?.leftOut ?? null;
  const [leftOut, setLeftOut] = useState<string[] | null>(chosen);
  const defaultLeftOut = (k: PolicyKindChoice | null): string[] => (k === 'practice' ? view.accounts.filter((a) => a.kind === 'personal').map((a) => a.id) : []);
  const excluded = leftOut ?? defaultLeftOut(kind);
  const accountsError = errors.some((e) => e.target?.startsWith('policy-account-') === true);
  const writtenOn = saved?.writtenOn ?? null;
  const due = written !== null && written.reviewOn <= today();

  const start = (event: React.SyntheticEvent): void => {
    event.preventDefault();
    if (saving) return;
    if (kind === null) { setErrors([{ target: 'policy-kind', message: CHOOSE_A_KIND }]); return; }
    if (view.accounts.length > 0 && view.accounts.every((a) => excluded.includes(a.id))) {
      setErrors([{ target: `policy-account-${view.accounts[0]?.id ?? ''}`, message: CHOOSE_AN_ACCOUNT }]);
      return;
    }
    const next = { ...(draft !== null && draft.kind === kind ? draft : freshDraft(kind, draft, view.questions)), leftOut: excluded };
    setSaving(true);
    chaperone().policy.save({ draft: next, complete: false }).then(
      () => {
        const open = firstOpen(policySteps(view, kind, next), next);
        navigate(open === null ? { name: 'policy-check' } : { name: 'policy-question', index: open });
      },
      (failure: unknown) => { setErrors([{ target: null, message: `Chaperone could not start your policy: ${errorText(failure)}` }]); setSaving(false); },
    );
  };

  return (
    <Page title="Your social media policy">
      <ErrorSummary errors={errors} />
      <p className="nhsuk-body">
        Chaperone writes a social media policy from your answers to some questions and what your latest audit found.
        Each part of it follows your regulator’s guidance. It says who wrote it, when, and when it will be reviewed.
      </p>
      <p className="nhsuk-body">Your answers are kept on this computer and offered again when you next review the policy. Nothing is sent anywhere.</p>
      {written !== null && writtenOn !== null && (
        <section aria-labelledby="saved-policy">
          <h2 className="nhsuk-heading-m" id="saved-policy">Your policy</h2>
          <dl className="nhsuk-summary-list">
            <SummaryRow name="Policy">{KIND_NAMES[written.kind]}</SummaryRow>
            <SummaryRow name="Written on">{day(writtenOn)}</SummaryRow>
            <SummaryRow name="Review by">
              {day(written.reviewOn)}{due && <> <strong className="nhsuk-tag nhsuk-tag--orange">Review due</strong></>}
            </SummaryRow>
          </dl>
          <AppLink className="nhsuk-button" to={{ name: 'policy-document' }}>See your policy</AppLink>
        </section>
      )}
      {draft !== null && (
        <div className="nhsuk-inset-text">
          <p>You have started answering the questions for {KIND_NAMES[draft.kind].toLowerCase()}. Your answers were last saved on {longDate(saved?.savedAt ?? '')}.</p>
        </div>
      )}
      <form noValidate onSubmit={start}>
        <RadioGroup<PolicyKindChoice>
          name="policy-kind" legend={written === null ? 'Which policy do you want to write?' : 'Which policy do you want to review or write?'}
          error={errors.find((e) => e.target === 'policy-kind')?.message}
          options={[
            { value: 'personal', label: KIND_NAMES.personal, hint: 'For you alone: how you use social media as a health professional, written as “I”.' },
            { value: 'practice', label: KIND_NAMES.practice, hint: 'For a practice, department or training programme: who it applies to, who may post and how, written as “we”.' },
          ]}
          value={kind} onChange={setKind}
        />
        {view.accounts.length > 0 && (
          <div className={`nhsuk-form-group${accountsError ? ' nhsuk-form-group--error' : ''}`}>
            <fieldset className="nhsuk-fieldset" aria-describedby={`policy-accounts-hint${accountsError ? ' policy-accounts-error' : ''}`}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Which of your accounts does this policy cover?</legend>
              <div className="nhsuk-hint" id="policy-accounts-hint">A practice or team policy usually covers the practice's accounts, not anyone's personal ones.</div>
              {accountsError && (
                <span className="nhsuk-error-message" id="policy-accounts-error"><span className="nhsuk-u-visually-hidden">Error: </span>{CHOOSE_AN_ACCOUNT}</span>
              )}
              <div className="nhsuk-checkboxes">
                {view.accounts.map((account) => (
                  <CheckboxItem
                    key={account.id} id={`policy-account-${account.id}`} label={accountTitle(account)} checked={!excluded.includes(account.id)}
                    onChange={(on) => { setLeftOut(on ? excluded.filter((id) => id !== account.id) : [...excluded, account.id]); }}
                  />
                ))}
              </div>
            </fieldset>
          </div>
        )}
        <button type="submit" className={`nhsuk-button${written === null ? '' : ' nhsuk-button--secondary'}`} aria-disabled={saving}>
          {draft !== null && draft.kind === kind ? 'Continue your answers' : written === null ? 'Start' : 'Start a review'}
        </button>
      </form>
      <p className="nhsuk-body"><AppLink to={{ name: 'home' }}>Back to Home</AppLink></p>
    </Page>
  );
}

/** One question a page, as the audit's questions are. */
export function PolicyQuestionScreen({ index, change }: { index: number; change: boolean }): React.JSX.Element {
  const loaded = usePolicy();
  const { navigate } = useNavigation();
  if (loaded.state === 'loading') return <Loading what="the question" />;
  if (loaded.state === 'failed') return <CouldNotOpen title="Question" message={loaded.message} />;
  const view = loaded.value;
  const answers = view.saved?.answers ?? null;
  const draft = answers === null ? null : draftOf(answers);
  const steps = draft === null ? [] : policySteps(view, draft.kind, draft);
  const step = steps[index];
  if (draft === null || step === undefined) {
    return (
      <Page title="Question not found">
        <p className="nhsuk-body">There is no such question in the policy you are writing.</p>
        <p className="nhsuk-body"><AppLink to={{ name: 'policy' }}>Back to your social media policy</AppLink></p>
      </Page>
    );
  }
  const next: Route = change || index + 1 >= steps.length ? { name: 'policy-check' } : { name: 'policy-question', index: index + 1 };
  const back: Route = change ? { name: 'policy-check' } : index === 0 ? { name: 'policy' } : { name: 'policy-question', index: index - 1 };
  return (
    <>
      <AppLink className="nhsuk-back-link" to={back}>{change ? 'Back to check your answers' : index === 0 ? 'Back to your social media policy' : 'Back to the previous question'}</AppLink>
      <PolicyQuestionForm
        step={step} draft={draft} number={index + 1} total={steps.length} carried={carriedOf(view, draft, step)}
        onSaved={() => { navigate(next); }}
      />
      <p className="nhsuk-body"><AppLink to={next}>{change ? 'Cancel and go back to check your answers' : 'Skip this question for now'}</AppLink></p>
    </>
  );
}

/** Every answer with a way to change it; "Write my policy" once every question is answered. */
export function PolicyCheckScreen(): React.JSX.Element {
  const loaded = usePolicy();
  const { navigate } = useNavigation();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [writing, setWriting] = useState(false);
  if (loaded.state === 'loading') return <Loading what="your answers" />;
  if (loaded.state === 'failed') return <CouldNotOpen title="Check your answers" message={loaded.message} />;
  const view = loaded.value;
  const answers = view.saved?.answers ?? null;
  if (answers === null) {
    return (
      <Page title="Check your answers">
        <p className="nhsuk-body">You are not answering the policy questions at the moment.</p>
        <p className="nhsuk-body"><AppLink to={{ name: 'policy' }}>Back to your social media policy</AppLink></p>
      </Page>
    );
  }
  const draft = draftOf(answers);
  const steps = policySteps(view, draft.kind, draft);
  const open = firstOpen(steps, draft);
  const unanswered = steps.filter((step) => answerOf(draft, step) === '').length;
  const write = (): void => {
    if (writing) return;
    setWriting(true);
    chaperone().policy.save({ draft, complete: true }).then(
      () => { navigate({ name: 'policy-document', notice: { heading: 'Your policy is written', detail: 'Read it below, then save it as a Word document, a PDF or Markdown.' } }); },
      (failure: unknown) => { setErrors([{ target: null, message: errorText(failure) }]); setWriting(false); },
    );
  };
  return (
    <Page title="Check your answers" caption={KIND_NAMES[draft.kind]}>
      <ErrorSummary errors={errors} />
      <p className="nhsuk-body">
        You have answered {steps.length - unanswered} of {steps.length} questions.
        {unanswered > 0 && ` ${String(unanswered)} ${unanswered === 1 ? 'question is' : 'questions are'} not answered yet.`}
      </p>
      <PolicyAnswersList view={view} draft={draft} steps={steps} />
      <h2 className="nhsuk-heading-m">Write your policy</h2>
      {open === null ? (
        <>
          <p className="nhsuk-body">Chaperone writes your policy from these answers, your details and your latest audit. You can read it before you save it.</p>
          <button type="button" className="nhsuk-button" aria-disabled={writing} onClick={write}>Write my policy</button>
        </>
      ) : (
        <>
          <p className="nhsuk-body">Answer every question, then Chaperone can write your policy.</p>
          <AppLink className="nhsuk-button" to={{ name: 'policy-question', index: open }}>Answer the next question</AppLink>
        </>
      )}
    </Page>
  );
}

/** The policy as last written: read it, save it, put its review date in the calendar. */
export function PolicyDocumentScreen({ notice }: { notice: Notice | undefined }): React.JSX.Element {
  const policy = useAsync<PolicyDocument>(() => chaperone().policy.preview(), 'policy-document');
  if (policy.state === 'loading') return <Page title="Your social media policy"><Loading what="your policy" /></Page>;
  if (policy.state === 'failed') return <CouldNotOpen title="Your social media policy" message={policy.message} />;
  return (
    <>
      {notice !== undefined && <SuccessBanner notice={notice} />}
      <Page title="Your social media policy" caption={KIND_NAMES[policy.value.kind]} focusHeading={notice === undefined}>
        <PolicySaves />
        <PolicyReminder reviewOn={policy.value.reviewOn} />
        <PolicyPreview policy={policy.value} />
        <p className="nhsuk-body"><AppLink to={{ name: 'policy' }}>Review your answers or write another policy</AppLink></p>
      </Page>
    </>
  );
}
