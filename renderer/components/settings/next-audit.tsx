import { addMonths } from '../../../main/shared/next-audit.ts';
import { longDate } from '../../dates.ts';
import { CalendarReminderButton } from './calendar-reminder.tsx';

/** When the next audit is due (the latest audit plus the interval saved above), and the calendar reminder. */
export function NextAudit({ latestAuditAt, months }: { latestAuditAt: string | null; months: number }): React.JSX.Element {
  const interval = months === 1 ? 'a month' : `${String(months)} months`;
  let when = `You have not run an audit yet. A reminder would be for ${interval} from today.`;
  if (latestAuditAt !== null) {
    const due = addMonths(new Date(latestAuditAt), months);
    const verb = due.getTime() < Date.now() ? 'was' : 'is';
    when = `Your next audit ${verb} due on ${longDate(due.toISOString())}, ${interval} after your last one on ${longDate(latestAuditAt)}.`;
  }
  return (
    <>
      <h3 className="nhsuk-heading-s">Your next audit</h3>
      <p className="nhsuk-body">{when}</p>
      <p className="nhsuk-body">
        Chaperone reminds you on its Home page when it is time. To be reminded in your own calendar too, save a
        calendar file and open it. Chaperone does not send it anywhere.
      </p>
      <CalendarReminderButton />
    </>
  );
}
