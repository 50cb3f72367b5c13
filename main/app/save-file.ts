/** "Save the report": the system's save dialog, starting in the user's Documents folder, then the file written there. */
import { join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { writeFileSafely } from '../engine/files/write-file-safely.ts';

export interface SaveFileOptions {
  /** Electron's dialog.showSaveDialog, attached to the window when there is one. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  documentsDir: () => string;
}

function dialogTitle(suggestedName: string): string {
  if (suggestedName.endsWith('.ics')) return 'Save the calendar reminder';
  return /^chaperone-appraisal-/.test(suggestedName) ? 'Save the appraisal summary' : 'Save the audit report';
}

/** Resolves with the path written, or null when the user cancelled. */
export function saveFileWithDialog(options: SaveFileOptions): (suggestedName: string, content: string | Uint8Array) => Promise<string | null> {
  return async (suggestedName, content) => {
    const extension = /\.([a-z0-9]+)$/i.exec(suggestedName)?.[1];
    const { canceled, filePath } = await options.showSaveDialog({
      title: dialogTitle(suggestedName),
      defaultPath: join(options.documentsDir(), suggestedName),
      filters: extension === undefined ? [] : [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || filePath === '') return null;
    // Text as UTF-8; bytes (the PDF) exactly as they are; a failed write leaves the old file whole.
    await writeFileSafely(filePath, content);
    return filePath;
  };
}
