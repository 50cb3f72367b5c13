import { describe, expect, it } from 'vitest';
import { sessionProblem } from '../../../main/engine/platforms/threads/session-verdict.ts';
import type { LoadedPage } from '../../../main/engine/platforms/threads/session-verdict.ts';

const fine: LoadedPage = { url: 'https://www.threads.com/settings/privacy', status: 200, message: null, text: 'Settings Privacy Private profile' };
const state = (page: Partial<LoadedPage>): string | undefined => sessionProblem({ ...fine, ...page })?.state;

describe('what a Threads page says about the session', () => {
  it('is nothing wrong for a settings page that loaded', () => {
    expect(sessionProblem(fine)).toBeNull();
  });

  it('tells logged out, challenge and suspended apart by where Threads sent the browser', () => {
    expect(state({ url: 'https://www.threads.com/login?next=%2Fsettings%2Fprivacy' })).toBe('signed-out');
    expect(state({ url: 'https://www.threads.net/login' })).toBe('signed-out');
    expect(state({ url: 'https://www.threads.com/challenge/?next=%2Fsettings' })).toBe('challenge');
    expect(state({ url: 'https://www.threads.com/accounts/suspended/?next=%2F' })).toBe('blocked');
    // A profile whose name starts with "login" is not the login page.
    expect(state({ url: 'https://www.threads.com/@login.lover' })).toBeUndefined();
  });

  it('reads rate limiting from a 429 or Threads\' wording, and a block from feedback_required or "Try again later"', () => {
    expect(state({ status: 429 })).toBe('rate-limited');
    expect(state({ text: 'Please wait a few minutes before you try again.' })).toBe('rate-limited');
    expect(state({ message: 'feedback_required' })).toBe('blocked');
    expect(state({ text: 'Try again later\nWe limit how often…' })).toBe('blocked');
    expect(state({ message: 'checkpoint_required' })).toBe('challenge');
  });

  it('reads automation gates, rate limits and blocks drawn as text or listed in the page\'s embedded errors', () => {
    expect(state({ text: 'We suspect automated behaviour on your account' })).toBe('automation-blocked');
    expect(state({ errors: ['Please wait a few minutes before you try again.'] })).toBe('rate-limited');
    expect(state({ errors: ['We suspect automated behavior on your account.'] })).toBe('automation-blocked');
    expect(state({ text: 'Confirm it\'s you\nWe noticed unusual activity on your account.' })).toBe('challenge');
    expect(state({ errors: ['Your account has been temporarily blocked'] })).toBe('blocked');
  });

  it('says what happened only, without advice the audit adds itself', () => {
    for (const page of [{ status: 429 }, { url: 'https://www.threads.com/login' }, { url: 'https://www.threads.com/challenge/' }, { text: 'automated behaviour' }]) {
      expect(sessionProblem({ ...fine, ...page })?.detail).not.toMatch(/run the audit again/i);
    }
  });

  it('says unknown, with a reason, for server errors and unexpected answers', () => {
    expect(sessionProblem({ ...fine, status: 503 })).toMatchObject({ state: 'unknown', reason: 'network-error' });
    expect(sessionProblem({ ...fine, status: 404 })).toMatchObject({ state: 'unknown', reason: 'page-changed' });
  });
});
