import { longDate } from '../../dates.ts';
import { WarningCallout } from './warning-callout.tsx';

/** Shown when the last audit is older than the reminder interval the user chose. */
export function AuditReminder({ lastAuditAt, months }: { lastAuditAt: string; months: number }): React.JSX.Element {
  return (
    <WarningCallout heading="It is time for a new audit">
      <p className="nhsuk-card__description">
        Your last audit was on {longDate(lastAuditAt)}, more than {months === 1 ? 'a month' : `${String(months)} months`} ago.
        Platforms change their settings, so run an audit to check that nothing has slipped.
      </p>
    </WarningCallout>
  );
}
