/**
 * "See an example audit": the bundled made-up audit, loaded as its own chunk, shown with the
 * Results screen's parts under a banner that says it is not the user's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import { rahmanProfile } from '../unit/store/store-fixtures.ts';

let ui: RendererApp;
let page: Page;
const scripts: string[] = [];

beforeAll(async () => {
  ui = await openRendererApp({}, {
    page: { defaultTimeout: 15_000 },
    // A new user with no audits: history offers the example.
    prepare: (app) => app.store.update((data) => ({ ...data, profile: { ...rahmanProfile, registeredName: 'Sam Okafor' } })),
  });
  page = ui.page;
  page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname); });
});
afterAll(() => ui.close());

const focusedText = (): Promise<string | null> => page.evaluate(() => document.activeElement?.textContent ?? null);

describe('example audit', () => {
  it('loads on demand and says plainly that it is a made-up clinician, not the user', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History' }).click();
    const before = scripts.length;
    await page.getByRole('link', { name: 'See an example audit' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /An example audit/ }).waitFor();
    const banner = page.getByRole('region', { name: 'Example only' });
    await banner.getByText('This is a made-up audit of Amina Rahman, an imaginary GP, on demo accounts. It is not yours.').waitFor();
    // The example arrived as its own script, after the window's first one.
    expect(scripts.slice(before).some((path) => path.includes('demo-audit'))).toBe(true);
    expect(scripts.slice(0, before).some((path) => path.includes('demo-audit'))).toBe(false);

    await page.getByRole('heading', { name: 'Overall score' }).waitFor();
    expect(await page.getByRole('link', { name: 'View Personal X' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'View Professional X' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Fix these first' }).isVisible()).toBe(true);
    expect(await page.getByText('Sam Okafor').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'example');
  });

  it('keeps the results short: what to fix is open, and the whole page is under 4,000 pixels at 1,100 wide', async () => {
    // Everything failing is listed, open, in "Fix these first"; each account is one row.
    const failing = await page.evaluate(() => document.querySelectorAll('.app-fix-first__list > li').length);
    expect(failing).toBeGreaterThan(10);
    const { width, height } = await page.evaluate(() => ({ width: window.innerWidth, height: document.documentElement.scrollHeight }));
    expect(width).toBe(1100);
    expect(height).toBeLessThan(4000);
  });

  it('opens an account of the example in place, then an item of it, and goes back each time, from the keyboard', async () => {
    const view = page.getByRole('link', { name: 'View Personal X' });
    await view.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('Personal X');
    expect(await page.getByRole('heading', { name: 'Overall score' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 3, name: 'What a stranger sees' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'example-account');

    const item = page.locator('.nhsuk-task-list__link').first();
    const title = await item.innerText();
    await item.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toContain(title);
    expect(await page.getByRole('heading', { name: 'Why this matters' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Overall score' }).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'example-item');

    await page.getByRole('button', { name: 'Back to the example audit' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe(title);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('An example audit');

    await page.getByRole('button', { name: 'Back to the example audit' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('View Personal X');
    expect(await page.getByRole('heading', { name: 'Overall score' }).isVisible()).toBe(true);
  });
});
