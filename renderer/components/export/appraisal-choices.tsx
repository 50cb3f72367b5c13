import { errorFor, type FieldError } from '../forms/field-errors.ts';
import { TextField } from '../forms/text-field.tsx';
import { CheckboxItem } from './checkbox-item.tsx';
import { FIELD_IDS, type DraftForm } from './draft-form.ts';

interface ChoicesProps {
  form: DraftForm;
  errors: readonly FieldError[];
  change: (changes: Partial<DraftForm>) => void;
}

/** What the summary shows about you, and the time spent for a CPD log. */
export function AppraisalChoices({ form, errors, change }: ChoicesProps): React.JSX.Element {
  return (
    <>
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset" aria-describedby="summary-shows-hint">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What should the summary show?</legend>
          <div className="nhsuk-hint" id="summary-shows-hint">
            Each is left out unless you choose it. Your appraisal portfolio already holds your registration number.
          </div>
          <div className="nhsuk-checkboxes">
            <CheckboxItem
              id={FIELD_IDS.showRegistrationNumber} label="Show my registration number" checked={form.showRegistrationNumber}
              onChange={(checked) => { change({ showRegistrationNumber: checked }); }}
            />
            <CheckboxItem
              id={FIELD_IDS.showHandles} label="Show my account names (handles)" checked={form.showHandles}
              hint="Otherwise the summary names only the platform and whether the account is personal or professional."
              onChange={(checked) => { change({ showHandles: checked }); }}
            />
            <CheckboxItem
              id={FIELD_IDS.appendix} label="Add every item checked (an appendix)" checked={form.appendix}
              hint="Without it, the PDF is two pages and the text is short enough for a portfolio box. With it, the PDF adds a table of every item after the two pages, and the text lists every item."
              onChange={(checked) => { change({ appendix: checked }); }}
            />
          </div>
        </fieldset>
      </div>
      <TextField
        id={FIELD_IDS.timeSpent} label="How long did the audit and your changes take, in minutes? (optional)" width={4} suffix="minutes"
        inputMode="numeric" maxLength={4} hint="For your CPD record. For example, 45."
        value={form.timeSpent} onChange={(value) => { change({ timeSpent: value }); }} error={errorFor(errors, FIELD_IDS.timeSpent)}
      />
    </>
  );
}

/** The declaration the user ticks before the summary can be saved. */
export function Declaration({ form, errors, change }: ChoicesProps): React.JSX.Element {
  const error = errorFor(errors, FIELD_IDS.declarationAccepted);
  return (
    <div className={`nhsuk-form-group${error === undefined ? '' : ' nhsuk-form-group--error'}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={error === undefined ? undefined : `${FIELD_IDS.declarationAccepted}-error`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Declaration</legend>
        {error !== undefined && (
          <span className="nhsuk-error-message" id={`${FIELD_IDS.declarationAccepted}-error`}>
            <span className="nhsuk-u-visually-hidden">Error: </span>{error}
          </span>
        )}
        <div className="nhsuk-checkboxes">
          <CheckboxItem
            id={FIELD_IDS.declarationAccepted} checked={form.declarationAccepted}
            label="This document holds no information that could identify a patient"
            hint="Check your reflection: no names, dates of birth, places or details of a case that someone could recognise."
            onChange={(checked) => { change({ declarationAccepted: checked }); }}
          />
        </div>
      </fieldset>
    </div>
  );
}
