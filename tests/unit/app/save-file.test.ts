/** "Save the report" in the app: the system save dialog starts in Documents with the suggested name, and Cancel writes nothing. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import { saveFileWithDialog } from '../../../main/app/save-file.ts';

let documents: string;
beforeEach(() => { documents = mkdtempSync(join(tmpdir(), 'chaperone-documents-')); });
afterEach(() => { rmSync(documents, { recursive: true, force: true }); });

function dialogAnswering(answer: { canceled: boolean; filePath: string }): { asked: SaveDialogOptions[]; save: ReturnType<typeof saveFileWithDialog> } {
  const asked: SaveDialogOptions[] = [];
  const save = saveFileWithDialog({
    showSaveDialog: (options) => { asked.push(options); return Promise.resolve(answer); },
    documentsDir: () => documents,
  });
  return { asked, save };
}

describe('saving a file through the save dialog', () => {
  it('suggests the name in the Documents folder, offers JSON files, and writes where the user chose', async () => {
    const chosen = join(documents, 'my appraisal.json');
    const { asked, save } = dialogAnswering({ canceled: false, filePath: chosen });
    expect(await save('chaperone-audit-2026-11-25.json', '{"kind":"chaperone-audit"}\n')).toBe(chosen);
    expect(asked).toEqual([expect.objectContaining({
      defaultPath: join(documents, 'chaperone-audit-2026-11-25.json'), filters: [{ name: 'JSON file', extensions: ['json'] }],
    })]);
    expect(readFileSync(chosen, 'utf8')).toBe('{"kind":"chaperone-audit"}\n');
  });

  it('calls a calendar file a calendar reminder and offers ICS files', async () => {
    const chosen = join(documents, 'reminder.ics');
    const { asked, save } = dialogAnswering({ canceled: false, filePath: chosen });
    await save('chaperone-audit-reminder-2027-11-25.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(asked).toEqual([expect.objectContaining({ title: 'Save the calendar reminder', filters: [{ name: 'ICS file', extensions: ['ics'] }] })]);
    // CRLF line endings are written as they are.
    expect(readFileSync(chosen, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('answers null and writes nothing when the user cancels', async () => {
    const { save } = dialogAnswering({ canceled: true, filePath: '' });
    expect(await save('chaperone-audit-2026-11-25.json', '{}')).toBeNull();
    expect(readdirSync(documents)).toEqual([]);
  });

  it('writes the file for its owner only, and a failed save leaves the file that was there whole', async () => {
    const chosen = join(documents, 'audit.json');
    writeFileSync(chosen, 'the previous report\n', { mode: 0o644 });
    await dialogAnswering({ canceled: false, filePath: chosen }).save('chaperone-audit.json', '{"kind":"chaperone-audit"}\n');
    expect(statSync(chosen).mode & 0o777).toBe(0o600);
    const folder = join(documents, 'a folder.json');
    mkdirSync(folder);
    await expect(dialogAnswering({ canceled: false, filePath: folder }).save('chaperone-audit.json', '{}'))
      .rejects.toThrow(`Could not write ${folder}: it is a folder, not a file.`);
    expect(readdirSync(documents).sort()).toEqual(['a folder.json', 'audit.json']);
  });
});
