/**
 * The X reader under every variation switch real sites show (main/demo/variations.ts): it reads
 * each setting correctly or says why not, never passes on an unhealthy session, and draws no
 * conclusion from a profile page it did not recognise. Also X's unhealthy messages drawn late by
 * script, the fallback that reads X's pages when its settings data does not come, and a choice X
 * offers that the reader does not know.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';
import { evaluateAccount } from '../../../main/engine/audit/evaluate.ts';
import { createXReader, xReader } from '../../../main/engine/platforms/x/index.ts';
import type { PlatformReadResult, SettingValue } from '../../../main/engine/types.ts';
import type { RunningEmulators } from '../../../main/demo/harness.ts';
import { VARIATION_NAMES, type Variation } from '../../../main/demo/variations.ts';
import type { XDmsFrom, XEmulator, XLateNotice } from '../../../main/demo/x/index.ts';
import { readOnce } from '../../support/reader-context.ts';
import { reasonsOf, valuesOf } from '../../support/reader-results.ts';
import { checklistItemsFor, expectNoPass, expectOnlyTrueValues, expectStrangerConcludedNothing } from '../../support/variation-checks.ts';
import { signedInX, X_ACCOUNT, type SignedInX } from './context.ts';


let site: SignedInX;
let x: XEmulator;
let emulators: RunningEmulators;
let browser: Browser;
let items: ChecklistItem[];
let baseline: string[];

beforeAll(async () => {
  site = await signedInX();
  ({ x, emulators, browser } = site);
  items = await checklistItemsFor('x');
  baseline = expectOnlyTrueValues(await audit(), truth()).read;
});

afterAll(() => site.close());

afterEach(() => { x.restore(); });

async function audit(reader = xReader, stepTimeoutMs = 20_000): Promise<PlatformReadResult> {
  return readOnce(browser, reader, { account: X_ACCOUNT, hosts: reader.hosts, stepTimeoutMs });
}

/** What the emulator holds, in the reader's terms. */
function truth(): Record<string, SettingValue> {
  const held = x.state.settings as unknown as Record<string, SettingValue>;
  return Object.fromEntries(xReader.settings.map((setting) =>
    [setting, setting === 'screen_name' ? x.state.account.screen_name : held[setting] as SettingValue]));
}

/** Documents loaded from x.com (not its API) while `run` ran. */
async function countingPages<T>(run: () => Promise<T>): Promise<{ value: T; pages: number }> {
  const documents = (): number => emulators.requestsTo('x.com').filter((r) => !r.path.startsWith('/i/api/')).length;
  const before = documents();
  const value = await run();
  return { value, pages: documents() - before };
}

describe('the plain page', () => {
  it('reads every setting, the baseline the variations are held to', () => {
    expect([...baseline].sort()).toEqual([...xReader.settings].sort());
  });
});

const READS_ALL: Variation[] = ['late-content', 'late-content-slow', 'consent-dialog'];

describe.each(VARIATION_NAMES.filter((v) => v !== 'automation-gate' && v !== 'unrecognised-profile'))('under %s', (variation) => {
  it('reports only true values, and every setting left unread says why', async () => {
    x.vary(variation);
    const result = await audit();
    expect(result.session).toBe('signed-in');
    const { read } = expectOnlyTrueValues(result, truth());
    if (READS_ALL.includes(variation)) expect(read).toEqual(baseline);
    // Whatever the layout, the name and handle that reach the name rule are the person's own.
    expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: 'DrSamRivers' });
    if (result.stranger?.checked === true && result.stranger.name !== null) expect(result.stranger.name).toBe('Dr Sam Rivers');
  }, 60_000);
});

describe('under automation-gate', () => {
  it('says X turned the browser away as automated, never that it took too long, and nothing passes', async () => {
    x.vary('automation-gate');
    const result = await audit();
    expect(result.session).toBe('automation-blocked');
    expectNoPass(result, items, X_ACCOUNT);
    expect(new Set(Object.values(reasonsOf(result)))).toEqual(new Set(['automation-blocked']));
    expect(result.sessionDetail).toMatch(/X showed its error page \("Something went wrong"\)/);
  });

  it('says so too when the gate is drawn 4 s after the page loads', async () => {
    x.vary('automation-gate', 'late-content-slow');
    const result = await audit();
    expect(result.session).toBe('automation-blocked');
    expectNoPass(result, items, X_ACCOUNT);
  });
});

describe('when X turns away only the stranger\'s browser', () => {
  it('reads the settings and says the stranger check could not be done, and why', async () => {
    x.gateStrangers();
    const result = await audit();
    expectOnlyTrueValues(result, truth());
    expectStrangerConcludedNothing(result.stranger);
    expect(result.stranger?.notes).toEqual(['Chaperone could not check what a stranger sees: X turned the browser away as automated instead of showing your profile.']);
  });
});

describe('under unrecognised-profile', () => {
  it('reads the settings, and the stranger view concludes nothing from a layout it does not know', async () => {
    x.vary('unrecognised-profile');
    const result = await audit();
    expectOnlyTrueValues(result, truth());
    expect(result.stranger).not.toBeNull();
    expectStrangerConcludedNothing(result.stranger);
    expect(result.stranger?.notes.join(' ')).toMatch(/layout Chaperone does not recognise/);
  });

  it('concludes nothing either for a protected account, whose header it does not know above X\'s usual empty state', async () => {
    x.vary('unrecognised-profile');
    x.set({ protected: true });
    try {
      expectStrangerConcludedNothing((await audit()).stranger);
    } finally {
      x.set({ protected: false });
    }
  });
});

