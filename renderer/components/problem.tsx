import type { ReactNode } from 'react';

/** A failure the user must see: the design system's error summary, announced at once. */
export function Problem({ title = 'There is a problem', children }: { title?: string; children: ReactNode }): React.JSX.Element {
  return (
    <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
      <h2 className="nhsuk-error-summary__title">{title}</h2>
      <div className="nhsuk-error-summary__body">{children}</div>
    </div>
  );
}
