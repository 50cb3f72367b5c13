import type { ReactNode } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: ReactNode;
}

export interface RadioGroupProps<T extends string> {
  /** Also the id of the first radio, which the error summary links to. */
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly RadioOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
}

/** Radios in a fieldset with a legend, hint and error message, as the design system lays them out. */
export function RadioGroup<T extends string>(props: RadioGroupProps<T>): React.JSX.Element {
  const { name, legend, hint, error, options, value, onChange } = props;
  const describedBy = [hint === undefined ? '' : `${name}-hint`, error === undefined ? '' : `${name}-error`].filter((s) => s !== '').join(' ');
  return (
    <div className={`nhsuk-form-group${error === undefined ? '' : ' nhsuk-form-group--error'}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy === '' ? undefined : describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint !== undefined && <div className="nhsuk-hint" id={`${name}-hint`}>{hint}</div>}
        {error !== undefined && (
          <span className="nhsuk-error-message" id={`${name}-error`}><span className="nhsuk-u-visually-hidden">Error: </span>{error}</span>
        )}
        <div className="nhsuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${String(index + 1)}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input" id={id} name={name} type="radio" value={option.value}
                  checked={value === option.value} onChange={() => { onChange(option.value); }}
                  aria-describedby={option.hint === undefined ? undefined : `${id}-item-hint`}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>{option.label}</label>
                {option.hint !== undefined && <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-item-hint`}>{option.hint}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
