import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HTTPResponse, Page } from 'puppeteer-core';
import { createThirdPartyEmulator } from '../../../main/demo/third-party.ts';
import { createXEmulator, signInToX, X_WEB_BEARER } from '../../../main/demo/x/index.ts';
import { startEmulatorBrowser, type EmulatorBrowser } from '../../support/emulator-browser.ts';

const SETTINGS_JSON = 'https://api.x.com/1.1/account/settings.json';

const x = createXEmulator();
let site: EmulatorBrowser;

beforeAll(async () => { site = await startEmulatorBrowser(x, [createThirdPartyEmulator()]); });
afterAll(() => site.close());
afterEach(async () => {
  x.reset();
  await site.endTest();
});

const openPage = (signedIn: boolean): Promise<Page> => site.openPage(signedIn);

/** settings.json fetched from inside an x.com page the way X's app does (its body survives navigation). */
async function fetchSettings(page: Page): Promise<{ status: number; body: unknown }> {
  await visit(page, '/i/flow/login', 'input[autocomplete="username"]');
  return page.evaluate(async (url, bearer) => {
    const ct0 = /(?:^|; )ct0=([^;]*)/.exec(document.cookie)?.[1] ?? '';
    const r = await fetch(url, { credentials: 'include', headers: {
      authorization: `Bearer ${bearer}`, 'x-csrf-token': ct0, 'x-twitter-auth-type': 'OAuth2Session', 'x-twitter-active-user': 'yes',
    } });
    return { status: r.status, body: await r.json() as unknown };
  }, SETTINGS_JSON, X_WEB_BEARER);
}

function settingsResponse(page: Page): Promise<HTTPResponse> {
  return page.waitForResponse((r) => r.url().startsWith(SETTINGS_JSON) && r.request().method() === 'GET');
}

const SETTINGS_DRAWN = 'section[aria-labelledby="detail-header"]';
const PROFILE_DRAWN = '[aria-label^="Timeline:"], [data-testid="emptyState"]';

/** Opens an x.com page and waits until the app has drawn `ready` (a selector) or reached `ready` (a path). */
async function visit(page: Page, path: string, ready: string = SETTINGS_DRAWN): Promise<void> {
  await page.goto(`https://x.com${path}`, { waitUntil: 'domcontentloaded' });
  if (ready.startsWith('/')) await page.waitForFunction((p) => location.pathname === p && document.readyState === 'complete', {}, ready);
  else await page.waitForSelector(ready);
}

