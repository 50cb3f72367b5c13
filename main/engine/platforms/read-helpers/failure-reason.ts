import type { SessionState, UnreadReason } from '../../types.ts';

export interface Failure {
  reason: UnreadReason;
  /** Plain words, safe to show: never the raw error text (it may hold URLs with tokens). */
  detail: string;
}

/** A session that cannot be read, and the reason every setting then carries. */
export interface SessionProblem extends Failure {
  state: Exclude<SessionState, 'signed-in'>;
}

/** Why a step threw, told apart well enough for the user to know what to do. */
export function reasonForFailure(error: unknown, runSignal: AbortSignal, platformName: string): Failure {
  if (runSignal.aborted) return stopped(runSignal.reason);
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  // Puppeteer's TimeoutError, AbortSignal.timeout()'s DOMException and the runner's StepTimeoutError.
  if (name.endsWith('TimeoutError') || /timed? ?out|timeout/i.test(message)) {
    return { reason: 'timeout', detail: `${platformName} took too long to answer.` };
  }
  // The environment's proxy (https_proxy and the like) refused or could not be reached: say so, or the person looks at the platform.
  if (/net::ERR_(\w*PROXY\w*|TUNNEL_CONNECTION_FAILED|SOCKS_\w+)/.test(message)) {
    return {
      reason: 'network-error',
      detail: `${platformName} could not be reached through the proxy server (set by https_proxy or --proxy-server). ` +
        'Check that the proxy address is right and the proxy is running, or ask your IT team; a proxy that asks for a password cannot be used.',
    };
  }
  if (/net::ERR_/.test(message)) {
    return { reason: 'network-error', detail: `${platformName} could not be reached.` };
  }
  return { reason: 'browser-failed', detail: 'The browser used for the audit stopped unexpectedly.' };
}

/**
 * The account's own signal stopped the read: the user cancelled, or the runner saw the browser
 * die (its BrowserCrashedError, told by name as the step timeout is above). A crash is not a cancel.
 */
function stopped(reason: unknown): Failure {
  if (reason instanceof Error && reason.name === 'BrowserCrashedError') {
    return { reason: 'browser-failed', detail: reason.message };
  }
  return { reason: 'cancelled', detail: 'The audit was cancelled.' };
}
