import type { ReactNode } from 'react';

export interface TextFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** The design system's widths, in characters. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  /** Words after the box, e.g. "months" (hidden from screen readers: the label must say it too). */
  suffix?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric';
  maxLength?: number;
  spellCheck?: boolean;
}

/** A labelled text input with its hint and error message, as the design system lays them out. */
export function TextField(props: TextFieldProps): React.JSX.Element {
  const { id, label, hint, error, value, onChange, width, suffix } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId].filter((s) => s !== '').join(' ');
  const input = (
    <input
      className={`nhsuk-input${width === undefined ? '' : ` nhsuk-input--width-${String(width)}`}${error === undefined ? '' : ' nhsuk-input--error'}`}
      id={id} name={id} type="text" value={value}
      onChange={(event) => { onChange(event.target.value); }}
      aria-describedby={describedBy === '' ? undefined : describedBy}
      autoComplete={props.autoComplete ?? 'off'} inputMode={props.inputMode} maxLength={props.maxLength} spellCheck={props.spellCheck}
    />
  );
  return (
    <div className={`nhsuk-form-group${error === undefined ? '' : ' nhsuk-form-group--error'}`}>
      <label className="nhsuk-label" htmlFor={id}>{label}</label>
      {hint !== undefined && <div className="nhsuk-hint" id={hintId}>{hint}</div>}
      {error !== undefined && (
        <span className="nhsuk-error-message" id={errorId}><span className="nhsuk-u-visually-hidden">Error: </span>{error}</span>
      )}
      {suffix === undefined ? input : (
        <div className="nhsuk-input-wrapper">
          {input}
          <div className="nhsuk-input-wrapper__suffix" aria-hidden="true">{suffix}</div>
        </div>
      )}
    </div>
  );
}
