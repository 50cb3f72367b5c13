import { isAppUrl } from './navigation.ts';

/** The part of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Whether an IPC sender is the app's own top-level page (checklist 17); dev passes the dev server origin. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  // A missing frame (navigated away or destroyed), any subframe and any other origin are untrusted.
  try {
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url, appOrigin);
  } catch {
    // Electron throws when a disposed frame is read.
    return false;
  }
}
