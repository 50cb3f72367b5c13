import { useEffect, useRef } from 'react';
import { Problem } from '../problem.tsx';
import type { FieldError } from './field-errors.ts';

/** Moves focus to a control named in the summary (the design system's JavaScript does this on the web). */
function focusControl(id: string): void {
  const control = document.getElementById(id);
  control?.focus();
  control?.closest('.nhsuk-form-group')?.scrollIntoView({ block: 'start' });
}

/**
 * The error summary of a form: each problem links to its control. It takes focus whenever a new
 * set of errors arrives, so pass the errors as state (a new array means new errors).
 */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }): React.JSX.Element | null {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('.nhsuk-error-summary')?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={box}>
      <Problem>
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.target ?? ''}${error.message}`}>
              {error.target === null ? error.message : (
                <a href={`#${error.target}`} onClick={(event) => { event.preventDefault(); if (error.target !== null) focusControl(error.target); }}>
                  {error.message}
                </a>
              )}
            </li>
          ))}
        </ul>
      </Problem>
    </div>
  );
}
