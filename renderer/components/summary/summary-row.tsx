import type { ReactNode } from 'react';
import type { Route } from '../../routes.ts';
import { AppLink } from '../link-button.tsx';

/**
 * One row of a summary list, with a "Change" link when the value can be changed. Every Change
 * link looks the same; its hidden words say what it changes, so a screen reader's list of links
 * reads "Change your name", "Change what Clinic X is used for".
 */
export function SummaryRow({ name, children, change }: {
  name: string;
  children: ReactNode;
  change?: { to: Route; what: string };
}): React.JSX.Element {
  return (
    <div className={`nhsuk-summary-list__row${change === undefined ? ' nhsuk-summary-list__row--no-actions' : ''}`}>
      <dt className="nhsuk-summary-list__key">{name}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
      {change !== undefined && (
        <dd className="nhsuk-summary-list__actions">
          <AppLink to={change.to}>Change<span className="nhsuk-u-visually-hidden"> {change.what}</span></AppLink>
        </dd>
      )}
    </div>
  );
}
