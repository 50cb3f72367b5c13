/** The Instagram emulator itself, in real Chromium: the login form, the JSON its pages load, and its states. */
import type { HTTPResponse, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInstagramEmulator, INSTAGRAM_APP_ID, signInToInstagram } from '../../../main/demo/instagram/index.ts';
import { startEmulatorBrowser, type EmulatorBrowser } from '../../support/emulator-browser.ts';

const ORIGIN = 'https://www.instagram.com';
const FORM_DATA = `${ORIGIN}/api/v1/web/accounts/edit/web_form_data/`;

const instagram = createInstagramEmulator();
let site: EmulatorBrowser;

beforeAll(async () => { site = await startEmulatorBrowser(instagram); });
afterAll(() => site.close());
afterEach(async () => {
  instagram.reset();
  instagram.restore();
  await site.endTest();
});

const openPage = (signedIn: boolean): Promise<Page> => site.openPage(signedIn);

/** An API answer fetched from inside an instagram.com page, with or without the web app id. */
async function fetchFromPage(page: Page, url: string, appId: string | null = INSTAGRAM_APP_ID): Promise<{ status: number; type: string; body: string }> {
  return page.evaluate(async (target, id) => {
    const r = await fetch(target, { credentials: 'include', headers: id === null ? {} : { 'X-IG-App-ID': id } });
    return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text() };
  }, url, appId);
}

function formDataResponse(page: Page): Promise<HTTPResponse> {
  return page.waitForResponse((r) => r.url() === FORM_DATA);
}

describe('Instagram emulator: signing in', () => {
  it('signs in through the login form and sets Instagram\'s session cookies', async () => {
    const page = await openPage(false);
    await signInToInstagram(page, instagram.credentials);
    expect(new URL(page.url()).pathname).toBe('/');
    const cookies = new Map((await site.context.cookies()).map((c) => [c.name, c]));
    expect(cookies.get('sessionid')).toMatchObject({ domain: '.instagram.com', httpOnly: true, secure: true });
    expect(cookies.get('ds_user_id')).toMatchObject({ value: instagram.state.account.id, httpOnly: false });
    expect(cookies.get('csrftoken')?.httpOnly).toBe(false);
  });

  it('refuses a wrong password with Instagram\'s own words', async () => {
    const page = await openPage(false);
    await expect(signInToInstagram(page, { ...instagram.credentials, password: 'wrong' })).rejects.toThrow(/Sorry, your password was incorrect/);
  });
});

