import type { UnreadReason } from '../types.ts';

/** What happened, in plain words, for when the reader gave no detail of its own. */
export function unreadExplanation(reason: UnreadReason, platformName: string): string {
  switch (reason) {
    case 'signed-out': return `Chaperone's browser is signed out of ${platformName}.`;
    case 'challenge': return `${platformName} asked for a security check (a locked account, captcha or confirmation).`;
    case 'rate-limited': return `${platformName} is limiting how often pages can be loaded.`;
    case 'blocked': return `${platformName} refused to show the page to Chaperone's browser.`;
    case 'automation-blocked': return `${platformName} turned Chaperone's hidden browser away as automated.`;
    case 'unrecognised-value': return `${platformName} shows this setting with a choice Chaperone does not know yet.`;
    case 'timeout': return `${platformName} took too long to answer.`;
    case 'page-changed': return `${platformName} has changed its page, so Chaperone could not find this setting.`;
    case 'field-missing': return `${platformName} did not include this setting in what its page loaded.`;
    case 'locale-unsupported': return `${platformName} is shown in a language Chaperone cannot read yet.`;
    case 'browser-failed': return 'The browser for this account could not start, or stopped unexpectedly.';
    case 'cancelled': return 'The audit was cancelled before this was read.';
    case 'network-error': return `${platformName} could not be reached.`;
    case 'not-supported': return `Chaperone cannot read ${platformName} accounts yet.`;
    case 'not-read': return `Chaperone did not find this setting on ${platformName}.`;
  }
}

/** What the user can do about it; empty where checking by hand is all there is. */
export function unreadAdvice(reason: UnreadReason): string {
  switch (reason) {
    case 'signed-out': return 'Sign in again from Chaperone, then run the audit again.';
    case 'challenge': return 'Sign in from Chaperone, complete the check, then run the audit again.';
    case 'rate-limited': return 'Wait a while (often 15 minutes), then run the audit again.';
    case 'locale-unsupported': return 'Switch the site to English to have this checked automatically.';
    case 'automation-blocked': return 'Run the audit again with the browser window showing (in the app, "Read with the window showing"; on the command line, --show-browser).';
    case 'timeout':
    case 'network-error':
    case 'browser-failed':
    case 'cancelled': return 'Run the audit again.';
    case 'blocked':
    case 'unrecognised-value':
    case 'page-changed':
    case 'field-missing':
    case 'not-supported':
    case 'not-read': return '';
  }
}
