/**
 * "Add a reminder to your calendar" (issue 14): a calendar file for the day the next audit is due,
 * saved through the save dialog, and nothing else: no network, nothing stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SavedReminder } from '../../../main/shared/api-contract.ts';
import { REMINDER_DESCRIPTION, REMINDER_TITLE } from '../../../main/services/reminder-handlers.ts';
import { parseIcs, prop, unescapeText } from '../../support/ics-parse.ts';
import { auditWithAnswer, sampleReport, tempDir } from '../store/store-fixtures.ts';
import { handlerHarness, scriptedEngine, type Harness } from './handler-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
let app: Harness;
let engine: ReturnType<typeof scriptedEngine>;
beforeEach(async () => {
  folder = tempDir();
  engine = scriptedEngine({});
  // The harness's clock: 25 November 2026, 14:00 UTC.
  app = await handlerHarness(folder.dir, engine);
});
afterEach(() => { folder.remove(); });

function savedEvent(): ReturnType<typeof parseIcs> {
  const file = app.saved.at(-1);
  if (file === undefined) throw new Error('nothing saved');
  const [event] = parseIcs(file.content).components;
  if (event === undefined) throw new Error('no event');
  return event;
}

describe('the calendar reminder', () => {
  it('is for the latest audit plus the re-audit interval, saved where the user chose', async () => {
    const older = { ...auditWithAnswer('11111111-2222-4333-8444-555555555555'), report: sampleReport('2026-03-02T09:00:00.000Z') };
    const latest = { ...auditWithAnswer(), report: sampleReport('2026-11-20T09:00:00.000Z') };
    await app.store.update((d) => ({ ...d, history: [latest, older], settings: { ...d.settings, reminderMonths: 6 } }));
    const before = app.fileText();

    const saved = await app.call('settings:saveReminder') as SavedReminder;
    expect(saved).toEqual({ path: `${folder.dir}/saved-report.json`, day: '2027-05-20', overdue: false });
    expect(app.saved.map((f) => f.suggestedName)).toEqual(['chaperone-audit-reminder-2027-05-20.ics']);
    const event = savedEvent();
    expect(prop(event, 'DTSTART')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20270520' });
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe('Chaperone: audit your social media accounts');
    expect(REMINDER_TITLE).toBe('Chaperone: audit your social media accounts');
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).toBe(REMINDER_DESCRIPTION);
    expect(REMINDER_DESCRIPTION).toContain('Open Chaperone on your computer and select "Run an audit".');
    expect(prop(event, 'DTSTAMP').value).toBe('20261125T140000Z');
    expect(prop(event, 'UID').value).toMatch(/^[0-9a-f-]{36}@chaperone\.invalid$/);
    // Nothing stored, nothing asked of the engine (which is what could reach a network).
    expect(app.fileText()).toBe(before);
    expect(engine.calls).toEqual([]);
  });

  it('is for today plus the interval before the first audit', async () => {
    const saved = await app.call('settings:saveReminder') as SavedReminder;
    expect(saved.day).toBe('2027-11-25');
    expect(prop(savedEvent(), 'DTSTART').value).toBe('20271125');
  });

  it('is for tomorrow when the audit is already overdue, and says so', async () => {
    await app.store.update((d) => ({ ...d, history: [{ ...auditWithAnswer(), report: sampleReport('2025-06-01T09:00:00.000Z') }] }));
    expect(await app.call('settings:saveReminder')).toMatchObject({ day: '2026-11-26', overdue: true });
  });

  it('answers null and saves nothing when the user cancels the save dialog', async () => {
    app.answerSaveDialog(null);
    expect(await app.call('settings:saveReminder')).toBeNull();
    expect(app.saved).toEqual([]);
  });

  it('takes no arguments: the renderer cannot choose what goes in the file', async () => {
    await expect(app.call('settings:saveReminder', { day: '1999-01-01', title: 'Something else' })).rejects.toThrow(/takes no arguments/);
    expect(app.saved).toEqual([]);
  });
});