describe('under name-handle-one-line', () => {
  it('tells the name from the handle in what a stranger sees', async () => {
    x.vary('name-handle-one-line');
    const result = await audit();
    expect(result.stranger).toMatchObject({ checked: true, profileVisible: true, name: 'Dr Sam Rivers' });
    expect(result.stranger?.notes).toContain('Your name "Dr Sam Rivers" is visible to anyone, without signing in.');
  });
});

describe('X\'s messages drawn late by script, instead of the page', () => {
  const cases: [XLateNotice, string][] = [['rate-limited', 'rate-limited'], ['challenge', 'challenge'], ['blocked', 'blocked']];

  it.each(cases)('%s: the session is %s, never signed in or timed out, and nothing passes', async (notice, state) => {
    x.drawLate(notice);
    x.vary('late-content');
    const result = await audit();
    expect(result.session).toBe(state);
    expectNoPass(result, items, X_ACCOUNT);
    expect(Object.values(reasonsOf(result))).not.toContain('timeout');
  });

  it('tells blocked from rate limited: a suspension is not a limit that lifts', async () => {
    x.drawLate('blocked');
    const result = await audit();
    expect(result.session).toBe('blocked');
    expect(result.sessionDetail).toBe('X says this account is suspended, so its settings cannot be read.');
  });
});

describe('reasons, as the audit shows them', () => {
  const unhealthy: [string, () => void][] = [
    ['locked', () => { x.lock(); }],
    ['rate limited', () => { x.rateLimit(); }],
    ['rate limited, said late', () => { x.drawLate('rate-limited'); }],
    ['gated as automated', () => { x.vary('automation-gate'); }],
  ];

  it.each(unhealthy)('%s: each item says what happened and what to do once, with one wait at most', async (_, make) => {
    make();
    const result = await audit();
    const reasons = evaluateAccount(items, X_ACCOUNT, 'X', result).filter((item) => item.status === 'unknown').map((item) => item.reason ?? '');
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      expect(reason.match(/run the audit again/gi)?.length ?? 0, reason).toBeLessThanOrEqual(1);
      expect(reason.match(/sign in/gi)?.length ?? 0, reason).toBeLessThanOrEqual(1);
      expect(reason.match(/\d+ (?:minute|hour)s?\b/gi)?.length ?? 0, reason).toBeLessThanOrEqual(1);
      expect(reason, reason).not.toMatch(/[a-z]+_[a-z_]+/);
    }
  });
});

describe('when X\'s settings data does not come, from the pages', () => {
  /** X's data 0.8 s late, the reader giving it 0.2 s once the page looks signed in. */
  const impatient = createXReader({ waitMs: 10_000, settingsGraceMs: 200, postsWaitMs: 3_000 });
  const SWITCHES = ['protected', 'discoverable_by_email', 'discoverable_by_mobile_phone', 'geo_enabled'];

  it('reads the switches on the hub itself under inline-controls, before any link, in one page', async () => {
    x.vary('inline-controls');
    x.set({ protected: true, discoverable_by_email: false });
    x.slow(800);
    try {
      const { value: result, pages } = await countingPages(() => audit(impatient));
      expectOnlyTrueValues(result, truth());
      expect(Object.keys(valuesOf(result)).sort()).toEqual(['screen_name', ...SWITCHES].sort());
      expect(result.observations.find((o) => o.setting === 'protected')?.evidence).toMatch(/^x\.com\/settings\/privacy_and_safety /);
      // The hub, the profile, and a stranger's view of it: no settings page behind a link.
      expect(pages).toBe(3);
    } finally {
      x.set({ protected: false, discoverable_by_email: true });
    }
  });

  it('reads the switches under their other wordings (label-synonyms)', async () => {
    x.vary('label-synonyms');
    x.set({ geo_enabled: true });
    x.slow(800);
    try {
      const result = await audit(impatient);
      expectOnlyTrueValues(result, truth());
      expect(Object.keys(valuesOf(result)).sort()).toEqual(['screen_name', ...SWITCHES].sort());
      expect(result.observations.find((o) => o.setting === 'protected')?.evidence).toMatch(/"Protect your Tweets"/);
    } finally {
      x.set({ geo_enabled: false });
    }
  });

  it('ignores the cookie banner and reads the switches behind it (consent-dialog)', async () => {
    x.vary('consent-dialog');
    x.slow(800);
    const result = await audit(impatient);
    expectOnlyTrueValues(result, truth());
    expect(Object.keys(valuesOf(result)).sort()).toEqual(['screen_name', ...SWITCHES].sort());
  });

  it('finds the handle in the side navigation X draws for the person when its settings data leaves it out', async () => {
    x.dropField('screen_name');
    const result = await audit();
    expectOnlyTrueValues(result, truth());
    expect(valuesOf(result)).toMatchObject({ screen_name: 'DrSamRivers' });
    expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: 'DrSamRivers' });
  });
});

describe('a choice X offers that the reader does not know', () => {
  it('is reported as unrecognised, with its text, and the item it feeds does not pass', async () => {
    x.set({ allow_dms_from: 'subscribers' as XDmsFrom });
    try {
      const result = await audit();
      expect(valuesOf(result)).not.toHaveProperty('allow_dms_from');
      expect(result.unread).toContainEqual({ setting: 'allow_dms_from', reason: 'unrecognised-value',
        detail: 'X gave "Allow message requests from" as "subscribers", a choice Chaperone does not know yet.' });
      const dms = evaluateAccount(items, X_ACCOUNT, 'X', result).filter((item) => item.itemId.startsWith('x.message-requests'));
      expect(dms.length).toBeGreaterThan(0);
      expect(dms.map((item) => item.status)).not.toContain('pass');
    } finally {
      x.set({ allow_dms_from: 'following' });
    }
  });
});
