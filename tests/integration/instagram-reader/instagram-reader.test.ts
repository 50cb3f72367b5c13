/**
 * The Instagram reader in real Chromium against the Instagram emulator: a public personal account,
 * every failure state, fields Instagram no longer sends, a redesign, a French page, and a stranger
 * sent to log in. The settings rounds (instagram-reader-settings) cover a private account.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInstagramReader, instagramReader } from '../../../main/engine/platforms/instagram/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import type { RunningEmulators } from '../../../main/demo/harness.ts';
import type { InstagramEmulator } from '../../../main/demo/instagram/index.ts';
import { readAccount, reasonsOf, signedInInstagram, valuesOf, type InstagramContextOptions, type SignedInInstagram } from './context.ts';
import { everySetting } from '../../support/reader-results.ts';

let site: SignedInInstagram;
let instagram: InstagramEmulator;
let emulators: RunningEmulators;
let browser: Browser;

beforeAll(async () => {
  site = await signedInInstagram();
  ({ instagram, emulators, browser } = site);
});
afterAll(() => site.close());
afterEach(() => {
  instagram.reset();
  instagram.restore();
  expect(emulators.errors).toEqual([]);
});

/** Shorter waits than the app's, so that a page whose control is gone does not hold the test up. */
const reader = createInstagramReader({ waitMs: 15_000, graceMs: 1_500 });
const audit = (options: InstagramContextOptions = {}): Promise<PlatformReadResult> => readAccount(browser, reader, options);

const LABEL_ONLY = ['public_media_in_search_engines', 'allow_tags_from', 'allow_mentions_from', 'allow_sharing_to_story', 'allow_sharing_to_messages'];

describe('a signed-in, public Instagram account', () => {
  let result: PlatformReadResult;
  let pageLoads: number;

  beforeAll(async () => {
    const documents = (): number => emulators.requestsTo('www.instagram.com').filter((r) => !r.path.startsWith('/api/') && r.path !== '/favicon.ico').length;
    const before = documents();
    result = await audit();
    pageLoads = documents() - before;
  });

  it('reads the JSON fields from Instagram\'s own data and the rest from the pages, with four page loads', () => {
    expect(result.session).toBe('signed-in');
    expect(result.sessionDetail).toBe('Signed in to Instagram as @drsamrivers.');
    expect(valuesOf(result)).toEqual({
      is_private: false, presence_disabled: false, chaining_enabled: true, usertag_review_enabled: false,
      allow_tags_from: 'everyone', allow_mentions_from: 'everyone', allow_sharing_to_story: true, allow_sharing_to_messages: true,
    });
    const sources = Object.fromEntries(result.observations.map((o) => [o.setting, o.source]));
    expect(sources).toMatchObject({ is_private: 'json-endpoint', presence_disabled: 'json-endpoint', allow_tags_from: 'accessibility-tree' });
    expect(result.observations.find((o) => o.setting === 'is_private')?.evidence).toBe('www.instagram.com/api/v1/users/web_profile_info/ field data.user.is_private');
    expect(result.observations.find((o) => o.setting === 'allow_tags_from')?.evidence).toBe('www.instagram.com/accounts/tags_and_mentions/ radio "Allow tags from everyone" checked (accessibility tree)');
    // Settings, tags and mentions, story, and the stranger's profile.
    expect(pageLoads).toBe(4);
  });

  it('says why the search-engine switch is not there on a personal account, rather than guessing', () => {
    expect(result.unread).toEqual([{ setting: 'public_media_in_search_engines', reason: 'not-supported', detail: expect.stringContaining('only on public professional accounts') as unknown }]);
  });

  it('reads Name, username and bio from the profile form data', () => {
    expect(result.identity).toEqual({
      displayName: 'Dr Sam Rivers', handle: 'drsamrivers', bio: 'GP in Leeds. Running, allotment, bad puns. Views my own.',
      workplace: null, unreadFields: [], source: 'json-endpoint', evidence: expect.stringContaining('form_data.first_name') as unknown,
    });
  });

  it('shows what a stranger sees of an exposed profile: name, bio and posts, but no followers list', () => {
    expect(result.stranger).toMatchObject({
      url: 'https://www.instagram.com/drsamrivers/', checked: true, loginWall: false, profileVisible: true,
      name: 'Dr Sam Rivers', bio: 'GP in Leeds. Running, allotment, bad puns. Views my own.',
      postsVisible: 3, postsProtected: false, connectionsVisible: false,
    });
    expect(result.stranger?.notes).toContain('A stranger can see 3 of your posts without signing in.');
  });
});

