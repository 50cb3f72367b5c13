/** --show-browser: a visible window needs a display; without one, say so before anything starts. */
import { noDisplayReason, NoWindowError } from '../engine/browser/no-window.ts';

export function assertWindowCanShow(
  executablePath: string, browserArgs: readonly string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform,
): void {
  const why = noDisplayReason(browserArgs, env, platform,
    'Run Chaperone from your desktop session, not over SSH or in a text console, or leave out --show-browser.');
  if (why !== null) throw new NoWindowError(executablePath, why);
}
