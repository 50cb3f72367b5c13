/**
 * Errors the browser layer throws. Each message is written for the user, in plain words;
 * the technical detail stays in `cause`.
 */

/** No usable browser: none installed, or the path the user chose does not exist. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

/** The browser was found but would not start. */
export class BrowserLaunchError extends Error {
  override readonly name = 'BrowserLaunchError';
  readonly executablePath: string;

  constructor(executablePath: string, cause: unknown) {
    super(
      `Chaperone could not start the browser at ${executablePath}` +
        `${reasonOf(cause)}. Check that this browser opens normally on its own, close any ` +
        'Chaperone sign-in window that is still open, or choose another browser with --browser <path>.',
      { cause },
    );
    this.executablePath = executablePath;
  }
}

/** Another browser process is using this account's profile right now. */
export class ProfileInUseError extends Error {
  override readonly name = 'ProfileInUseError';
  readonly profileDir: string;

  constructor(profileDir: string) {
    super("This account's browser window is still open; close it and try again.");
    this.profileDir = profileDir;
  }
}

/** A profile directory Chaperone must not use (an everyday browser profile, or a bad account id). */
export class ProfileDirError extends Error {
  override readonly name = 'ProfileDirError';
}

/** The first line of the original error, short enough to show to a user. */
function reasonOf(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  const firstLine = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  if (firstLine === '') return '';
  return ` (${firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine})`;
}
