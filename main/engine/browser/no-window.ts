/**
 * Telling apart "the person closed the sign-in window" from "no window ever opened": on Linux
 * without a display, or when the browser stops at once with an error, the sign-in must fail
 * rather than report a signed-in profile that was never signed in.
 */
import { BrowserLaunchError } from './errors.ts';

/** A browser that stops this soon after starting, with an error, never showed a usable window. */
export const EARLY_EXIT_MS = 2000;

export class NoWindowError extends BrowserLaunchError {
  constructor(executablePath: string, why: string) {
    super(executablePath, why);
    this.message = `No window could be opened: ${why}`;
  }
}

/** Why no window can open here, before trying; null when one can (or the window is headless, as in tests). */
export function noDisplayReason(
  args: readonly string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform,
  advice = 'Run the sign-in from your desktop session, not over SSH or in a text console.',
): string | null {
  if (platform === 'darwin' || platform === 'win32') return null;
  if (args.some((arg) => /^--headless(=|$)/.test(arg))) return null;
  if ((env.DISPLAY ?? '') !== '' || (env.WAYLAND_DISPLAY ?? '') !== '') return null;
  return 'this session has no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the browser has nowhere to show ' +
    `its window. ${advice}`;
}

/** Why an exit means no window opened; null when it looks like the person closing it. */
export function earlyExitReason(
  exit: { exitCode: number | null; signal: NodeJS.Signals | null }, elapsedMs: number, lastError: string,
): string | null {
  if (elapsedMs >= EARLY_EXIT_MS || exit.exitCode === 0) return null;
  const how = exit.exitCode === null ? `was stopped (${exit.signal ?? 'no signal'})` : `stopped at once with exit code ${exit.exitCode}`;
  const said = lastError === '' ? '' : `; it said: ${lastError}`;
  return `the browser ${how}${said}. Check that it opens normally on its own, or choose another with --browser <path>.`;
}

/** The last line of the browser's error output worth showing: Chromium's "[pid:tid:ERROR:file] " prefix removed, shortened. */
export function lastErrorLine(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.replace(/^\[[^\]]*\]\s*/, '').trim()).filter((line) => line !== '');
  const line = lines.at(-1) ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
