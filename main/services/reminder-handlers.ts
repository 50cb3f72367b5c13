/** "Add a reminder to your calendar": a calendar file with the next audit's day, saved where the user says. */
import { buildCalendar } from '../engine/calendar/ics.ts';
import { dayIso, nextAuditDay } from '../shared/next-audit.ts';
import type { HandlerDeps } from './deps.ts';
import type { Handlers } from './handler-table.ts';

export const REMINDER_TITLE = 'Chaperone: audit your social media accounts';
export const REMINDER_DESCRIPTION = 'It is time to check your social media accounts again. Open Chaperone on your computer and select "Run an audit". '
  + 'It reads the privacy, visibility and identity settings of each account you added, and holds them against your professional guidance. '
  + 'Platforms change their settings, so a yearly check catches anything that has slipped.';
/** The alarm, where the calendar keeps one: 9am on the day. */
const ALARM_HOURS = 9;

export function reminderHandlers(deps: HandlerDeps): Pick<Handlers, 'settings:saveReminder'> {
  return {
    'settings:saveReminder': async () => {
      const { history, settings } = deps.store.read();
      const latest = history.map((a) => a.report.audit.startedAt).sort().at(-1) ?? null;
      const now = deps.now();
      const { day, overdue } = nextAuditDay(latest, settings.reminderMonths, now);
      const text = buildCalendar({
        stamp: now,
        events: [{ uid: `${deps.newId()}@chaperone.invalid`, day, title: REMINDER_TITLE, description: REMINDER_DESCRIPTION, alarmHoursIntoDay: ALARM_HOURS }],
      });
      const path = await deps.saveFile(`chaperone-audit-reminder-${dayIso(day)}.ics`, text);
      return path === null ? null : { path, day: dayIso(day), overdue };
    },
  };
}
