import { longDate } from '../../dates.ts';
import { useNavigation } from '../../hooks/navigation.ts';
import { CalendarReminderButton } from '../settings/calendar-reminder.tsx';
import { WarningCallout } from './warning-callout.tsx';

/**
 * Shown when the last audit is older than the reminder interval the user chose: run one now (when
 * a browser and an account are there to run it with), or put it in the calendar.
 */
export function AuditReminder({ lastAuditAt, months, canRun }: { lastAuditAt: string; months: number; canRun: boolean }): React.JSX.Element {
  const { navigate } = useNavigation();
  return (
    <WarningCallout heading="It is time for a new audit">
      <p className="nhsuk-card__description nhsuk-u-margin-bottom-4">
        Your last audit was on {longDate(lastAuditAt)}, more than {months === 1 ? 'a month' : `${String(months)} months`} ago.
        Platforms change their settings, so run an audit to check that nothing has slipped.
      </p>
      <CalendarReminderButton alongside={canRun && (
        <button className="nhsuk-button" type="button" onClick={() => { navigate({ name: 'run' }); }}>Run an audit</button>
      )} />
    </WarningCallout>
  );
}
