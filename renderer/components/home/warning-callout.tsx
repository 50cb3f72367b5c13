import type { ReactNode } from 'react';

/** The design system's warning callout: something the user should know before going on. */
export function WarningCallout({ heading, children }: { heading: string; children: ReactNode }): React.JSX.Element {
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">Important: </span>{heading}
        </h2>
        {children}
      </div>
    </div>
  );
}
