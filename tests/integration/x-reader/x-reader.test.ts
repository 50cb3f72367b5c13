/**
 * The X reader in real Chromium against the X emulator: what the user sees when the session is
 * signed out, locked, rate limited or slow, when X leaves a field out, when the settings data never
 * comes, and what a stranger sees of a public profile.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createXReader, xReader } from '../../../main/engine/platforms/x/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import type { RunningEmulators } from '../../../main/demo/harness.ts';
import type { XEmulator } from '../../../main/demo/x/index.ts';
import { signedInX, X_ACCOUNT, type XContextOptions, type SignedInX } from './context.ts';
import { readOnce } from '../../support/reader-context.ts';
import { everySetting, reasonsOf, valuesOf } from '../../support/reader-results.ts';

let site: SignedInX;
let x: XEmulator;
let emulators: RunningEmulators;
let browser: Browser;

beforeAll(async () => {
  site = await signedInX();
  ({ x, emulators, browser } = site);
});

afterAll(() => site.close());

afterEach(() => {
  x.restore();
  x.loginWall(false);
  x.set({ language: 'en' });
});


/** One audit of the account, as the runner would do it; checks the reader closed its pages. */
async function audit(options: Partial<XContextOptions> = {}, reader = xReader): Promise<PlatformReadResult> {
  return readOnce(browser, reader, { account: X_ACCOUNT, hosts: reader.hosts, ...options });
}

describe('a signed-in, public X account', () => {
  let result: PlatformReadResult;
  let pageLoads: number;

  beforeAll(async () => {
    const documents = (): number => emulators.requestsTo('x.com').filter((r) => !r.path.startsWith('/i/api/')).length;
    const before = documents();
    result = await audit();
    pageLoads = documents() - before;
  });

  it('reads every setting from X\'s own settings data, with three page loads', () => {
    expect(result.session).toBe('signed-in');
    expect(result.sessionDetail).toBe('Signed in to X as @DrSamRivers.');
    expect(result.unread).toEqual([]);
    expect(valuesOf(result)).toMatchObject({ protected: false, discoverable_by_email: true, screen_name: 'DrSamRivers', allow_media_tagging: 'all' });
    expect(new Set(result.observations.map((o) => o.source))).toEqual(new Set(['json-endpoint']));
    expect(pageLoads).toBe(3);
  });

  it('reads name, handle and bio from the profile data', () => {
    expect(result.identity).toEqual({
      displayName: 'Dr Sam Rivers',
      handle: 'DrSamRivers',
      bio: 'GP in Leeds. Primary care, running and the odd bad pun. Views my own.',
      workplace: null,
      unreadFields: [],
      source: 'json-endpoint',
      evidence: expect.stringContaining('UserByScreenName') as unknown,
    });
  });

  it('shows what a stranger sees without cookies: name, bio, location and posts', () => {
    expect(result.stranger).toMatchObject({
      url: 'https://x.com/DrSamRivers', loginWall: false, profileVisible: true,
      name: 'Dr Sam Rivers', bio: 'GP in Leeds. Primary care, running and the odd bad pun. Views my own.',
      location: 'Leeds, England', postsVisible: 3, postsProtected: false, checked: true,
    });
    expect(result.stranger?.notes).toContain('A stranger can see 3 of your posts without signing in.');
  });
});

describe('when the settings cannot be read', () => {
  it('says signed out, with no observations, when X has ended the session', async () => {
    x.signOut();
    try {
      const result = await audit();
      expect(result.session).toBe('signed-out');
      expect(result.observations).toEqual([]);
      expect(reasonsOf(result)).toEqual(everySetting(xReader, 'signed-out'));
      // What happened, once: the audit adds what to do ("Sign in again from Chaperone…") itself.
      expect(result.unread[0]?.detail).toBe("Chaperone's browser is not signed in to X.");
      expect(result.identity).toBeNull();
      expect(result.stranger).toBeNull();
    } finally {
      // A fresh session without the form: the form itself was shown to work in beforeAll.
      await browser.setCookie(...x.issueSessionCookies());
    }
  });

  it('says signed out when the browser was never signed in (X sends it to the login page)', async () => {
    const neverSignedIn = await browser.createBrowserContext();
    try {
      const result = await audit({ signedIn: neverSignedIn });
      expect(result.session).toBe('signed-out');
      expect(result.observations).toEqual([]);
      expect(reasonsOf(result)).toEqual(everySetting(xReader, 'signed-out'));
    } finally {
      await neverSignedIn.close();
    }
  });

  it('says X wants a security check when the account is locked', async () => {
    x.lock();
    const result = await audit();
    expect(result.session).toBe('challenge');
    expect(result.observations).toEqual([]);
    expect(reasonsOf(result)).toEqual(everySetting(xReader, 'challenge'));
  });

  it('says X is rate limiting, and when to try again', async () => {
    x.rateLimit();
    const result = await audit();
    expect(result.session).toBe('rate-limited');
    expect(result.observations).toEqual([]);
    expect(reasonsOf(result)).toEqual(everySetting(xReader, 'rate-limited'));
    // When, from X's own reset header; what to do is the audit's advice, not repeated here.
    expect(result.sessionDetail).toMatch(/^X is limiting how often its pages can be loaded\. X says the limit lasts until \d\d:\d\d\.$/);
  });

  it('says X took too long when the settings data outlasts the step', async () => {
    x.slow(4_000);
    const result = await audit({ stepTimeoutMs: 1_000 });
    expect(result.session).toBe('unknown');
    expect(result.observations).toEqual([]);
    expect(reasonsOf(result)).toEqual(everySetting(xReader, 'timeout'));
  });

  it('reports a field X left out as missing, for that setting only', async () => {
    x.dropField('geo_enabled');
    const result = await audit();
    // Named as X's page names it, never by its internal field name.
    expect(result.unread).toEqual([{ setting: 'geo_enabled', reason: 'field-missing',
      detail: 'X no longer sends this setting ("Add location information to your posts") in its settings data.' }]);
    expect(result.observations).toHaveLength(xReader.settings.length - 1);
    expect(valuesOf(result)).not.toHaveProperty('geo_enabled');
  });
});

