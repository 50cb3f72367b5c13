import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../main/engine/platforms/facebook/page-verdict.ts';
import type { PageLook } from '../../../main/engine/platforms/facebook/page-verdict.ts';

const settingsPage: PageLook = {
  url: 'https://www.facebook.com/settings/?tab=posts', status: 200, text: 'Who can see your future posts? Friends', loginForm: false, main: true,
};

describe('telling the Facebook session from the page it landed on', () => {
  it('is signed in on a settings page with its main area', () => {
    expect(classifyPage(settingsPage)).toEqual({ state: 'signed-in' });
  });

  it.each([
    'https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Fsettings%2F',
    'https://www.facebook.com/login.php?next=x',
    'https://m.facebook.com/login/',
  ])('is signed out when sent to %s', (url) => {
    expect(classifyPage({ ...settingsPage, url, main: false })).toMatchObject({ state: 'signed-out', reason: 'signed-out' });
  });

  it('is signed out when Facebook shows its login form in place of the page', () => {
    expect(classifyPage({ ...settingsPage, text: 'Log in to Facebook', loginForm: true })).toMatchObject({ state: 'signed-out' });
  });

  it('is a challenge at /checkpoint/', () => {
    expect(classifyPage({ ...settingsPage, url: 'https://www.facebook.com/checkpoint/1501092823525282/?next=x' }))
      .toMatchObject({ state: 'challenge', reason: 'challenge', detail: expect.stringContaining('security check') as unknown });
  });

  it('is rate limited on a 429 or a rate-limit message from the page\'s error list', () => {
    expect(classifyPage({ ...settingsPage, status: 429, text: '' })).toMatchObject({ state: 'rate-limited' });
    expect(classifyPage({ ...settingsPage, text: 'Rate limit exceeded\nPlease wait a few minutes before you try again.' }))
      .toMatchObject({ state: 'rate-limited', reason: 'rate-limited' });
  });

  it('is blocked, not rate limited, on Facebook\'s "temporarily blocked" page, though it says "going too fast"', () => {
    const tooFast = "You're temporarily blocked. It looks like you were misusing this feature by going too fast.";
    expect(classifyPage({ ...settingsPage, text: tooFast })).toMatchObject({ state: 'blocked', reason: 'blocked' });
  });

  it('is automation-blocked on Facebook\'s "suspect automated behavior" warning, though it says "temporarily restricted"', () => {
    const text = 'We suspect automated behavior on your account. To prevent your account from being temporarily restricted, please confirm…';
    expect(classifyPage({ ...settingsPage, text })).toMatchObject({ state: 'automation-blocked', reason: 'automation-blocked' });
  });

  it('is a challenge when the page draws a security check instead of sending it to /checkpoint/', () => {
    expect(classifyPage({ ...settingsPage, text: 'Confirm your identity. We noticed unusual activity on your account.' }))
      .toMatchObject({ state: 'challenge', reason: 'challenge' });
  });

  it.each([
    "You're temporarily blocked",
    'You’re Temporarily Blocked',
    "You can't use this feature right now",
    'You can’t use this feature at the moment',
    'We suspended your account',
  ])('is blocked on "%s"', (text) => {
    expect(classifyPage({ ...settingsPage, text })).toMatchObject({ state: 'blocked', reason: 'blocked' });
  });

  it('says the page changed when there is no main area, and a network error on a 5xx', () => {
    expect(classifyPage({ ...settingsPage, main: false })).toMatchObject({ state: 'unknown', reason: 'page-changed' });
    expect(classifyPage({ ...settingsPage, status: 503, main: false })).toMatchObject({ state: 'unknown', reason: 'network-error' });
  });
});
