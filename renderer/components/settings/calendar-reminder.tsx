import { useState, type ReactNode } from 'react';
import type { SavedReminder } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { longDate } from '../../dates.ts';
import { errorText } from '../../hooks/use-async.ts';

type Outcome = { saved: SavedReminder } | { cancelled: true } | { problem: string };

/**
 * "Add a reminder to your calendar": saves a calendar file with the next audit's day where the
 * user chooses; they open it to add it to their own calendar. Nothing is sent anywhere.
 */
export function CalendarReminderButton({ alongside }: {
  /** Buttons to show before this one, in the same group (Home's "Run an audit"). */
  alongside?: ReactNode;
}): React.JSX.Element {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const saved = await chaperone().settings.saveReminder();
      setOutcome(saved === null ? { cancelled: true } : { saved });
    } catch (error) {
      setOutcome({ problem: errorText(error) });
    }
    setBusy(false);
  };

  return (
    <>
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-2">
        {alongside}
        <button className="nhsuk-button nhsuk-button--secondary" type="button" disabled={busy} onClick={() => { void save(); }}>
          Add a reminder to your calendar
        </button>
      </div>
      <div role="status">
        {outcome !== null && 'saved' in outcome && (
          <div className="nhsuk-inset-text nhsuk-u-margin-top-0 nhsuk-u-margin-bottom-4">
            <p className="nhsuk-body">
              {outcome.saved.overdue ? 'Your audit is already due, so the reminder is for tomorrow, ' : 'Chaperone saved a reminder for '}
              {longDate(`${outcome.saved.day}T12:00:00`)}, in this file:
            </p>
            <p className="nhsuk-body app-file-path">{outcome.saved.path}</p>
            <p className="nhsuk-body">Open the file to add the reminder to your calendar. Chaperone did not send it anywhere.</p>
          </div>
        )}
        {outcome !== null && 'cancelled' in outcome && <p className="nhsuk-body">You did not save a reminder.</p>}
      </div>
      {outcome !== null && 'problem' in outcome && (
        <p className="nhsuk-error-message" role="alert"><span className="nhsuk-u-visually-hidden">Error: </span>{outcome.problem}</p>
      )}
    </>
  );
}
