import { describe, expect, it } from 'vitest';
import { classifyErrorResponse, classifySettingsResponse, rateLimitDetail, refusalNeedsAddress, verdictForUrl } from '../../../main/engine/platforms/x/session-verdict.ts';
import { cloudflareBlock, jsonResponse, signedInResponse, xError } from './x-fixtures.ts';

const now = new Date('2026-03-02T10:00:00Z');
const inTwelveMinutes = String(Math.floor(now.getTime() / 1000) + 12 * 60);

describe('X session from account/settings.json', () => {
  it('is signed in when X sends the settings as JSON', () => {
    const verdict = classifySettingsResponse(signedInResponse(), now);
    expect(verdict.state).toBe('signed-in');
    expect(verdict.state === 'signed-in' && verdict.settings.screen_name).toBe('dr_jane_doe');
  });

  it('is signed out on 401 and on "Could not authenticate you" (code 32)', () => {
    expect(classifySettingsResponse(xError(401, 32, 'Could not authenticate you.'), now).state).toBe('signed-out');
    expect(classifySettingsResponse(xError(403, 32, 'Could not authenticate you.'), now).state).toBe('signed-out');
    expect(classifySettingsResponse(jsonResponse(401, {}), now).state).toBe('signed-out');
  });

  it('is a challenge when X has locked the account (403, code 326)', () => {
    const verdict = classifySettingsResponse(xError(403, 326, 'To protect our users from spam and other malicious activity, this account is temporarily locked.'), now);
    expect(verdict).toMatchObject({ state: 'challenge', reason: 'challenge' });
    expect(verdict.detail).toMatch(/security check/);
  });

  it('is rate limited on 429 or code 88, and says when to try again', () => {
    const limited = classifySettingsResponse(xError(429, 88, 'Rate limit exceeded', { 'x-rate-limit-reset': inTwelveMinutes }), now);
    expect(limited).toMatchObject({ state: 'rate-limited', reason: 'rate-limited' });
    expect(limited.detail).toMatch(/^X is limiting how often its pages can be loaded\. X says the limit lasts until \d\d:\d\d\.$/);
    expect(classifySettingsResponse(xError(200, 88, 'Rate limit exceeded'), now).state).toBe('rate-limited');
  });

  it('is automation-blocked, not blocked or rate limited, when X says the request looks automated (code 226)', () => {
    const verdict = classifySettingsResponse(xError(403, 226, 'This request looks like it might be automated.'), now);
    expect(verdict).toMatchObject({ state: 'automation-blocked', reason: 'automation-blocked' });
    expect(verdict.detail).toBe('X said this browser looks automated and would not show your settings to it.');
  });

  it('says what happened without the advice the audit adds (no "run the audit again" twice)', () => {
    for (const verdict of [
      classifySettingsResponse(xError(401, 32, 'Could not authenticate you.'), now),
      classifySettingsResponse(xError(403, 326, 'locked'), now),
      classifySettingsResponse(xError(429, 88, 'Rate limit exceeded', { 'x-rate-limit-reset': inTwelveMinutes }), now),
      classifySettingsResponse(jsonResponse(503, {}), now),
    ]) {
      expect(verdict.detail).not.toMatch(/run the audit again|sign in to x from chaperone|try again later/i);
    }
  });

  it('is blocked when Cloudflare answers with an HTML 403', () => {
    const verdict = classifySettingsResponse(cloudflareBlock(), now);
    expect(verdict).toMatchObject({ state: 'blocked', reason: 'blocked' });
    expect(verdict.detail).toMatch(/network protection/);
  });

  it('is unknown, never signed in, when a 200 is not a JSON object', () => {
    expect(classifySettingsResponse(jsonResponse(200, ['not', 'settings']), now)).toMatchObject({ state: 'unknown', reason: 'page-changed' });
    expect(classifySettingsResponse({ ...signedInResponse(), body: '<html>' }, now).state).toBe('unknown');
  });

  it('says nothing about an ordinary page load', () => {
    expect(classifyErrorResponse({ url: 'https://x.com/settings', status: 200, headers: { 'cf-ray': 'x' }, body: '<html lang="en">', bodyRead: true }, now)).toBeNull();
  });

  it('calls a server error a network problem, not a page change', () => {
    expect(classifySettingsResponse(jsonResponse(503, {}), now)).toMatchObject({ state: 'unknown', reason: 'network-error' });
  });
});

describe('X session from where the app sends the browser', () => {
  it('is signed out at the login flow and a challenge at account access', () => {
    expect(verdictForUrl('https://x.com/i/flow/login?redirect_after_login=%2Fsettings')?.state).toBe('signed-out');
    expect(verdictForUrl('https://twitter.com/login')?.state).toBe('signed-out');
    expect(verdictForUrl('https://x.com/account/access')?.state).toBe('challenge');
    expect(verdictForUrl('https://x.com/settings/privacy_and_safety')).toBeNull();
    expect(verdictForUrl('https://x.com/loginhelper')).toBeNull();
  });
});

describe('a refusal whose body the browser lost', () => {
  it('waits for where X goes when only the status is known and it could mean several things', () => {
    const lost = { ...xError(403, 326, 'locked'), body: '', bodyRead: false };
    expect(refusalNeedsAddress(lost)).toBe(true);
    expect(refusalNeedsAddress({ ...lost, status: 401 })).toBe(false);
    expect(refusalNeedsAddress({ ...lost, status: 429 })).toBe(false);
    expect(refusalNeedsAddress(xError(403, 326, 'locked'))).toBe(false);
  });
});

describe('rate-limit wording', () => {
  it('says only what happened without a usable reset header: the audit adds how long to wait', () => {
    expect(rateLimitDetail(undefined, now)).toBe('X is limiting how often its pages can be loaded.');
    expect(rateLimitDetail('soon', now)).toBe('X is limiting how often its pages can be loaded.');
  });

  it('gives a long limit\'s end as a time, never a wait that disagrees with "often 15 minutes"', () => {
    const inTwoHours = String(Math.floor(now.getTime() / 1000) + 2 * 60 * 60);
    const detail = rateLimitDetail(inTwoHours, now);
    expect(detail).toMatch(/^X is limiting how often its pages can be loaded\. X says the limit lasts until \d\d:\d\d\.$/);
    expect(detail).not.toMatch(/minute|hour|run the audit|try again/i);
  });

  it('gives no time at all for a limit X says is already over', () => {
    expect(rateLimitDetail(String(now.getTime() / 1000 - 5), now)).toBe('X is limiting how often its pages can be loaded.');
  });
});
