/** The LinkedIn emulator itself, in Chromium: the sign-in form, the Voyager data, the pages and every state. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  createLinkedInEmulator, LINKEDIN_VISIBILITY_URL, NORMALIZED_JSON, PRIVACY_SETTINGS_REQUEST, signInToLinkedIn,
} from '../../../main/demo/linkedin/index.ts';
import { startEmulatorBrowser, type EmulatorBrowser } from '../../support/emulator-browser.ts';

const linkedin = createLinkedInEmulator();
let site: EmulatorBrowser;

beforeAll(async () => { site = await startEmulatorBrowser(linkedin); });
afterAll(() => site.close());
afterEach(async () => {
  linkedin.reset();
  linkedin.restore();
  await site.endTest();
});

const openPage = (signedIn: boolean): Promise<Page> => site.openPage(signedIn);

/** Voyager privacy settings fetched from inside a LinkedIn page, as LinkedIn's app asks for them. */
async function fetchPrivacy(page: Page, withCsrf = true): Promise<{ status: number; body: unknown }> {
  return page.evaluate(async (request, accept, csrf) => {
    const token = /(?:^|; )JSESSIONID="?([^";]*)"?/.exec(document.cookie)?.[1] ?? '';
    const r = await fetch(request, { credentials: 'include', headers: { 'csrf-token': csrf ? token : '', 'x-restli-protocol-version': '2.0.0', accept } });
    return { status: r.status, body: await r.json() as unknown };
  }, PRIVACY_SETTINGS_REQUEST, NORMALIZED_JSON, withCsrf);
}

/** The `<code>` datalets on the page: request → parsed body. */
async function datalets(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('code[id^="datalet-bpr-guid-"]')].map((meta) => {
    const { request, body } = JSON.parse(meta.textContent) as { request: string; body: string };
    return [request, JSON.parse(document.getElementById(body)?.textContent ?? 'null') as unknown];
  })));
}

describe('LinkedIn emulator: signing in', () => {
  it('signs in through the form and sets li_at (HttpOnly) and a quoted JSESSIONID', async () => {
    const page = await openPage(false);
    await signInToLinkedIn(page, linkedin.credentials);
    expect(new URL(page.url()).pathname).toBe('/feed/');
    const cookies = new Map((await site.context.cookies()).map((c) => [c.name, c]));
    expect(cookies.get('li_at')).toMatchObject({ httpOnly: true, secure: true });
    expect(cookies.get('JSESSIONID')?.value).toMatch(/^"ajax:\d+"$/);
  });

  it('refuses a wrong password with LinkedIn\'s message and sets no session', async () => {
    const page = await openPage(false);
    await expect(signInToLinkedIn(page, { ...linkedin.credentials, password: 'not-it' }, 5000)).rejects.toThrow('Wrong email or password');
    expect((await site.context.cookies()).map((c) => c.name)).not.toContain('li_at');
  });
});

describe('LinkedIn emulator: the Visibility page and Voyager', () => {
  it('embeds the member and the privacy settings as datalets, and Voyager answers the same with the CSRF token', async () => {
    linkedin.set({ showPublicProfile: false, discloseAsProfileViewer: 'HIDE' });
    const page = await openPage(true);
    const response = await page.goto(LINKEDIN_VISIBILITY_URL);
    expect(response?.status()).toBe(200);
    const embedded = await datalets(page);
    expect(Object.keys(embedded)).toEqual(['/voyager/api/me', PRIVACY_SETTINGS_REQUEST]);
    expect(JSON.stringify(embedded[PRIVACY_SETTINGS_REQUEST])).toContain('"showPublicProfile":false');
    expect(JSON.stringify(embedded['/voyager/api/me'])).toContain('"publicIdentifier":"dr-sam-rivers-4a1b2c"');
    const fetched = await fetchPrivacy(page);
    expect(fetched).toEqual({ status: 200, body: embedded[PRIVACY_SETTINGS_REQUEST] });
    expect((await fetchPrivacy(page, false)).status).toBe(403);
  });

  it('draws each setting as a labelled switch or radio group, and redirects the legacy address', async () => {
    linkedin.set({ connectionsVisible: false, discoverByPhone: 'FIRST_DEGREE' });
    const page = await openPage(true);
    await page.goto('https://www.linkedin.com/psettings/connections-visibility');
    expect(new URL(page.url()).pathname).toBe('/mypreferences/d/settings/connections-visibility');
    const toggle = await page.$('::-p-aria([name="Connection visibility"][role="switch"])');
    expect(await toggle?.evaluate((el) => el.getAttribute('aria-checked'))).toBe('false');
    await page.goto('https://www.linkedin.com/mypreferences/d/settings/discover-by-phone');
    const chosen = await page.$eval('input[type=radio]:checked', (el) => el.labels?.[0]?.textContent);
    expect(chosen).toBe('1st-degree connections');
  });

  it('after a redesign, has no datalets and fetches the settings itself; the connections switch is reworded', async () => {
    linkedin.changeMarkup();
    const page = await openPage(true);
    const answer = page.waitForResponse((r) => r.url().includes('profilePrivacySettings'));
    await page.goto(LINKEDIN_VISIBILITY_URL);
    expect((await answer).status()).toBe(200);
    expect(await datalets(page)).toEqual({});
    await page.goto('https://www.linkedin.com/mypreferences/d/settings/connections-visibility');
    expect(await page.$('::-p-aria([name="Connection visibility"])')).toBeNull();
  });

  it('in German, sets <html lang> and German labels', async () => {
    linkedin.setLanguage('de');
    const page = await openPage(true);
    await page.goto(LINKEDIN_VISIBILITY_URL);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    expect(await page.evaluate(() => document.body.innerText)).toContain('Wer kann Ihre Kontakte sehen?');
  });
});

