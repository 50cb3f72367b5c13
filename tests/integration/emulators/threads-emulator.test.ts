/** The Threads emulator itself, in real Chromium: log-in form, pages, embedded JSON and every state. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Cookie, Page } from 'puppeteer-core';
import { createThreadsEmulator, signInToThreads, THREADS_EMULATED_HOSTS, WRONG_PASSWORD } from '../../../main/demo/threads/index.ts';
import type { Emulator } from '../../../main/demo/types.ts';
import { startEmulatorBrowser, type EmulatorBrowser } from '../../support/emulator-browser.ts';

/** Stands in for the Instagram emulator built alongside: both must fit in one harness. */
const instagramNeighbour: Emulator = {
  name: 'instagram', hosts: ['www.instagram.com', 'instagram.com', 'static.cdninstagram.com'],
  handle(_req, res) { res.writeHead(200, { 'content-type': 'text/plain' }).end('instagram'); },
};

const threads = createThreadsEmulator();
let site: EmulatorBrowser;

beforeAll(async () => { site = await startEmulatorBrowser(threads, [instagramNeighbour]); });
afterAll(() => site.close());
afterEach(async () => {
  threads.reset();
  await site.endTest();
});

const openPage = (signedIn: boolean): Promise<Page> => site.openPage(signedIn);

async function cookiesNow(): Promise<Map<string, Cookie>> {
  return new Map((await site.context.cookies()).map((c) => [c.name, c]));
}

async function visit(page: Page, path: string): Promise<{ status: number | undefined; text: string; path: string }> {
  const response = await page.goto(`https://www.threads.com${path}`, { waitUntil: 'domcontentloaded' });
  const url = new URL(page.url());
  return { status: response?.status(), text: await page.evaluate(() => document.body.innerText), path: `${url.pathname}${url.search}` };
}

/** The user object embedded in the profile page's `<script type="application/json">` blocks. */
async function embeddedUser(page: Page): Promise<Record<string, unknown> | undefined> {
  const blocks = await page.$$eval('script[type="application/json"]', (scripts) => scripts.map((s) => s.textContent));
  const pending: unknown[] = blocks.map((b) => JSON.parse(b) as unknown);
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    if (typeof record.user === 'object' && record.user !== null) return record.user as Record<string, unknown>;
    pending.push(...Object.values(record));
  }
  return undefined;
}

describe('Threads emulator: logging in', () => {
  it('claims only Threads host names, so it runs beside the Instagram emulator', () => {
    expect(threads.emulator.hosts).toEqual([...THREADS_EMULATED_HOSTS]);
    expect(threads.emulator.hosts.every((h) => /(^|\.)threads\.(com|net)$/.test(h))).toBe(true);
  });

  it('logs in with Instagram details through www.threads.com/login and sets the session cookies', async () => {
    const page = await openPage(false);
    const before = await visit(page, '/login');
    expect(before.text).toContain('Log in with your Instagram account');
    await signInToThreads(page, threads.credentials);
    expect(new URL(page.url()).pathname).toBe('/');
    const cookies = await cookiesNow();
    expect(cookies.get('sessionid')).toMatchObject({ domain: '.threads.com', httpOnly: true, secure: true });
    expect(cookies.get('ds_user_id')?.value).toBe(threads.state.account.pk);
    const settings = await visit(page, '/settings/privacy');
    expect(settings.path).toBe('/settings/privacy');
    expect(await page.$eval('::-p-aria(Private profile)', (el) => (el as HTMLInputElement).checked)).toBe(false);
  });

  it('refuses a wrong password with Threads\' message and sets no session', async () => {
    const page = await openPage(false);
    await expect(signInToThreads(page, { ...threads.credentials, password: 'not-it' }, 5_000)).rejects.toThrow(WRONG_PASSWORD);
    expect([...(await cookiesNow()).keys()]).not.toContain('sessionid');
  });

  it('sends threads.net and the bare names on to www.threads.com', async () => {
    const page = await openPage(false);
    await page.goto('https://threads.net/@dr.sam.rivers', { waitUntil: 'domcontentloaded' });
    expect(page.url()).toBe('https://www.threads.com/@dr.sam.rivers');
  });
});

