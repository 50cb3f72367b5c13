/**
 * Hard stops Instagram's app draws after the page has loaded (its API answers saying nothing), or
 * puts only in the page's embedded error list: a rate limit, an account check, a temporary block
 * and its "automated behaviour" warning. Each must be recognised before anything is read: no
 * observation, no passing item, no score, and a session that is not "signed in".
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInstagramReader, instagramReader } from '../../../main/engine/platforms/instagram/index.ts';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';
import type { InstagramEmulator, InstagramLateProblem, InstagramSettings } from '../../../main/demo/instagram/index.ts';
import { everySetting } from '../../support/reader-results.ts';
import { checklistItemsFor, expectNoPass } from '../../support/variation-checks.ts';
import { INSTAGRAM_ACCOUNT, readAccount, reasonsOf, signedInInstagram, type SignedInInstagram } from './context.ts';

let site: SignedInInstagram;
let instagram: InstagramEmulator;
let browser: Browser;
let items: ChecklistItem[];

beforeAll(async () => {
  site = await signedInInstagram();
  ({ instagram, browser } = site);
  items = await checklistItemsFor('instagram');
});
afterAll(() => site.close());
afterEach(() => {
  instagram.reset();
  instagram.restore();
  expect(site.emulators.errors).toEqual([]);
});

const reader = createInstagramReader({ waitMs: 10_000, graceMs: 1_500 });

const STOPS: [InstagramLateProblem, string, RegExp][] = [
  ['rate-limited', 'rate-limited', /wait a few minutes/],
  ['challenge', 'challenge', /confirm it is you/],
  ['blocked', 'blocked', /temporarily blocked/],
  ['automation', 'automation-blocked', /automated behaviour/],
];

describe.each(STOPS)('Instagram draws "%s" after load', (problem, state, words) => {
  it.each([[false, 'on the screen'], [true, 'only in the page\'s embedded error list']])('is recognised before anything is read (in data only: %s, %s)', async (inDataOnly) => {
    instagram.drawProblemLate(problem, inDataOnly);
    const result = await readAccount(browser, reader);
    expect(result.session).toBe(state);
    expect(result.sessionDetail).toMatch(words);
    expect(result.observations).toEqual([]);
    expect(reasonsOf(result)).toEqual(everySetting(instagramReader, state));
    expect(result.identity).toBeNull();
    expect(result.stranger).toBeNull();
    expectNoPass(result, items, INSTAGRAM_ACCOUNT);
  });
});

describe('a hard stop on a page whose labels are not read', () => {
  it('is still recognised from the error list\'s code, though the settings data came', async () => {
    instagram.setLanguage('fr');
    instagram.drawProblemLate('challenge', true);
    const result = await readAccount(browser, reader);
    expect(result.session).toBe('challenge');
    expect(result.observations).toEqual([]);
    expectNoPass(result, items, INSTAGRAM_ACCOUNT);
  });
});

describe('pages it does not recognise', () => {
  it('are not a signed-in session: no data, no settings controls and no recognisable profile give "unknown"', async () => {
    instagram.vary('missing-embedded-data', 'unrecognised-profile');
    for (const setting of Object.keys(instagram.state.settings) as (keyof InstagramSettings)[]) instagram.hideControl(setting);
    const result = await readAccount(browser, createInstagramReader({ waitMs: 3_000, graceMs: 500 }));
    expect(result.session).toBe('unknown');
    expect(result.sessionDetail).toMatch(/did not recognise Instagram's settings page or your profile/);
    expect(result.observations).toEqual([]);
    expectNoPass(result, items, INSTAGRAM_ACCOUNT);
  });
});

describe('reasons say what happened once', () => {
  it('leaves the advice to the engine: no "run the audit again" in a session detail that has advice of its own', async () => {
    instagram.rateLimit();
    const result = await readAccount(browser, reader);
    expect(result.session).toBe('rate-limited');
    expect(result.sessionDetail).toBe('Instagram asked to wait a few minutes before loading more pages.');
  });
});