describe('LinkedIn emulator: sessions that cannot be read', () => {
  it.each([
    ['never signed in', false, (): void => undefined, /^https:\/\/www\.linkedin\.com\/uas\/login\?session_redirect=/, 200],
    ['session ended by LinkedIn', true, (): void => { linkedin.signOut(); }, /^https:\/\/www\.linkedin\.com\/login\?session_redirect=/, 200],
    ['security check', true, (): void => { linkedin.challenge(); }, /^https:\/\/www\.linkedin\.com\/checkpoint\/challenge\//, 200],
    ['restricted', true, (): void => { linkedin.block(); }, /categories\/visibility$/, 403],
    ['rate limited (429)', true, (): void => { linkedin.rateLimit(429); }, /categories\/visibility$/, 429],
    ['rate limited (999)', true, (): void => { linkedin.rateLimit(999); }, /categories\/visibility$/, 999],
  ] as const)('%s: the Visibility page answers as LinkedIn does', async (_name, signedIn, arrange, where, status) => {
    const page = await openPage(signedIn);
    arrange();
    const response = await page.goto(LINKEDIN_VISIBILITY_URL);
    expect(page.url()).toMatch(where);
    expect(response?.status()).toBe(status);
  });
});

describe('LinkedIn emulator: what a stranger gets at /in/<vanity>/', () => {
  it('is the public profile with the public profile on, and the authwall with it off', async () => {
    const page = await openPage(false);
    await page.goto('https://www.linkedin.com/in/dr-sam-rivers-4a1b2c/');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Sam Rivers');
    linkedin.set({ showPublicProfile: false });
    await page.goto('https://www.linkedin.com/in/dr-sam-rivers-4a1b2c/');
    expect(new URL(page.url()).pathname).toBe('/authwall');
  });
});

describe('LinkedIn emulator: the variation switches', () => {
  it('late-content: the Visibility page has no rows when the document loads, and draws them by script', async () => {
    linkedin.vary('late-content');
    const page = await openPage(true);
    await page.goto(LINKEDIN_VISIBILITY_URL, { waitUntil: 'domcontentloaded' });
    expect(await page.$('a.settings-row__link')).toBeNull();
    expect(Object.keys(await datalets(page))).toHaveLength(2);
    await page.waitForSelector('a.settings-row__link', { timeout: 5_000 });
  });

  it('inline-controls: the connections switch and both discovery groups sit on the Visibility page, with no links to them', async () => {
    linkedin.set({ connectionsVisible: false, discoverByEmail: 'NOBODY' });
    linkedin.vary('inline-controls');
    const page = await openPage(true);
    await page.goto(LINKEDIN_VISIBILITY_URL);
    const toggle = await page.$('::-p-aria([name="Who can see your connections"][role="switch"])');
    expect(await toggle?.evaluate((el) => el.getAttribute('aria-checked'))).toBe('false');
    expect(await page.$$eval('fieldset legend', (ls) => ls.map((l) => l.textContent))).toEqual(['Profile discovery using email', 'Profile discovery using phone']);
    expect(await page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')).filter((h) => /connections-visibility|discover-by/.test(h ?? '')))).toEqual([]);
  });

  it('consent-dialog, missing-embedded-data and label-synonyms: a cookie dialog over a page with no data and other wording', async () => {
    linkedin.vary('consent-dialog', 'missing-embedded-data', 'label-synonyms');
    const page = await openPage(true);
    await page.goto('https://www.linkedin.com/mypreferences/d/settings/discover-by-email');
    expect(await page.$('::-p-aria([name="LinkedIn respects your privacy"][role="dialog"])')).not.toBeNull();
    expect(await page.$$eval('label', (ls) => ls.map((l) => l.textContent))).toEqual(['Anyone', '2nd degree connections', '1st and 2nd-degree connections', '1st degree connections', 'No one']);
    await page.goto(LINKEDIN_VISIBILITY_URL);
    expect(await datalets(page)).toEqual({});
  });

  it('automation-gate and the late notices: an ordinary 200 page whose script draws the notice', async () => {
    linkedin.vary('automation-gate');
    const page = await openPage(true);
    const response = await page.goto(LINKEDIN_VISIBILITY_URL, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/automated/);
    await page.waitForFunction(() => /looks automated/.test(document.body.innerText), { timeout: 5_000 });
    expect((await fetchPrivacy(page)).status).toBe(403);
    linkedin.vary();
    linkedin.lateGate('rate-limited');
    await page.goto(LINKEDIN_VISIBILITY_URL);
    await page.waitForFunction(() => /very high number of pages/.test(document.body.innerText), { timeout: 5_000 });
  });

  it('unrecognised-profile and profile-no-redirect: the public profile in another layout, /in/me/ served as is', async () => {
    linkedin.vary('unrecognised-profile', 'profile-no-redirect');
    const stranger = await openPage(false);
    await stranger.goto('https://www.linkedin.com/in/dr-sam-rivers-4a1b2c/');
    expect(await stranger.$('.top-card-layout')).toBeNull();
    expect(await stranger.evaluate(() => document.body.innerText)).toContain('GP at Kirkstall Health Centre');
    const member = await openPage(true);
    await member.goto('https://www.linkedin.com/in/me/');
    expect(new URL(member.url()).pathname).toBe('/in/me/');
    expect(await member.$eval('h1', (h) => h.textContent)).toBe('Sam Rivers');
  });
});
