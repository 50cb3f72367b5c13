import { useEffect, useRef, useState } from 'react';
import { answerChoices, answerShowsRisk } from '../../../main/shared/answer-words.ts';
import type { Answer, PreviousAnswer, StoredAudit } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldError } from '../forms/field-errors.ts';
import type { AuditQuestion } from '../results/audit-facts.ts';
import { accountName } from '../results/audit-facts.ts';
import { youSaid } from './carried.ts';

export const CHOOSE_AN_ANSWER = 'Choose an answer, or skip this question for now';

const ANSWER_ID = 'answer';

/**
 * One question on its own page: the question is the page heading (the fieldset's legend), its
 * why the hint, the choices in the question's own words, an optional note, "Save and continue".
 * An answer from an earlier audit is filled in and asked about ("Still true?"); it is saved in
 * this audit only when the person saves. Choosing nothing is an error here and in the summary.
 */
export function QuestionForm({ auditId, question, number, total, carried, onSaved }: {
  auditId: string; question: AuditQuestion; number: number; total: number; carried: PreviousAnswer | null;
  onSaved: (audit: StoredAudit, showsRisk: boolean) => void;
}): React.JSX.Element {
  const { item, accountId, answer: saved } = question;
  const [answer, setAnswer] = useState<Answer | null>(saved?.answer ?? carried?.answer ?? null);
  const [note, setNote] = useState(saved?.note ?? carried?.note ?? '');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = item.question ?? item.title;
  useEffect(() => {
    heading.current?.focus();
    document.title = `Question ${String(number)} of ${String(total)} – Chaperone`;
  }, [number, total]);

  const save = (event: React.SyntheticEvent): void => {
    event.preventDefault();
    if (saving) return;
    if (answer === null) { setErrors([{ target: ANSWER_ID, message: CHOOSE_AN_ANSWER }]); return; }
    setSaving(true);
    chaperone().history.answer({ auditId, accountId, itemId: item.itemId, answer, note }).then(
      (updated) => { onSaved(updated, answerShowsRisk(item, answer)); },
      (failure: unknown) => { setErrors([{ target: null, message: `Your answer was not saved: ${errorText(failure)}` }]); setSaving(false); },
    );
  };

  const choiceError = errors.find((e) => e.target === ANSWER_ID)?.message;
  const describedBy = ['answer-hint', carried === null ? '' : 'answer-carried', choiceError === undefined ? '' : 'answer-error'].filter((s) => s !== '').join(' ');
  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={save}>
        <div className={`nhsuk-form-group${choiceError === undefined ? '' : ' nhsuk-form-group--error'}`}>
          <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
              <h1 className="nhsuk-fieldset__heading" tabIndex={-1} ref={heading}>
                <span className="nhsuk-caption-l">
                  Question {number} of {total}: {question.account === null ? 'all your accounts' : accountName(question.account)}
                  <span className="nhsuk-u-visually-hidden"> – </span>
                </span>
                {text}
              </h1>
            </legend>
            <div className="nhsuk-hint" id="answer-hint">{item.why}</div>
            {carried !== null && (
              <div className="nhsuk-inset-text app-carried" id="answer-carried">
                <p>{youSaid(question, carried)}. Still true?</p>
              </div>
            )}
            {choiceError !== undefined && (
              <span className="nhsuk-error-message" id="answer-error"><span className="nhsuk-u-visually-hidden">Error: </span>{choiceError}</span>
            )}
            <div className="nhsuk-radios">
              {answerChoices(item).map((choice, index) => {
                const id = index === 0 ? ANSWER_ID : `${ANSWER_ID}-${choice.value}`;
                return (
                  <div className="nhsuk-radios__item" key={choice.value}>
                    <input
                      className="nhsuk-radios__input" type="radio" name="answer" value={choice.value} id={id}
                      checked={answer === choice.value} onChange={() => { setAnswer(choice.value); }}
                    />
                    <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>{choice.label}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="answer-note">Note (optional)</label>
          <div className="nhsuk-hint" id="answer-note-hint">For example, what you checked or who you asked. It is kept with this audit.</div>
          <textarea
            className="nhsuk-textarea" id="answer-note" rows={3} aria-describedby="answer-note-hint" maxLength={2000}
            value={note} onChange={(event) => { setNote(event.target.value); }}
          />
        </div>
        <button type="submit" className="nhsuk-button" aria-disabled={saving}>Save and continue</button>
      </form>
    </>
  );
}