describe('X emulator: signing in and settings.json', () => {
  it('signs in through the login form, sets X session cookies, and settings.json returns the state', async () => {
    x.set({ protected: true, allow_dms_from: 'all', discoverable_by_email: false });
    const page = await openPage(false);
    await signInToX(page, x.credentials);
    expect(new URL(page.url()).pathname).toBe('/home');
    const cookies = new Map((await site.context.cookies()).map((c) => [c.name, c]));
    expect(cookies.get('auth_token')).toMatchObject({ domain: '.x.com', httpOnly: true, secure: true, sameSite: 'None' });
    expect(cookies.get('ct0')).toMatchObject({ domain: '.x.com', httpOnly: false, secure: true });
    expect(cookies.get('twid')?.value).toBe(`u%3D${x.state.account.id}`);

    // Let /home finish its own requests first, so the answer read below is the settings page's.
    await page.waitForNetworkIdle({ idleTime: 200 });
    const answer = settingsResponse(page);
    await visit(page, '/settings/audience_and_tagging');
    const body = await (await answer).json() as Record<string, unknown>;
    expect(body).toMatchObject({
      screen_name: 'DrSamRivers', protected: true, allow_dms_from: 'all', discoverable_by_email: false,
      allow_media_tagging: 'all', ext_sharing_audiospaces_listening_data_with_followers: true,
    });
    const protect = await page.$('::-p-aria(Protect your posts)');
    expect(await protect?.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    // The app asked api.x.com itself, cross-origin: a CORS preflight, then the GET with the session.
    const calls = site.running.requestsTo('api.x.com').filter((r) => r.path === '/1.1/account/settings.json');
    expect(calls.map((r) => `${r.method} ${String(r.status)}`)).toEqual(expect.arrayContaining(['OPTIONS 200', 'GET 200']));
  });

  it('refuses a wrong password with X\'s message and sets no session', async () => {
    const page = await openPage(false);
    await expect(signInToX(page, { ...x.credentials, password: 'not-it' }, 5000)).rejects.toThrow('Wrong password!');
    expect((await site.context.cookies()).map((c) => c.name)).not.toContain('auth_token');
    await visit(page, '/home', '/i/flow/login');
    expect(page.url()).toBe('https://x.com/i/flow/login?redirect_after_login=%2Fhome');
  });

  it('answers a session that expired on X\'s side with 401 code 32 and sends the app to sign in', async () => {
    const page = await openPage(true);
    x.signOut();
    const answer = settingsResponse(page);
    await visit(page, '/settings/contacts', '/i/flow/login');
    expect((await answer).status()).toBe(401);
    expect(page.url()).toBe('https://x.com/i/flow/login?redirect_after_login=%2Fsettings%2Fcontacts');
    expect(await fetchSettings(page)).toEqual({ status: 401, body: { errors: [{ code: 32, message: 'Could not authenticate you.' }] } });
  });

  it('answers a locked account with 403 code 326 and sends the app to /account/access', async () => {
    const page = await openPage(true);
    x.lock();
    const answer = settingsResponse(page);
    await visit(page, '/settings/contacts', '/account/access');
    expect((await answer).status()).toBe(403);
    expect(new URL(page.url()).pathname).toBe('/account/access');
    expect(await page.evaluate(() => document.body.innerText)).toContain('Your account has been locked.');
    const { status, body } = await fetchSettings(page);
    expect(status).toBe(403);
    expect(JSON.stringify(body)).toMatch(/"code":326,"message":"[^"]*this account is temporarily locked/);
  });

  it('answers rate limiting with 429 code 88 and rate-limit headers; the app says to try reloading', async () => {
    const page = await openPage(true);
    x.rateLimit();
    const answer = settingsResponse(page);
    await visit(page, '/settings/contacts', '[data-testid="primaryColumn"] button');
    const response = await answer;
    expect(response.status()).toBe(429);
    expect(await response.json()).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] });
    expect(response.headers()['x-rate-limit-remaining']).toBe('0');
    expect(Number(response.headers()['x-rate-limit-reset'])).toBeGreaterThan(Date.now() / 1000);
    expect(await page.evaluate(() => document.body.innerText)).toContain('Something went wrong. Try reloading.');
  });

  it('saves a setting the user changes on its page, as X’s app does (POST account/settings.json)', async () => {
    const page = await openPage(true);
    await visit(page, '/settings/audience_and_tagging');
    const saved = page.waitForResponse((r) => r.url().startsWith(SETTINGS_JSON) && r.request().method() === 'POST');
    await page.locator('::-p-aria([name="Protect your posts"])').click();
    expect((await saved).status()).toBe(200);
    expect(x.state.settings.protected).toBe(true);
    await visit(page, '/settings/direct_messages');
    const dms = page.waitForResponse((r) => r.url().startsWith(SETTINGS_JSON) && r.request().method() === 'POST');
    await page.locator('input[type=radio][value="all"]').click();
    await dms;
    expect(x.state.settings.allow_dms_from).toBe('all');
  });

  it('refuses a settings change without the session’s CSRF token', async () => {
    const page = await openPage(true);
    await visit(page, '/i/flow/login', 'input[autocomplete="username"]');
    const status = await page.evaluate(async (url, bearer) => (await fetch(url, {
      method: 'POST', credentials: 'include', body: 'protected=true',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/x-www-form-urlencoded' },
    })).status, SETTINGS_JSON, X_WEB_BEARER);
    expect(status).toBe(403);
    expect(x.state.settings.protected).toBe(false);
  });

  it('leaves a dropped field out of settings.json and does not draw its control', async () => {
    const page = await openPage(true);
    x.dropField('discoverable_by_email');
    const answer = settingsResponse(page);
    await visit(page, '/settings/contacts');
    expect(await (await answer).json()).not.toHaveProperty('discoverable_by_email');
    expect(await page.$('::-p-aria(Let people who have your email address find you on X)')).toBeNull();
    expect(await page.$('::-p-aria(Let people who have your phone number find you on X)')).not.toBeNull();
  });

  it('holds API answers back in slow mode', async () => {
    const page = await openPage(true);
    x.slow(700);
    const started = Date.now();
    const answer = settingsResponse(page);
    await visit(page, '/settings/contacts');
    expect((await answer).status()).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  it('refuses a request whose x-csrf-token does not match the ct0 cookie (code 353)', async () => {
    const page = await openPage(true);
    await visit(page, '/home', '[data-testid="SideNav_AccountSwitcher_Button"]');
    const status = await page.evaluate(async (url, bearer) => {
      const r = await fetch(url, { credentials: 'include', headers: { authorization: `Bearer ${bearer}`, 'x-csrf-token': 'wrong' } });
      return `${String(r.status)} ${await r.text()}`;
    }, SETTINGS_JSON, X_WEB_BEARER);
    expect(status).toContain('403');
    expect(status).toContain('"code":353');
  });
});