describe('when the settings cannot be read', () => {
  it('says signed out, with no observations, when Instagram has ended the session', async () => {
    instagram.signOut();
    try {
      const result = await audit();
      expect(result.session).toBe('signed-out');
      expect(result.observations).toEqual([]);
      expect(reasonsOf(result)).toEqual(everySetting(instagramReader, 'signed-out'));
      expect(result.sessionDetail).toBe("Chaperone's browser is not signed in to Instagram.");
      expect(result.identity).toBeNull();
      expect(result.stranger).toBeNull();
    } finally {
      await browser.setCookie(...instagram.issueSessionCookies());
    }
  });

  it('says signed out when the browser was never signed in', async () => {
    const neverSignedIn = await browser.createBrowserContext();
    try {
      const result = await audit({ signedIn: neverSignedIn });
      expect(result.session).toBe('signed-out');
      expect(reasonsOf(result)).toEqual(everySetting(instagramReader, 'signed-out'));
    } finally {
      await neverSignedIn.close();
    }
  });

  it.each([
    ['wants an account check', (): void => { instagram.challenge(); }, 'challenge', /confirm it is you/],
    ['has temporarily blocked the account', (): void => { instagram.block(); }, 'blocked', /temporarily blocked/],
    ['asks to wait a few minutes', (): void => { instagram.rateLimit(); }, 'rate-limited', /wait/i],
  ] as const)('says so, with nothing read, when Instagram %s', async (_name, arrange, reason, words) => {
    arrange();
    const result = await audit();
    expect(result.session).toBe(reason);
    expect(result.observations).toEqual([]);
    expect(reasonsOf(result)).toEqual(everySetting(instagramReader, reason));
    expect(result.sessionDetail).toMatch(words);
    expect(result.identity).toBeNull();
  });

  it('says Instagram took too long when it outlasts the step', async () => {
    instagram.slow(4_000);
    const result = await audit({ stepTimeoutMs: 1_000 });
    expect(result.session).toBe('unknown');
    expect(result.observations).toEqual([]);
    expect(reasonsOf(result)).toEqual(everySetting(instagramReader, 'timeout'));
  });
});

describe('when Instagram stops sending a field', () => {
  it('reads it from its page instead, and says so in the evidence', async () => {
    for (const field of ['presence_disabled', 'chaining_enabled', 'usertag_review_enabled', 'is_private']) instagram.dropField(field);
    instagram.set({ presence_disabled: true, chaining_enabled: false, usertag_review_enabled: true, is_private: false });
    const first = await audit();
    instagram.set({ presence_disabled: false, chaining_enabled: true, usertag_review_enabled: false, is_private: true });
    const second = await audit();
    expect(valuesOf(first)).toMatchObject({ presence_disabled: true, chaining_enabled: false, usertag_review_enabled: true, is_private: false });
    expect(valuesOf(second)).toMatchObject({ presence_disabled: false, chaining_enabled: true, usertag_review_enabled: false, is_private: true });
    expect(new Set(second.observations.map((o) => o.source))).toEqual(new Set(['accessibility-tree']));
    expect(first.observations.find((o) => o.setting === 'presence_disabled')?.evidence).toMatch(/activity_status\/ switch "Show activity status".*opposite/);
    expect(first.unread).toEqual([{ setting: 'public_media_in_search_engines', reason: 'not-supported', detail: expect.any(String) as unknown }]);
  });

  it('leaves it unknown, with both reasons, when the page no longer shows it either', async () => {
    instagram.dropField('chaining_enabled');
    instagram.hideControl('chaining_enabled');
    const result = await audit();
    const unread = result.unread.find((u) => u.setting === 'chaining_enabled');
    expect(unread).toMatchObject({ reason: 'page-changed' });
    expect(unread?.detail).toMatch(/no longer sends the account-suggestions setting\..*could not find the "Show account suggestions on profiles"/);
    expect(unread?.detail).not.toMatch(/chaining_enabled/);
    expect(valuesOf(result)).not.toHaveProperty('chaining_enabled');
    expect(result.observations).toHaveLength(instagramReader.settings.length - 2);
  });
});