describe('Instagram emulator: the settings pages and their JSON', () => {
  it('loads web_form_data and web_profile_info from the page itself, with the current state', async () => {
    instagram.set({ presence_disabled: true, usertag_review_enabled: true, is_private: true });
    const page = await openPage(true);
    const profileInfo = page.waitForResponse((r) => r.url().startsWith(`${ORIGIN}/api/v1/users/web_profile_info/`));
    const form = formDataResponse(page);
    await page.goto(`${ORIGIN}/accounts/privacy_setting/`);
    const body = await (await form).json() as { form_data: Record<string, unknown> };
    expect(body.form_data).toMatchObject({ first_name: 'Dr Sam Rivers', username: 'drsamrivers', presence_disabled: true, usertag_review_enabled: true, chaining_enabled: true });
    const info = await (await profileInfo).json() as { data: { user: Record<string, unknown> } };
    expect(info.data.user).toMatchObject({ is_private: true, full_name: 'Dr Sam Rivers' });
    expect(await page.$eval('html', (h) => h.lang)).toBe('en');
    expect(await page.$eval('[aria-labelledby="lbl-private"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
  });

  it('answers web_profile_info only with the web app id', async () => {
    const page = await openPage(false);
    await page.goto(`${ORIGIN}/drsamrivers/`);
    const without = await fetchFromPage(page, `${ORIGIN}/api/v1/users/web_profile_info/?username=drsamrivers`, null);
    expect(without.status).toBe(400);
    const withId = await fetchFromPage(page, `${ORIGIN}/api/v1/users/web_profile_info/?username=drsamrivers`);
    expect(JSON.parse(withId.body)).toMatchObject({ data: { user: { username: 'drsamrivers', is_private: false } } });
  });

  it('sends a dead session to the login page, and web_form_data answers with not-logged-in HTML', async () => {
    const page = await openPage(true);
    instagram.signOut();
    await page.goto(`${ORIGIN}/accounts/privacy_setting/`);
    expect(page.url()).toBe(`${ORIGIN}/accounts/login/?next=%2Faccounts%2Fprivacy_setting%2F`);
    const answer = await fetchFromPage(page, FORM_DATA);
    expect(answer.type).toContain('text/html');
    expect(answer.body).toContain('not-logged-in');
  });

  it('goes to the account check when Instagram answers checkpoint_required', async () => {
    instagram.challenge();
    const page = await openPage(true);
    await page.goto(`${ORIGIN}/accounts/privacy_setting/`);
    await page.waitForFunction(() => location.pathname === '/challenge/');
    const answer = await fetchFromPage(page, FORM_DATA);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ message: 'checkpoint_required' });
  });

  it('shows "Try Again Later" when blocked, and asks to wait when rate limited', async () => {
    instagram.block();
    const page = await openPage(true);
    await page.goto(`${ORIGIN}/accounts/privacy_setting/`);
    await page.waitForSelector('#notice:not([hidden])');
    expect(await page.$eval('#notice', (e) => e.textContent)).toMatch(/^Try Again Later/);
    instagram.rateLimit();
    const answer = await fetchFromPage(page, FORM_DATA);
    expect(answer.status).toBe(429);
    expect(JSON.parse(answer.body)).toMatchObject({ message: 'Please wait a few minutes before you try again.' });
  });

  it('after a redesign, leaves chaining_enabled out and rewords the mention options', async () => {
    instagram.changeMarkup();
    const page = await openPage(true);
    const form = formDataResponse(page);
    await page.goto(`${ORIGIN}/accounts/tags_and_mentions/`);
    expect((await (await form).json() as { form_data: Record<string, unknown> }).form_data).not.toHaveProperty('chaining_enabled');
    const text = await page.$eval('main', (m) => m.innerText);
    expect(text).toContain('Only people you follow');
    expect(text).toContain('Allow tags from everyone');
  });

  it('speaks French when asked, in its labels and <html lang>, with the same JSON', async () => {
    instagram.setLanguage('fr');
    const page = await openPage(true);
    const form = formDataResponse(page);
    await page.goto(`${ORIGIN}/accounts/privacy_setting/`);
    expect(await page.$eval('html', (h) => h.lang)).toBe('fr');
    expect(await page.$eval('main', (m) => m.innerText)).toContain('Compte privé');
    expect((await (await form).json() as { form_data: Record<string, unknown> }).form_data).toHaveProperty('presence_disabled', false);
  });

  it('shows the search-engine switch only on a public professional account', async () => {
    const page = await openPage(true);
    const switchShown = async (): Promise<boolean> => {
      await page.goto(`${ORIGIN}/accounts/privacy_setting/`);
      return (await page.$('#search')) !== null;
    };
    expect(await switchShown()).toBe(false);
    instagram.setProfile({ is_professional: true, category_name: 'Doctor' });
    expect(await switchShown()).toBe(true);
    instagram.set({ is_private: true });
    expect(await switchShown()).toBe(false);
  });
});

describe('Instagram emulator: what a stranger sees', () => {
  it('shows an exposed profile\'s posts, with the followers count leading to the login page', async () => {
    const page = await openPage(false);
    await page.goto('https://instagram.com/drsamrivers/');
    expect(page.url()).toBe(`${ORIGIN}/drsamrivers/`);
    expect(await page.$$eval('a[href^="/p/"]', (links) => links.length)).toBe(3);
    expect(await page.$eval('meta[property="og:title"]', (m) => m.getAttribute('content'))).toBe('Dr Sam Rivers (@drsamrivers) • Instagram photos and videos');
    const followers = await page.$$eval('a[href*="followers"]', (links) => links.map((l) => l.getAttribute('href')));
    expect(followers).toEqual(['/accounts/login/?next=%2Fdrsamrivers%2Ffollowers%2F']);
  });

  it('shows a locked-down profile\'s header and "This account is private"', async () => {
    instagram.set({ is_private: true });
    const page = await openPage(false);
    await page.goto(`${ORIGIN}/drsamrivers/`);
    const text = await page.$eval('main', (m) => m.innerText);
    expect(text).toContain('This account is private');
    expect(text).toContain('Dr Sam Rivers');
    expect(await page.$$eval('a[href^="/p/"]', (links) => links.length)).toBe(0);
  });

  it('sends a stranger to log in when the login wall is up', async () => {
    instagram.loginWall();
    const page = await openPage(false);
    await page.goto(`${ORIGIN}/drsamrivers/`);
    expect(page.url()).toBe(`${ORIGIN}/accounts/login/?next=%2Fdrsamrivers%2F`);
  });
});