describe('X emulator: settings pages', () => {
  it('draws labelled checkboxes pointing at CHECKBOX_n_LABEL, checked as the state says', async () => {
    x.set({ discoverable_by_email: false, discoverable_by_mobile_phone: true });
    const page = await openPage(true);
    await visit(page, '/settings/contacts');
    const boxes = await page.$$eval('input[type="checkbox"]', (inputs) => inputs.map((input) => {
      const labelId = input.getAttribute('aria-describedby') ?? '';
      return { labelId, label: document.getElementById(labelId)?.textContent, checked: (input).checked };
    }));
    expect(boxes).toEqual([
      { labelId: 'CHECKBOX_1_LABEL', label: 'Let people who have your email address find you on X', checked: false },
      { labelId: 'CHECKBOX_2_LABEL', label: 'Let people who have your phone number find you on X', checked: true },
    ]);
    expect(await page.$eval('h2#detail-header', (h) => h.textContent)).toBe('Discoverability and contacts');
    expect(await page.$eval('html', (h) => h.lang)).toBe('en');
  });

  it('draws the message-request radio group and photo tagging as X shows them', async () => {
    x.set({ allow_dms_from: 'verified', allow_media_tagging: 'following' });
    const page = await openPage(true);
    await visit(page, '/settings/direct_messages');
    const group = await page.$('::-p-aria([name="Allow message requests from:"][role="radiogroup"])');
    expect(await group?.$eval('input:checked', (r) => r.closest('label')?.textContent)).toBe('Verified users');
    await visit(page, '/settings/tagging');
    expect(await page.$eval('input:checked[type="radio"]', (r) => r.closest('label')?.textContent)).toBe('Only people you follow can tag you');
    x.set({ allow_media_tagging: 'none' });
    await visit(page, '/settings/tagging');
    expect(await page.$('[role="radiogroup"]')).toBeNull();
    expect(await page.$eval('input[type="checkbox"]', (c) => (c).checked)).toBe(false);
  });

  it('follows the account language in <html lang> and, after a redesign, keeps names but drops the CSS hooks', async () => {
    x.set({ language: 'cy', ext_sharing_audiospaces_listening_data_with_followers: false });
    x.changeMarkup();
    const page = await openPage(true);
    await visit(page, '/settings/spaces');
    expect(await page.$eval('html', (h) => h.lang)).toBe('cy');
    expect(await page.$('input[type="checkbox"], [data-testid]')).toBeNull();
    const toggle = await page.$('::-p-aria([name="Allow followers to see which Spaces you\'re listening to"][role="switch"])');
    expect(await toggle?.evaluate((t) => t.getAttribute('aria-checked'))).toBe('false');
    const profile = await page.$('::-p-aria([name="Profile"][role="link"])');
    expect(await profile?.evaluate((a) => a.getAttribute('href'))).toBe('/DrSamRivers');
    expect(await page.$('::-p-aria([name="Account menu"][role="button"])')).not.toBeNull();
  });

  it('draws the signed-in side navigation on every signed-in page, before any API answer', async () => {
    x.slow(2_000);
    const page = await openPage(true);
    for (const path of ['/settings/privacy_and_safety', '/settings/contacts', '/home', '/DrSamRivers']) {
      await page.goto(`https://x.com${path}`, { waitUntil: 'domcontentloaded' });
      const link = await page.waitForSelector('nav[aria-label="Primary"] a[data-testid="AppTabBar_Profile_Link"][aria-label="Profile"]', { timeout: 1_500 });
      expect(await link?.evaluate((a) => a.getAttribute('href'))).toBe('/DrSamRivers');
      expect(await page.$eval('[data-testid="SideNav_AccountSwitcher_Button"]', (b) => b.textContent)).toBe('Dr Sam Rivers@DrSamRivers');
    }
  });

  it('draws no account links once X has ended the session, nor for a signed-out visitor', async () => {
    const page = await openPage(true);
    x.signOut();
    await page.goto('https://x.com/settings/contacts', { waitUntil: 'domcontentloaded' });
    // One look inside the page once the frame is drawn: X's app moves on to its login page, and a
    // handle taken before that move cannot be read after it.
    const links = await page.waitForFunction(() => {
      if (document.querySelector('nav[aria-label="Primary"]') === null) return false;
      return document.querySelector('[data-testid="AppTabBar_Profile_Link"], [data-testid="SideNav_AccountSwitcher_Button"]') === null ? 'none' : 'drawn';
    }, { polling: 100 });
    expect(await links.jsonValue()).toBe('none');
    await site.context.close();
    const visitor = await openPage(false);
    await visit(visitor, '/DrSamRivers', PROFILE_DRAWN);
    expect(await visitor.$('[data-testid="AppTabBar_Profile_Link"], [data-testid="SideNav_AccountSwitcher_Button"]')).toBeNull();
  });
});

