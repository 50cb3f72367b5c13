/** A labelled textarea with its hint and error message, as the design system lays them out. */
export interface TextareaFieldProps {
  id: string;
  label: string;
  hint: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
}

export function TextareaField({ id, label, hint, error, value, onChange, maxLength }: TextareaFieldProps): React.JSX.Element {
  const describedBy = [`${id}-hint`, error === undefined ? '' : `${id}-error`].filter((s) => s !== '').join(' ');
  return (
    <div className={`nhsuk-form-group${error === undefined ? '' : ' nhsuk-form-group--error'}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>{label}</label>
      <div className="nhsuk-hint" id={`${id}-hint`}>{hint}</div>
      {error !== undefined && (
        <span className="nhsuk-error-message" id={`${id}-error`}><span className="nhsuk-u-visually-hidden">Error: </span>{error}</span>
      )}
      <textarea
        className={`nhsuk-textarea${error === undefined ? '' : ' nhsuk-textarea--error'}`} id={id} name={id} rows={5}
        value={value} onChange={(event) => { onChange(event.target.value); }} aria-describedby={describedBy} maxLength={maxLength}
      />
    </div>
  );
}
