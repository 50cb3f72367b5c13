import type { UnreadReason } from '../types.ts';

/** Plain words for why a setting could not be checked, and what to do about it. */
export function unreadExplanation(reason: UnreadReason, platformName: string): string {
  switch (reason) {
    case 'signed-out': return `Chaperone's browser is signed out of ${platformName}. Sign in again from Chaperone, then re-run the audit.`;
    case 'challenge': return `${platformName} asked for a security check (a locked account, captcha or confirmation). Sign in from Chaperone, complete the check, then re-run.`;
    case 'rate-limited': return `${platformName} is limiting how often pages can be loaded. Wait a while (usually 15 minutes) and re-run.`;
    case 'blocked': return `${platformName} refused to show the page to Chaperone's browser.`;
    case 'timeout': return `${platformName} took too long to answer.`;
    case 'page-changed': return `${platformName} has changed its page, so Chaperone could not find this setting.`;
    case 'field-missing': return `${platformName} did not include this setting in what its page loaded.`;
    case 'locale-unsupported': return `${platformName} is shown in a language Chaperone cannot read yet. Switch the site to English to check this automatically.`;
    case 'browser-failed': return 'The browser used for the audit stopped unexpectedly.';
    case 'cancelled': return 'The audit was cancelled before this was read.';
    case 'network-error': return `${platformName} could not be reached.`;
    case 'not-read': return `Chaperone did not find this setting on ${platformName}.`;
  }
}
