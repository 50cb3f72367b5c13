import { describe, expect, it } from 'vitest';
import type { CapturedResponse } from '../../../main/engine/platforms/read-helpers/capture-response.ts';
import { classifyFormData, refusalNeedsAddress, verdictForUrl } from '../../../main/engine/platforms/instagram/session-verdict.ts';
import { AUTOMATION_BLOCKED, BLOCKED, CHALLENGE, RATE_LIMITED, SIGNED_OUT } from '../../../main/engine/platforms/instagram/session-verdict.ts';
import { hardStopIn } from '../../../main/engine/platforms/instagram/page-health.ts';
import { unreadAdvice } from '../../../main/engine/audit/unread-text.ts';

const FORM_URL = 'https://www.instagram.com/api/v1/web/accounts/edit/web_form_data/';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): CapturedResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
  return { url: FORM_URL, status, headers: { 'content-type': type, ...headers }, body: text, bodyRead: true };
}

describe('Instagram session from web_form_data', () => {
  it('is signed in when Instagram sends the form data as JSON, and hands the form on', () => {
    const verdict = classifyFormData(answer(200, { form_data: { username: 'dr.jane', presence_disabled: true }, status: 'ok' }));
    expect(verdict.state).toBe('signed-in');
    expect(verdict.state === 'signed-in' && verdict.formData.username).toBe('dr.jane');
  });

  it('is signed out when Instagram answers with its not-logged-in HTML page', () => {
    const html = '<!DOCTYPE html><html lang="en" class="no-js not-logged-in client-root"><head></head><body></body></html>';
    expect(classifyFormData(answer(200, html))).toMatchObject({ state: 'signed-out', reason: 'signed-out' });
  });

  it('is signed out on a redirect to the login page and on login_required', () => {
    const redirect = { url: FORM_URL, status: 302, headers: { location: '/accounts/login/?next=/api/v1/web/accounts/edit/web_form_data/' }, body: '', bodyRead: false };
    expect(classifyFormData(redirect).state).toBe('signed-out');
    expect(classifyFormData(answer(403, { message: 'login_required', status: 'fail' })).state).toBe('signed-out');
  });

  it('is a challenge on checkpoint_required and challenge_required', () => {
    for (const message of ['checkpoint_required', 'challenge_required']) {
      const verdict = classifyFormData(answer(400, { message, checkpoint_url: '/challenge/', status: 'fail' }));
      expect(verdict).toMatchObject({ state: 'challenge', reason: 'challenge' });
      expect(verdict.detail).toMatch(/confirm it is you/);
    }
  });

  it('is blocked on feedback_required ("Try Again Later")', () => {
    const verdict = classifyFormData(answer(400, { message: 'feedback_required', feedback_title: 'Try Again Later', status: 'fail' }));
    expect(verdict).toMatchObject({ state: 'blocked', reason: 'blocked' });
    expect(verdict.detail).toMatch(/temporarily blocked/);
  });

  it('is rate limited on 429 and on "Please wait a few minutes"', () => {
    expect(classifyFormData(answer(429, { message: 'Please wait a few minutes before you try again.', status: 'fail' })).state).toBe('rate-limited');
    expect(classifyFormData(answer(400, { message: 'Please wait a few minutes before you try again.', status: 'fail' })).state).toBe('rate-limited');
  });

  it('is unknown, never signed in, when a 200 carries no form data', () => {
    expect(classifyFormData(answer(200, { status: 'ok' }))).toMatchObject({ state: 'unknown', reason: 'page-changed' });
    expect(classifyFormData(answer(500, 'oops'))).toMatchObject({ state: 'unknown', reason: 'network-error' });
  });

  it('asks where the app went when it lost the body of a refusal', () => {
    expect(refusalNeedsAddress({ ...answer(400, {}), body: '', bodyRead: false })).toBe(true);
    expect(refusalNeedsAddress(answer(400, { message: 'checkpoint_required' }))).toBe(false);
  });

  it('reads the login page and the account check from the address', () => {
    expect(verdictForUrl('https://www.instagram.com/accounts/login/?next=%2Faccounts%2Fedit%2F')?.state).toBe('signed-out');
    expect(verdictForUrl('https://www.instagram.com/challenge/?next=/accounts/privacy_setting/')?.state).toBe('challenge');
    expect(verdictForUrl('https://www.instagram.com/accounts/privacy_setting/')).toBeNull();
    expect(verdictForUrl('https://www.instagram.com/accounts.login.example/')).toBeNull();
  });
});

describe('hard stops named on a page or in its error list', () => {
  it('tells "looks automated", rate limits, account checks and blocks apart', () => {
    expect(hardStopIn(['We suspect automated behaviour on your account.'])?.state).toBe('automation-blocked');
    expect(hardStopIn(['We suspect automated behavior on your account. Try Again Later'])?.state).toBe('automation-blocked');
    expect(hardStopIn(['Please wait a few minutes before you try again.'])?.state).toBe('rate-limited');
    expect(hardStopIn(['challenge_required'])?.state).toBe('challenge');
    expect(hardStopIn(['Help us confirm it’s you'])?.state).toBe('challenge');
    expect(hardStopIn(['Try Again Later: We limit how often you can do certain things on Instagram'])?.state).toBe('blocked');
    expect(hardStopIn(['Account privacy', 'Private account'])).toBeNull();
  });
});

describe('session details', () => {
  it('say what happened and leave the advice to the engine, once', () => {
    for (const problem of [SIGNED_OUT, CHALLENGE, RATE_LIMITED, AUTOMATION_BLOCKED, BLOCKED]) {
      const shown = `${problem.detail} ${unreadAdvice(problem.reason)}`;
      expect(shown.match(/run the audit again/gi)?.length ?? 0, shown).toBeLessThanOrEqual(1);
      expect(shown, shown).not.toMatch(/15 minutes.*15 minutes|a day.*15 minutes/);
    }
  });
});
