import { useState } from 'react';
import type { Answer, ManualAnswer, StoredAudit } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import type { ItemReport } from '../results/audit-facts.ts';
import { dateTimeText } from '../../dates.ts';

const ANSWERS = ['yes', 'no', 'not-applicable'] as const satisfies readonly Answer[];

export const ANSWER_LABEL: Record<Answer, string> = { yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable' };

export const CHOOSE_AN_ANSWER = 'Choose yes, no or not applicable';

function savedText(answer: ManualAnswer | null): string {
  return answer === null ? '' : `Saved: ${ANSWER_LABEL[answer.answer]}, on ${dateTimeText(answer.answeredAt)}.`;
}

/**
 * One question: yes / no / not applicable and an optional note, saved on its own. An error
 * (no answer chosen, or the save failed) is shown here and in the page's error summary.
 */
export function QuestionForm({ auditId, accountId, item, saved, idPrefix, error, onError, onSaved }: {
  auditId: string; accountId: string; item: ItemReport; saved: ManualAnswer | null; idPrefix: string;
  error: string | null; onError: (message: string | null) => void; onSaved: (audit: StoredAudit) => void;
}): React.JSX.Element {
  const [answer, setAnswer] = useState<Answer | null>(saved?.answer ?? null);
  const [note, setNote] = useState(saved?.note ?? '');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState(savedText(saved));

  const save = (event: React.SyntheticEvent): void => {
    event.preventDefault();
    if (saving) return;
    if (answer === null) { onError(CHOOSE_AN_ANSWER); return; }
    setSaving(true);
    setStatus('Saving…');
    chaperone().history.answer({ auditId, accountId, itemId: item.itemId, answer, note }).then(
      (updated) => {
        onError(null);
        const stored = updated.answers.find((a) => a.accountId === accountId && a.itemId === item.itemId) ?? null;
        setStatus(savedText(stored));
        onSaved(updated);
      },
      (failure: unknown) => { setStatus(''); onError(`Your answer was not saved: ${errorText(failure)}`); },
    ).finally(() => { setSaving(false); });
  };

  const describedBy = [`${idPrefix}-hint`, ...(error === null ? [] : [`${idPrefix}-error`])].join(' ');
  return (
    <form className="app-question" noValidate onSubmit={save}>
      <div className={`nhsuk-form-group${error === null ? '' : ' nhsuk-form-group--error'}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{item.question}</legend>
          <div className="nhsuk-hint" id={`${idPrefix}-hint`}>{item.why}</div>
          {error !== null && (
            <span className="nhsuk-error-message" id={`${idPrefix}-error`}>
              <span className="nhsuk-u-visually-hidden">Error: </span>{error}
            </span>
          )}
          <div className="nhsuk-radios nhsuk-radios--inline">
            {ANSWERS.map((value, index) => (
              <div className="nhsuk-radios__item" key={value}>
                <input
                  className="nhsuk-radios__input" type="radio" name={`${idPrefix}-answer`} value={value}
                  id={index === 0 ? `${idPrefix}-answer` : `${idPrefix}-answer-${value}`}
                  checked={answer === value} onChange={() => { setAnswer(value); }}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={index === 0 ? `${idPrefix}-answer` : `${idPrefix}-answer-${value}`}>
                  {ANSWER_LABEL[value]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${idPrefix}-note`}>Note (optional)</label>
        <div className="nhsuk-hint" id={`${idPrefix}-note-hint`}>For example, what you checked or who you asked. It is kept with this audit.</div>
        <textarea
          className="nhsuk-textarea" id={`${idPrefix}-note`} rows={2} aria-describedby={`${idPrefix}-note-hint`}
          value={note} onChange={(event) => { setNote(event.target.value); }}
        />
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2">
        Save answer<span className="nhsuk-u-visually-hidden">: {item.question}</span>
      </button>
      <p className="nhsuk-body-s app-live" role="status" aria-live="polite">{status}</p>
    </form>
  );
}
