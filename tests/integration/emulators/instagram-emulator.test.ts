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

describe('Instagram emulator: the variation switches', () => {
  const privacy = `${ORIGIN}/accounts/privacy_setting/`;
  const switchCount = (page: Page): Promise<number> => page.$$eval('main [role="switch"]', (els) => els.length);

  it.each([['late-content', 500], ['late-content-slow', 4_000]] as const)('under %s draws the settings that long after the document loads', async (variation, ms) => {
    instagram.vary(variation);
    const page = await openPage(true);
    await page.goto(privacy, { waitUntil: 'domcontentloaded' });
    const loaded = Date.now();
    expect(await switchCount(page)).toBe(0);
    await page.waitForSelector('main [role="switch"]', { timeout: ms + 5_000 });
    expect(Date.now() - loaded).toBeGreaterThanOrEqual(ms - 200);
  }, 15_000);

  it('opens the UK cookie dialog on arrival, until a choice is made', async () => {
    instagram.vary('consent-dialog');
    const page = await openPage(true);
    await page.goto(privacy);
    expect(await page.$eval('[role="dialog"]', (d) => d.textContent)).toContain('Allow the use of cookies from Instagram on this browser?');
    await page.click('[role="dialog"] button[data-choice="2"]');
    await page.goto(privacy);
    expect(await page.$('[role="dialog"]')).toBeNull();
  });

  it('behind the automation gate, draws its warning after load and loads no settings data', async () => {
    instagram.vary('automation-gate');
    const page = await openPage(true);
    const apiCalls: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/')) apiCalls.push(r.url()); });
    await page.goto(privacy, { waitUntil: 'domcontentloaded' });
    expect(await page.$eval('main', (m) => m.innerText)).not.toMatch(/automated/);
    await page.waitForFunction(() => /suspect automated behaviour/.test(document.body.innerText), { timeout: 5_000 });
    expect(await switchCount(page)).toBe(0);
    expect(apiCalls).toEqual([]);
  });

  it('keeps a late hard stop only in the page\'s embedded error list when asked', async () => {
    instagram.drawProblemLate('rate-limited', true);
    const page = await openPage(true);
    await page.goto(privacy);
    const blob = await page.$eval('script[data-sjs]', (s) => s.textContent);
    expect(blob).toContain('"errors":[{"message":"rate_limit_error"');
    expect(await page.$eval('body', (b) => b.innerText)).not.toMatch(/wait a few minutes/);
  });

  it('puts every control on Account privacy under inline-controls, and drops the menu links to them', async () => {
    instagram.vary('inline-controls');
    const page = await openPage(true);
    await page.goto(privacy);
    expect(await page.$$eval('main input[type="radio"]', (els) => els.length)).toBe(6);
    expect(await page.$$eval('main nav a', (links) => links.map((l) => l.textContent))).not.toContain('Tags and mentions');
  });

  it('words labels differently and offers one more mention option under label-synonyms', async () => {
    instagram.vary('label-synonyms');
    const page = await openPage(true);
    await page.goto(`${ORIGIN}/accounts/tags_and_mentions/`);
    const text = await page.$eval('main', (m) => m.innerText);
    expect(text).toContain('People you follow and your followers');
    expect(text).not.toContain('Allow tags from everyone');
  });

  it('leaves out the embedded data, and the app loads nothing it knows, under missing-embedded-data', async () => {
    instagram.vary('missing-embedded-data');
    const page = await openPage(true);
    const apiCalls: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/')) apiCalls.push(r.url()); });
    await page.goto(privacy);
    expect(await page.$('#ig-viewer')).toBeNull();
    expect(await switchCount(page)).toBeGreaterThan(0);
    expect(apiCalls).toEqual([]);
  });

  it('draws the name and the handle side by side under name-handle-one-line', async () => {
    instagram.vary('name-handle-one-line');
    const page = await openPage(false);
    await page.goto(`${ORIGIN}/drsamrivers/`);
    expect(await page.$eval('header .names', (n) => n.textContent)).toBe('Dr Sam Rivers@drsamrivers');
  });

  it('serves the profile at its address without the slash under profile-no-redirect (Instagram adds it otherwise)', async () => {
    const page = await openPage(false);
    await page.goto(`${ORIGIN}/drsamrivers`);
    expect(page.url()).toBe(`${ORIGIN}/drsamrivers/`);
    instagram.vary('profile-no-redirect');
    await page.goto(`${ORIGIN}/drsamrivers`);
    expect(page.url()).toBe(`${ORIGIN}/drsamrivers`);
    expect(await page.$eval('main', (m) => m.innerText)).toContain('Dr Sam Rivers');
  });

  it('draws a normal public profile in a layout of its own under unrecognised-profile', async () => {
    instagram.vary('unrecognised-profile');
    const page = await openPage(false);
    await page.goto(`${ORIGIN}/drsamrivers/`);
    expect(await page.$('main header')).toBeNull();
    expect(await page.$('meta[property="og:title"]')).toBeNull();
    const text = await page.$eval('main', (m) => m.innerText);
    expect(text).toContain('Dr Sam Rivers');
    expect(text).toContain('GP in Leeds');
  });
});
