import { useState } from 'react';
import { EMPTY_APPRAISAL_DRAFT, type AppraisalFormat, type StoredAudit } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { errorFor, type FieldError } from '../forms/field-errors.ts';
import { AppraisalChoices, Declaration } from './appraisal-choices.tsx';
import { draftFromForm, FIELD_IDS, formFromDraft, REFLECTION_MAX, type DraftForm } from './draft-form.ts';
import { REFLECTION_PARTS, REFLECTION_PROMPTS } from '../../../main/shared/reflection-prompts.ts';
import { FINGERPRINT_LIMITS } from '../../../main/shared/seal-words.ts';
import { SummaryPreview } from './summary-preview.tsx';
import { TextareaField } from './textarea-field.tsx';

type Status = { state: 'idle' } | { state: 'busy'; what: string } | { state: 'done'; message: string; path?: string };

/** The other formats, offered as secondary buttons beside the one primary "Save PDF". */
function otherFormats(appendix: boolean): readonly { format: AppraisalFormat; label: string }[] {
  return [{ format: 'text', label: appendix ? 'Save the full text' : 'Save the short text' }, { format: 'json', label: 'Save as JSON' }];
}

/** The reflection the user writes, their choices and the declaration; saved as a draft or exported as a file. */
export function AppraisalForm({ audit }: { audit: StoredAudit }): React.JSX.Element {
  const [form, setForm] = useState<DraftForm>(() => formFromDraft(audit.appraisal ?? EMPTY_APPRAISAL_DRAFT));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const change = (changes: Partial<DraftForm>): void => { setForm((f) => ({ ...f, ...changes })); };
  const checked = draftFromForm(form, false);
  const preview = 'draft' in checked ? checked.draft : null;

  /** Saves the draft first, so the file says what the screen shows. */
  const run = async (format: AppraisalFormat | null): Promise<void> => {
    if (status.state === 'busy') return;
    const checked = draftFromForm(form, format !== null);
    if ('errors' in checked) { setErrors(checked.errors); setStatus({ state: 'idle' }); return; }
    setErrors([]);
    setStatus({ state: 'busy', what: format === null ? 'Saving your draft…' : 'Making the summary. Then choose where to save it…' });
    try {
      await chaperone().report.saveAppraisalDraft({ auditId: audit.id, draft: checked.draft });
      if (format === null) { setStatus({ state: 'done', message: 'Your draft is saved. You can come back to it later.' }); return; }
      const saved = await chaperone().report.exportAppraisal({ auditId: audit.id, format });
      setStatus(saved === null ? { state: 'idle' } : { state: 'done', message: 'Saved to', path: saved.path });
    } catch (error) {
      setStatus({ state: 'idle' });
      setErrors([{ target: null, message: errorText(error) }]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); void run(null); }} aria-labelledby="appraisal-heading">
      <h2 className="nhsuk-heading-m" id="appraisal-heading">Your appraisal summary</h2>
      <p className="nhsuk-body">
        The summary sets out what you checked, what you found and changed, and what is still to do. Add a short reflection in your own
        words. Chaperone offers prompts but does not write it for you.
      </p>
      <ErrorSummary errors={errors} />
      <h3 className="nhsuk-heading-s">Your reflection</h3>
      {REFLECTION_PARTS.map((part) => (
        <TextareaField
          key={part} id={FIELD_IDS[part]} label={REFLECTION_PROMPTS[part].heading} hint={REFLECTION_PROMPTS[part].prompt} maxLength={REFLECTION_MAX}
          value={form[part]} onChange={(value) => { change({ [part]: value }); }} error={errorFor(errors, FIELD_IDS[part])}
        />
      ))}
      <AppraisalChoices form={form} errors={errors} change={change} />
      <Declaration form={form} errors={errors} change={change} />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" aria-disabled={status.state === 'busy'}>Save draft</button>
      <SummaryPreview auditId={audit.id} draft={preview} />
      <h3 className="nhsuk-heading-s">Save the summary</h3>
      <p className="nhsuk-body">
        Upload the PDF to your appraisal portfolio: {form.appendix ? 'two pages, then the appendix with every item' : 'two pages'}. Paste the text into a reflection
        box. Keep the JSON file as a full record of every item. Each file is sealed with a fingerprint. {FINGERPRINT_LIMITS}
      </p>
      <div className="nhsuk-button-group">
        <button className="nhsuk-button" type="button" aria-disabled={status.state === 'busy'} onClick={() => { void run('pdf'); }}>
          Save PDF
        </button>
        {otherFormats(form.appendix).map(({ format, label }) => (
          <button key={format} className="nhsuk-button nhsuk-button--secondary" type="button" aria-disabled={status.state === 'busy'} onClick={() => { void run(format); }}>
            {label}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {status.state === 'busy' && <p className="nhsuk-body">{status.what}</p>}
        {status.state === 'done' && (
          <p className="nhsuk-body">
            {status.message}{status.path !== undefined && <> <span className="nhsuk-u-font-weight-bold app-file-path">{status.path}</span></>}
          </p>
        )}
      </div>
    </form>
  );
}
