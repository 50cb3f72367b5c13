/**
 * The words a failed request replies with. The engine's own errors are already written for the
 * user (see browser/errors.ts, checklist/model.ts); this only adds what the CLI adds around them,
 * so the app and the command line say the same thing.
 */
import { BrowserLaunchError, BrowserNotFoundError, ProfileDirError, ProfileInUseError } from '../browser/errors.ts';
import { ChecklistError } from '../checklist/model.ts';

/** An error whose message is already meant for the user. */
export class EngineRequestError extends Error {
  override readonly name = 'EngineRequestError';
}

export function userMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ChecklistError) return `A checklist file is broken, so nothing was audited. ${message}`;
  if (error instanceof BrowserNotFoundError || error instanceof BrowserLaunchError
    || error instanceof ProfileInUseError || error instanceof ProfileDirError || error instanceof EngineRequestError) {
    return message;
  }
  if (isFileError(error)) return `Chaperone could not write or read a file: ${message}`;
  const firstLine = message.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 300) ?? 'no detail';
  return `Something unexpected went wrong in the audit engine (${firstLine}).`;
}

/** A failed file operation (Node's errors carry a code such as ENOENT and the path). */
export function isFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code)
    && 'path' in error;
}