describe('X emulator: profile and network', () => {
  it('shows the profile to a signed-out visitor through a guest token, with the current response shape', async () => {
    const page = await openPage(false);
    const answer = page.waitForResponse((r) => r.url().includes('/UserByScreenName?'));
    await visit(page, '/DrSamRivers', PROFILE_DRAWN);
    const user = (await (await answer).json() as { data: { user: { result: Record<string, Record<string, unknown>> } } }).data.user.result;
    expect(user.core).toMatchObject({ name: 'Dr Sam Rivers', screen_name: 'DrSamRivers' });
    expect(user.legacy).not.toHaveProperty('name');
    expect(user.location).toEqual({ location: 'Leeds, England' });
    const text = (selector: string): Promise<string | undefined> => page.$eval(selector, (n) => n.textContent);
    expect(await text('[data-testid="UserName"]')).toBe('Dr Sam Rivers@DrSamRivers');
    expect(await text('[data-testid="UserDescription"]')).toContain('GP in Leeds');
    expect(await text('[data-testid="UserLocation"]')).toBe('Leeds, England');
    expect(await page.$$('[data-testid="primaryColumn"] article[data-testid="tweet"]')).toHaveLength(3);
    expect(site.running.requestsTo('api.x.com').some((r) => r.path === '/1.1/guest/activate.json' && r.method === 'POST')).toBe(true);
  });

  it('shows "These posts are protected" to strangers of a protected account, but its owner sees the posts', async () => {
    x.set({ protected: true });
    const stranger = await openPage(false);
    await visit(stranger, '/DrSamRivers', PROFILE_DRAWN);
    expect(await stranger.$eval('[data-testid="empty_state_header_text"]', (n) => n.textContent)).toBe('These posts are protected');
    expect(await stranger.$$('article[data-testid="tweet"]')).toHaveLength(0);
    expect(await stranger.$('[data-testid="UserName"]')).not.toBeNull();
    await site.context.close();
    const owner = await openPage(true);
    await visit(owner, '/DrSamRivers', PROFILE_DRAWN);
    expect(await owner.$$('article[data-testid="tweet"]')).toHaveLength(3);
  });

  it('sends a signed-out visitor to sign in when the login wall is up', async () => {
    x.loginWall();
    const page = await openPage(false);
    await visit(page, '/DrSamRivers', '/i/flow/login');
    expect(page.url()).toBe('https://x.com/i/flow/login?redirect_after_login=%2FDrSamRivers');
  });

  it('resolves only emulated hosts, redirects twitter.com to x.com and logs the trackers pages ask for', async () => {
    const page = await openPage(false);
    await expect(page.goto('https://example.com/')).rejects.toThrow('ERR_NAME_NOT_RESOLVED');
    // localhost would reach the emulator server itself (it answers 421) if the catch-all rule were missing.
    await expect(page.goto(`https://localhost:${String(site.running.port)}/`)).rejects.toThrow('ERR_NAME_NOT_RESOLVED');
    expect(site.running.requestsTo('localhost')).toEqual([]);
    const since = site.running.requests.length;
    await page.goto('https://twitter.com/DrSamRivers', { waitUntil: 'load' });
    await page.waitForSelector(PROFILE_DRAWN);
    expect(page.url()).toBe('https://x.com/DrSamRivers');
    await vi.waitFor(() => {
      const hosts = site.running.requests.slice(since).map((r) => `${r.host}${r.path}`);
      expect(hosts).toEqual(expect.arrayContaining([
        'twitter.com/DrSamRivers', 'www.googletagmanager.com/gtag/js', 'www.google-analytics.com/g/collect',
        expect.stringMatching(/^pbs\.twimg\.com\/profile_images\//),
      ]));
    });
  });
});

describe('X emulator: the variation switches', () => {
  const text = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

  it('late-content-slow draws nothing at load and the page 4 s later', async () => {
    x.vary('late-content-slow');
    const page = await openPage(true);
    await page.goto('https://x.com/settings/contacts', { waitUntil: 'domcontentloaded' });
    const loaded = Date.now();
    expect(await page.$(SETTINGS_DRAWN)).toBeNull();
    await page.waitForSelector(SETTINGS_DRAWN, { timeout: 10_000 });
    expect(Date.now() - loaded).toBeGreaterThanOrEqual(3_500);
  });

  it('automation-gate draws X\'s error shell after load, asks for no data, and its API answers code 226', async () => {
    x.vary('automation-gate');
    const page = await openPage(true);
    const settingsCalls = (): number => site.running.requestsTo('api.x.com').filter((r) => r.path.startsWith('/1.1/account/settings.json')).length;
    const before = settingsCalls();
    await page.goto('https://x.com/settings/privacy_and_safety', { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.body.innerText.includes('Something went wrong'));
    expect(await page.$('nav')).toBeNull();
    expect(settingsCalls()).toBe(before);
    const { status, body } = await fetchSettings(page);
    expect(status).toBe(403);
    expect(JSON.stringify(body)).toMatch(/"code":226,"message":"This request looks like it might be automated/);
  });

  it('drawLate shows X\'s message instead of the signed-in page, with no error from its API first', async () => {
    x.drawLate('rate-limited');
    const page = await openPage(true);
    await page.goto('https://x.com/settings/contacts', { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.body.innerText.includes('Sorry, you are rate limited.'));
    expect(await page.$(SETTINGS_DRAWN)).toBeNull();
  });

  it('consent-dialog opens X\'s cookie banner over the page until a choice is made', async () => {
    x.vary('consent-dialog');
    const page = await openPage(true);
    await visit(page, '/settings/contacts');
    expect(await page.$('::-p-aria([role="dialog"][name="Did someone say … cookies?"])')).not.toBeNull();
    await page.locator('::-p-aria([name="Refuse non-essential cookies"][role="button"])').click();
    await visit(page, '/settings/contacts');
    expect(await page.$('[role="dialog"]')).toBeNull();
  });

  it('name-handle-one-line runs the name and handle together in the header text', async () => {
    x.vary('name-handle-one-line');
    const page = await openPage(false);
    await visit(page, '/DrSamRivers', PROFILE_DRAWN);
    expect(await page.$eval('[data-testid="UserName"]', (el) => (el as HTMLElement).innerText)).toBe('Dr Sam Rivers@DrSamRivers');
  });

  it('profile-no-redirect serves the profile at /i/user/<id>; otherwise X redirects it to /<handle>', async () => {
    const page = await openPage(false);
    await page.goto(`https://x.com/i/user/${x.state.account.id}`, { waitUntil: 'domcontentloaded' });
    expect(new URL(page.url()).pathname).toBe('/DrSamRivers');
    x.vary('profile-no-redirect');
    await visit(page, `/i/user/${x.state.account.id}`, PROFILE_DRAWN);
    expect(new URL(page.url()).pathname).toBe(`/i/user/${x.state.account.id}`);
    expect(await text(page)).toContain('@DrSamRivers');
  });

  it('inline-controls puts the switches on the hub; label-synonyms words them as X once did', async () => {
    x.vary('inline-controls', 'label-synonyms');
    const page = await openPage(true);
    await visit(page, '/settings/privacy_and_safety');
    for (const name of ['Protect your Tweets', 'Let others find you by your email', 'Let others find you by your phone number', 'Add location information to your Tweets']) {
      expect(await page.$(`::-p-aria([name="${name}"][role="checkbox"])`), name).not.toBeNull();
    }
  });

  it('missing-embedded-data sends no __INITIAL_STATE__, and the side navigation comes from the settings data', async () => {
    x.vary('missing-embedded-data');
    const page = await openPage(true);
    await visit(page, '/settings/contacts');
    expect(await page.evaluate(() => 'window.__INITIAL_STATE__' in window || '__INITIAL_STATE__' in window)).toBe(false);
    expect(await page.$eval('a[aria-label="Profile"]', (a) => a.getAttribute('href'))).toBe('/DrSamRivers');
  });

  it('unrecognised-profile draws the public profile without X\'s test ids', async () => {
    x.vary('unrecognised-profile');
    const page = await openPage(false);
    await page.goto('https://x.com/DrSamRivers', { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.body.innerText.includes('Finished the Leeds half'));
    expect(await page.$('[data-testid="UserName"], article[data-testid="tweet"]')).toBeNull();
    expect(await text(page)).toContain('Dr Sam Rivers');
  });
});
