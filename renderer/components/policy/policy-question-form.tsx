import { useEffect, useRef, useState } from 'react';
import type { PolicyDraft } from '../../../main/shared/api-contract.ts';
import { addMonths, dayIso, localDay } from '../../../main/shared/next-audit.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldError } from '../forms/field-errors.ts';
import { accountTitle, stepText, withAnswer, youSaid, type PolicyStep } from './steps.ts';

export const CHOOSE_AN_ANSWER = 'Choose an answer, or skip this question for now';
export const ENTER_AN_ANSWER = 'Enter your answer, or skip this question for now';
export const ENTER_A_DATE = 'Enter a real date, for example 25 11 2027';
export const DATE_IN_FUTURE = 'The review date must be after today';

const ANSWER_ID = 'answer';

/** A year from today, offered for the review date. */
function suggestedReview(): { day: string; month: string; year: string } {
  const day = localDay(addMonths(new Date(), 12));
  return { day: String(day.day), month: String(day.month), year: String(day.year) };
}

function splitDate(iso: string): { day: string; month: string; year: string } {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? '' };
}

/** "2027-11-25" from what was typed, or null when it is not a real date. */
function dateFrom({ day, month, year }: { day: string; month: string; year: string }): string | null {
  if (![day, month, year].every((part) => /^\d+$/.test(part.trim())) || year.trim().length !== 4) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const real = new Date(Date.UTC(y, m - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) return null;
  return dayIso({ year: y, month: m, day: d });
}

/**
 * One policy question on its own page, as the audit's questions are: the question is the heading
 * (with "Question 3 of 14" and the account it is about), its hint, the answer last written offered
 * ("Still true?"), choices, words or a date, and "Save and continue". Saving keeps the answer at once.
 */
export function PolicyQuestionForm({ step, draft, number, total, carried, onSaved }: {
  step: PolicyStep; draft: PolicyDraft; number: number; total: number; carried: { answer: string; on: string } | null;
  onSaved: () => void;
}): React.JSX.Element {
  const saved = step.type === 'review-date' ? draft.reviewOn
    : step.account === null ? draft.answers[step.question.id] : draft.accounts.find((a) => a.accountId === step.account?.id)?.answers[step.question.id];
  const [value, setValue] = useState(saved ?? carried?.answer ?? '');
  const [date, setDate] = useState(draft.reviewOn === '' ? suggestedReview() : splitDate(draft.reviewOn));
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = `Question ${String(number)} of ${String(total)} – Chaperone`;
  }, [number, total]);

  const save = (event: React.SyntheticEvent): void => {
    event.preventDefault();
    if (saving) return;
    let answer = value.trim();
    if (step.type === 'review-date') {
      const iso = dateFrom(date);
      if (iso === null) { setErrors([{ target: 'review-day', message: ENTER_A_DATE }]); return; }
      if (iso <= dayIso(localDay(new Date()))) { setErrors([{ target: 'review-day', message: DATE_IN_FUTURE }]); return; }
      answer = iso;
    } else if (answer === '') {
      setErrors([{ target: ANSWER_ID, message: step.question.type === 'choice' ? CHOOSE_AN_ANSWER : ENTER_AN_ANSWER }]);
      return;
    }
    setSaving(true);
    chaperone().policy.save({ draft: withAnswer(draft, step, answer), complete: false }).then(
      () => { onSaved(); },
      (failure: unknown) => { setErrors([{ target: null, message: `Your answer was not saved: ${errorText(failure)}` }]); setSaving(false); },
    );
  };

  const error = errors.find((e) => e.target !== null)?.message;
  const caption = (
    <span className="nhsuk-caption-l">
      Question {number} of {total}{step.type === 'question' && step.account !== null ? `: ${accountTitle(step.account)}` : ''}
      <span className="nhsuk-u-visually-hidden"> – </span>
    </span>
  );
  const hint = step.type === 'review-date' ? 'Chaperone suggests a year from today. For example, 25 11 2027.' : step.question.hint;
  const describedBy = [hint === null ? '' : 'answer-hint', carried === null ? '' : 'answer-carried', error === undefined ? '' : 'answer-error'].filter((s) => s !== '').join(' ');
  const errorMessage = error === undefined ? null : (
    <span className="nhsuk-error-message" id="answer-error"><span className="nhsuk-u-visually-hidden">Error: </span>{error}</span>
  );
  const carriedText = carried === null || step.type === 'review-date' ? null : (
    <div className="nhsuk-inset-text app-carried" id="answer-carried"><p>{youSaid(step, carried)}. Still true?</p></div>
  );
  const hintText = hint === null ? null : <div className="nhsuk-hint" id="answer-hint">{hint}</div>;
  const group = `nhsuk-form-group${error === undefined ? '' : ' nhsuk-form-group--error'}`;

  let field: React.JSX.Element;
  if (step.type === 'question' && step.question.type === 'text') {
    field = (
      <div className={group}>
        <h1 className="nhsuk-label-wrapper" tabIndex={-1} ref={heading}>
          <label className="nhsuk-label nhsuk-label--l" htmlFor={ANSWER_ID}>{caption}{stepText(step)}</label>
        </h1>
        {hintText}{carriedText}{errorMessage}
        <input
          className={`nhsuk-input${error === undefined ? '' : ' nhsuk-input--error'}`} id={ANSWER_ID} name={ANSWER_ID} type="text" maxLength={300}
          value={value} onChange={(event) => { setValue(event.target.value); }} aria-describedby={describedBy === '' ? undefined : describedBy} autoComplete="off"
        />
      </div>
    );
  } else {
    const legend = (
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
        <h1 className="nhsuk-fieldset__heading" tabIndex={-1} ref={heading}>{caption}{stepText(step)}</h1>
      </legend>
    );
    field = step.type === 'review-date' ? (
      <div className={group}>
        <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy}>
          {legend}{hintText}{errorMessage}
          <div className="nhsuk-date-input">
            {(['day', 'month', 'year'] as const).map((part) => (
              <div className="nhsuk-date-input__item" key={part}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`review-${part}`}>{part[0]?.toUpperCase()}{part.slice(1)}</label>
                  <input
                    className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part === 'year' ? '4' : '2'}${error === undefined ? '' : ' nhsuk-input--error'}`}
                    id={`review-${part}`} name={`review-${part}`} type="text" inputMode="numeric" value={date[part]}
                    onChange={(event) => { setDate({ ...date, [part]: event.target.value }); }}
                  />
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    ) : (
      <div className={group}>
        <fieldset className="nhsuk-fieldset" aria-describedby={describedBy === '' ? undefined : describedBy}>
          {legend}{hintText}{carriedText}{errorMessage}
          <div className="nhsuk-radios">
            {step.question.options.map((option, index) => {
              const id = index === 0 ? ANSWER_ID : `${ANSWER_ID}-${option.id}`;
              return (
                <div className="nhsuk-radios__item" key={option.id}>
                  <input
                    className="nhsuk-radios__input" type="radio" name={ANSWER_ID} value={option.id} id={id}
                    checked={value === option.id} onChange={() => { setValue(option.id); }}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>{option.label}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={save}>
        {field}
        <button type="submit" className="nhsuk-button" aria-disabled={saving}>Save and continue</button>
      </form>
    </>
  );
}
