import { useRef } from 'react';

/** The plain-text summary in a read-only box the user can select and copy from. */
export function CopySummary({ text }: { text: string }): React.JSX.Element {
  const box = useRef<HTMLTextAreaElement>(null);
  const lines = text.split('\n').length;
  return (
    <section aria-labelledby="summary-heading">
      <h2 className="nhsuk-heading-m" id="summary-heading">Copy a summary</h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="audit-summary-text">Summary of this audit</label>
        <div className="nhsuk-hint" id="audit-summary-text-hint">
          Plain text you can paste into your portfolio or reflective account. It does not include your registration number or your account handles.
        </div>
        <textarea
          className="nhsuk-textarea app-export-summary" id="audit-summary-text" aria-describedby="audit-summary-text-hint"
          readOnly value={text} rows={Math.min(24, Math.max(8, lines))} ref={box} spellCheck={false}
        />
      </div>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => { box.current?.focus(); box.current?.select(); }}>
        Select all the summary
      </button>
      <p className="nhsuk-body-s">Then copy it with Ctrl+C (Cmd+C on a Mac).</p>
    </section>
  );
}