describe('when the settings data does not come but the pages do', () => {
  const impatient = createXReader({ waitMs: 10_000, settingsGraceMs: 200, postsWaitMs: 3_000 });

  it('reads the switches and the handle from the pages, then the profile and what a stranger sees', async () => {
    x.set({ protected: true, discoverable_by_email: false, discoverable_by_mobile_phone: true, geo_enabled: true });
    x.slow(600);
    try {
      const result = await audit({}, impatient);
      expect(result.session).toBe('signed-in');
      expect(result.sessionDetail).toBe('Signed in to X as @DrSamRivers.');
      expect(valuesOf(result)).toEqual({
        screen_name: 'DrSamRivers', protected: true, discoverable_by_email: false, discoverable_by_mobile_phone: true, geo_enabled: true,
      });
      expect(new Set(result.observations.map((o) => o.source))).toEqual(new Set(['accessibility-tree']));
      expect(result.observations.find((o) => o.setting === 'protected')?.evidence).toMatch(/audience_and_tagging checkbox "Protect your posts"/);
      // The handle comes from the side navigation's "Profile" link, which X draws on every signed-in page.
      expect(result.observations.find((o) => o.setting === 'screen_name')?.evidence).toMatch(/side navigation link "Profile"/);
      expect(reasonsOf(result)).toMatchObject({ allow_dms_from: 'timeout' });
      expect(reasonsOf(result)).not.toHaveProperty('screen_name');
      expect(result.identity).toMatchObject({
        displayName: 'Dr Sam Rivers', handle: 'DrSamRivers',
        bio: 'GP in Leeds. Primary care, running and the odd bad pun. Views my own.', unreadFields: [],
      });
      expect(result.stranger).toMatchObject({
        url: 'https://x.com/DrSamRivers', loginWall: false, profileVisible: true, name: 'Dr Sam Rivers',
        location: 'Leeds, England', postsVisible: 0, postsProtected: true, checked: true,
      });
      expect(result.stranger?.notes).toContain('Your posts are protected: a stranger sees only your profile header.');
    } finally {
      x.set({ protected: false, discoverable_by_email: true, discoverable_by_mobile_phone: true, geo_enabled: false });
    }
  });

  it('says signed out, and keeps nothing, when X sends the pages to its login', async () => {
    x.slow(600);
    x.signOut();
    try {
      const result = await audit({}, impatient);
      expect(result.session).toBe('signed-out');
      expect(result.observations).toEqual([]);
      expect(reasonsOf(result)).toEqual(everySetting(xReader, 'signed-out'));
    } finally {
      await browser.setCookie(...x.issueSessionCookies());
    }
  });

  it('does not match labels on a page in another language', async () => {
    x.set({ language: 'cy' });
    x.slow(600);
    const result = await audit({}, impatient);
    expect(result.observations).toEqual([]);
    expect(reasonsOf(result)).toEqual({
      ...Object.fromEntries(xReader.settings.map((setting) => [setting, 'locale-unsupported'])),
      'identity.presents-as-health-professional': 'locale-unsupported',
      'identity.registered-name-shown': 'locale-unsupported',
    });
    // Said once: the audit adds "Switch the site to English…" to this reason itself.
    expect(result.unread[0]?.detail).toBe('X did not send its settings data, and its pages are in a language Chaperone cannot read yet (cy).');
  });
});

describe('a page in another language', () => {
  it('still reads the settings data, which does not depend on the language', async () => {
    x.set({ language: 'cy' });
    const result = await audit();
    expect(result.unread).toEqual([]);
    expect(result.observations).toHaveLength(xReader.settings.length);
  });
});

describe('a stranger sent to sign in', () => {
  it('is reported as a sign-in wall, the settings still read', async () => {
    x.loginWall();
    const result = await audit();
    expect(result.stranger).toMatchObject({ loginWall: true, profileVisible: false, name: null, postsVisible: null });
    expect(result.stranger?.notes).toEqual(['X asked a stranger to sign in before showing your profile.']);
    expect(result.observations).toHaveLength(xReader.settings.length);
  });
});