describe('when Instagram\'s data does not come but its pages do', () => {
  it('reads every setting from the pages, and the identity and stranger view from the profile the page links to', async () => {
    instagram.slowApi(4_000);
    instagram.set({ is_private: true, presence_disabled: true, chaining_enabled: false, usertag_review_enabled: true, allow_tags_from: 'following' });
    const impatient = createInstagramReader({ waitMs: 15_000, graceMs: 500 });
    const result = await readAccount(browser, impatient);
    expect(result.session).toBe('signed-in');
    expect(valuesOf(result)).toEqual({
      is_private: true, presence_disabled: true, chaining_enabled: false, usertag_review_enabled: true, allow_tags_from: 'following',
      allow_mentions_from: 'everyone', allow_sharing_to_story: true, allow_sharing_to_messages: true,
    });
    expect(new Set(result.observations.map((o) => o.source))).toEqual(new Set(['accessibility-tree']));
    expect(result.identity).toMatchObject({
      displayName: 'Dr Sam Rivers', handle: 'drsamrivers', bio: 'GP in Leeds. Running, allotment, bad puns. Views my own.',
      unreadFields: ['workplace'], source: 'visible-text',
    });
    expect(result.stranger).toMatchObject({ checked: true, profileVisible: true, name: 'Dr Sam Rivers', bio: 'GP in Leeds. Running, allotment, bad puns. Views my own.' });
    expect(reasonsOf(result)).toEqual({ public_media_in_search_engines: 'not-supported' });
  });
});

describe('a redesigned page', () => {
  it('still reads what it can, short options inside their own question too, and says "page changed" for the rest', async () => {
    instagram.changeMarkup();
    instagram.set({ allow_sharing_to_story: false, allow_mentions_from: 'none' });
    const result = await audit();
    expect(reasonsOf(result)).toEqual({ public_media_in_search_engines: 'not-supported', chaining_enabled: 'page-changed' });
    expect(valuesOf(result)).toEqual({
      is_private: false, presence_disabled: false, usertag_review_enabled: false, allow_tags_from: 'everyone',
      allow_mentions_from: 'none', allow_sharing_to_story: false, allow_sharing_to_messages: true,
    });
    // The redesign draws the story switches as checkboxes: still found by role and label.
    expect(result.observations.find((o) => o.setting === 'allow_sharing_to_story')?.evidence).toMatch(/checkbox "Allow sharing to story"/);
  });
});

describe('a page in French', () => {
  it('reads the JSON, which does not depend on the language, and leaves label-only settings unsupported', async () => {
    instagram.setLanguage('fr');
    const documents = (): number => emulators.requestsTo('www.instagram.com').filter((r) => !r.path.startsWith('/api/') && r.path !== '/favicon.ico').length;
    const before = documents();
    const result = await audit();
    expect(valuesOf(result)).toEqual({ is_private: false, presence_disabled: false, chaining_enabled: true, usertag_review_enabled: false });
    expect(new Set(result.observations.map((o) => o.source))).toEqual(new Set(['json-endpoint']));
    expect(reasonsOf(result)).toEqual(Object.fromEntries(LABEL_ONLY.map((s) => [s, 'locale-unsupported'])));
    // The engine adds its own advice (switch to English); the detail says only what happened.
    expect(result.unread[0]?.detail).toMatch(/cannot read yet \(fr\)\.$/);
    expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: 'drsamrivers', unreadFields: [] });
    // No label matching, so no tags or story page: the settings page and the stranger's view only.
    expect(documents() - before).toBe(2);
  });

  it('does not read a missing field from the French page', async () => {
    instagram.setLanguage('fr');
    instagram.dropField('presence_disabled');
    const result = await audit();
    expect(valuesOf(result)).not.toHaveProperty('presence_disabled');
    expect(result.unread.find((u) => u.setting === 'presence_disabled')).toMatchObject({ reason: 'locale-unsupported', detail: expect.stringContaining('no longer sends the activity-status setting') as unknown });
  });
});

describe('a stranger sent to log in', () => {
  it('is reported as a sign-in wall, the settings still read', async () => {
    instagram.loginWall();
    const result = await audit();
    expect(result.stranger).toMatchObject({ loginWall: true, profileVisible: false, name: null, postsVisible: null, checked: true });
    expect(result.stranger?.notes).toEqual(['Instagram asked a stranger to sign in before showing your profile.']);
    expect(result.observations).toHaveLength(instagramReader.settings.length - 1);
  });
});