describe('Threads emulator: settings pages', () => {
  it('draws each setting with its label and current value', async () => {
    threads.set({ text_post_app_is_private: true, mentions: 'following', online_status: false, fediverse_sharing: true });
    const page = await openPage(true);
    await visit(page, '/settings/privacy');
    expect(await page.$eval('::-p-aria(Private profile)', (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await page.$eval('::-p-aria(Online status)', (el) => (el as HTMLInputElement).checked)).toBe(false);
    expect(await page.$eval('[role=radiogroup] [aria-checked=true]', (el) => el.textContent)).toBe('Profiles you follow');
    await visit(page, '/settings/account');
    expect(await page.$eval('::-p-aria(Fediverse sharing)', (el) => (el as HTMLInputElement).checked)).toBe(true);
  });

  it('sends a session Threads ended to /login, and a checked account to /challenge/', async () => {
    const page = await openPage(true);
    threads.signOut();
    expect((await visit(page, '/settings/privacy')).path).toBe('/login?next=%2Fsettings%2Fprivacy');
    await page.browserContext().setCookie(...threads.issueSessionCookies());
    threads.challenge();
    const checked = await visit(page, '/settings/privacy');
    expect(checked.path).toBe('/challenge/?next=%2Fsettings%2Fprivacy');
    expect(checked.text).toContain('Confirm it\'s you');
  });

  it('shows "Try again later" with feedback_required when blocked, and 429 when rate limited', async () => {
    const page = await openPage(true);
    threads.block();
    const blocked = await visit(page, '/settings/privacy');
    expect(blocked.text).toContain('Try again later');
    expect(await page.content()).toContain('"message":"feedback_required"');
    threads.rateLimit();
    const limited = await visit(page, '/settings/account');
    expect(limited).toMatchObject({ status: 429, text: 'Please wait a few minutes before you try again.' });
  });

  it('renames Online status in the changed markup, and draws Spanish labels under lang="es"', async () => {
    const page = await openPage(true);
    threads.changeMarkup();
    expect((await visit(page, '/settings/privacy')).text).toContain('Activity indicator');
    expect(await page.$('::-p-aria(Online status)')).toBeNull();
    threads.restore();
    threads.setLanguage('es');
    const spanish = await visit(page, '/settings/privacy');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(spanish.text).toContain('Perfil privado');
    expect(spanish.text).toContain('Perfiles que sigues');
  });
});

describe('Threads emulator: the profile page', () => {
  it('embeds the user JSON, and shows a stranger the posts of a public profile with a log-in prompt', async () => {
    const page = await openPage(false);
    const view = await visit(page, '/@dr.sam.rivers');
    expect(await embeddedUser(page)).toMatchObject({
      username: 'dr.sam.rivers', full_name: 'Dr Sam Rivers', text_post_app_is_private: false,
      biography: 'GP in Leeds. Primary care, running and the odd bad pun.',
    });
    expect(await page.$$eval('[data-pressable-container]', (posts) => posts.length)).toBe(2);
    expect(view.text).toContain('Log in or sign up for Threads');
    expect(view.text).toContain('1,204 followers');
  });

  it('shows a stranger only name, bio and the private notice of a private profile; the owner still sees posts', async () => {
    threads.set({ text_post_app_is_private: true });
    const page = await openPage(false);
    const view = await visit(page, '/@dr.sam.rivers');
    expect(view.text).toContain('This profile is private');
    expect(await page.$$('[data-pressable-container]')).toHaveLength(0);
    expect(await embeddedUser(page)).toMatchObject({ text_post_app_is_private: true });
    await page.browserContext().setCookie(...threads.issueSessionCookies());
    await visit(page, '/@dr.sam.rivers');
    expect(await page.$$('[data-pressable-container]')).toHaveLength(2);
  });

  it('leaves the private flag out of the JSON in the changed markup, and can send strangers to log in', async () => {
    threads.changeMarkup();
    const page = await openPage(false);
    await visit(page, '/@dr.sam.rivers');
    expect(await embeddedUser(page)).not.toHaveProperty('text_post_app_is_private');
    threads.loginWall();
    expect((await visit(page, '/@dr.sam.rivers')).path).toBe('/login?next=%2F%40dr.sam.rivers');
  });
});

describe('Threads emulator: variation switches and late problems', () => {
  it('draws the settings by script after load under late-content: none at first, all half a second later', async () => {
    threads.vary('late-content');
    const page = await openPage(true);
    await visit(page, '/settings/privacy');
    expect(await page.$('::-p-aria(Private profile)')).toBeNull();
    await page.waitForSelector('::-p-aria(Private profile)', { timeout: 3_000 });
    expect(await page.$('::-p-aria(Online status)')).not.toBeNull();
  });

  it('opens Meta\'s cookie dialog on arrival over an inert page, and remembers the choice', async () => {
    threads.vary('consent-dialog');
    const page = await openPage(true);
    await visit(page, '/settings/privacy');
    expect(await page.$eval('[role=dialog]', (el) => el.textContent)).toContain('Allow the use of cookies from Threads by Meta');
    expect(await page.$eval('#barcelona-page-layout', (el) => (el as HTMLElement).inert)).toBe(true);
    await page.locator('::-p-aria(Decline optional cookies)').click();
    expect(await page.$('[role=dialog]')).toBeNull();
    await visit(page, '/settings/account');
    expect(await page.$('[role=dialog]')).toBeNull();
  });

  it('moves Fediverse sharing onto Privacy under inline-controls, and draws other control kinds on request', async () => {
    threads.vary('inline-controls');
    threads.drawControls('mixed');
    const page = await openPage(true);
    await visit(page, '/settings/privacy');
    expect(await page.$eval('#fediverse-sharing', (el) => el.getAttribute('role'))).toBeNull();
    expect(await page.$eval('#online-status', (el) => el.getAttribute('aria-pressed'))).toBe('true');
    expect(await page.$eval('#mentions-select', (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Everyone');
    expect((await visit(page, '/settings/account')).text).not.toContain('Fediverse');
  });

  it('serves a stranger an unfamiliar layout with no profile data under unrecognised-profile', async () => {
    threads.vary('unrecognised-profile');
    const page = await openPage(false);
    const view = await visit(page, '/@dr.sam.rivers');
    expect(view.text).toContain('Dr Sam Rivers');
    expect(await embeddedUser(page)).toBeUndefined();
    expect(await page.title()).toBe('Threads');
  });

  it.each([
    ['rate-limited-late', 'Please wait a few minutes before you try again.'],
    ['blocked-late', 'Try again later'],
    ['automation-gate', 'We suspect automated behavior on your account'],
  ] as const)('%s: answers 200 with the shell and the viewer\'s stub, and draws the message after load', async (mode, message) => {
    threads.setMode(mode);
    const page = await openPage(true);
    const first = await visit(page, '/@dr.sam.rivers');
    expect(first.status).toBe(200);
    expect(first.text).not.toContain(message);
    expect(await embeddedUser(page)).toEqual({ username: 'dr.sam.rivers' });
    await page.waitForFunction((text) => document.body.innerText.includes(text), { timeout: 3_000 }, message);
  });

  it('challenge-late moves to /challenge/ by script, and rate-limited-embedded lists the limit in the page data', async () => {
    threads.setMode('challenge-late');
    const page = await openPage(true);
    expect((await visit(page, '/settings/privacy')).path).toBe('/settings/privacy');
    await page.waitForFunction(() => location.pathname === '/challenge/', { timeout: 3_000 });
    threads.setMode('rate-limited-embedded');
    await visit(page, '/settings/privacy');
    expect(await page.content()).toContain('"errors":[{"message":"Please wait a few minutes before you try again."');
  });
});
