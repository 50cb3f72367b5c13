/**
 * The Facebook reader in real Chromium against the Facebook emulator: what the user sees when the
 * session is signed out, checked, blocked, rate limited or slow, when Facebook changes its markup
 * or wording, when the page is in French, and what a stranger sees of an open and a locked-down
 * profile. Reading never changes a setting.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFacebookReader, facebookReader } from '../../../main/engine/platforms/facebook/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import type { FacebookEmulator } from '../../../main/demo/facebook/index.ts';
import { reasonsOf, signedInFacebook, valuesOf, type SignedInFacebook } from './context.ts';
import { expectNothingRead } from '../../support/reader-results.ts';

// Real Chromium on a machine shared with other work: generous limits, never a race against the clock.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

let site: SignedInFacebook;
let facebook: FacebookEmulator;

beforeAll(async () => {
  site = await signedInFacebook();
  ({ facebook } = site);
});
afterAll(() => site.close());
afterEach(() => {
  facebook.restore();
  // Whatever happened, the reader never saved a setting.
  expect(facebook.state.changes).toEqual([]);
});

const audit = (options = {}, reader = facebookReader): Promise<PlatformReadResult> => site.audit(reader, options);

describe('a signed-in Facebook account left open', () => {
  let result: PlatformReadResult;
  let pageLoads: number;

  beforeAll(async () => {
    const documents = (): number => site.emulators.requestsTo('www.facebook.com').filter((r) => r.method === 'GET').length;
    const before = documents();
    result = await audit();
    pageLoads = documents() - before;
  });

  it('reads every setting from the settings dialogs and switches, with seven page loads', () => {
    expect(result.session).toBe('signed-in');
    expect(result.sessionDetail).toBe('Signed in to Facebook as Sam Rivers.');
    expect(result.unread).toEqual([]);
    expect(valuesOf(result)).toEqual({
      future_posts_audience: 'public', friend_requests_from: 'everyone', friends_list_audience: 'public',
      lookup_by_email: 'everyone', lookup_by_phone: 'everyone', search_engine_link: true,
      tagged_posts_audience: 'friends-of-friends', profile_review: false, tag_review: false,
      who_can_follow: 'public', followers_list_audience: 'public', public_post_comments: 'public', public_profile_info: 'public',
    });
    expect(new Set(result.observations.map((o) => o.source))).toEqual(new Set(['accessibility-tree']));
    expect(result.observations.find((o) => o.setting === 'future_posts_audience')?.evidence)
      .toBe('www.facebook.com/settings/?tab=posts dialog "Who can see your future posts?" checked radio "Public" (accessibility tree)');
    // Four settings tabs, /me and the profile it leads to, and the stranger's visit.
    expect(pageLoads).toBe(7);
  });

  it('opens the dialogs but saves nothing', () => {
    expect(facebook.state.changes).toEqual([]);
    expect(site.emulators.requestsTo('www.facebook.com').filter((r) => r.method === 'POST' && r.path === '/api/graphql/')).toEqual([]);
  });

  it('reads name, handle, bio and workplace from the profile', () => {
    expect(result.identity).toEqual({
      displayName: 'Sam Rivers', handle: 'sam.rivers.gp', bio: 'GP in Leeds. Running, baking and bad puns.',
      workplace: 'Meanwood Health Centre', unreadFields: [], source: 'visible-text',
      evidence: 'www.facebook.com/sam.rivers.gp profile name (h1) and Intro card text',
    });
  });

  it('shows what a stranger sees of an open profile: name, bio, workplace, friends and public posts', () => {
    expect(result.stranger).toMatchObject({
      url: 'https://www.facebook.com/sam.rivers.gp', checked: true, loginWall: false, profileVisible: true,
      name: 'Sam Rivers', bio: 'GP in Leeds. Running, baking and bad puns.', workplace: 'Meanwood Health Centre',
      connectionsVisible: true, postsVisible: 2, postsProtected: false,
    });
    expect(result.stranger?.notes).toEqual(expect.arrayContaining([
      'Your friends list is visible to anyone, without signing in.',
      'A stranger can see 2 of your posts without signing in.',
      expect.stringContaining('box asking them to log in') as unknown,
    ]));
  });
});

describe('a locked-down profile under profile.php?id=', () => {
  it('gives the numeric id as handle, and a stranger sees no friends, workplace or posts', async () => {
    facebook.setProfile({ username: null, workplaceAudience: 'friends' });
    facebook.set({ friends_list_audience: 'only-me' });
    facebook.setPosts([{ id: '1', text: 'Friends only.', audience: 'friends', date: '1 March' }]);
    try {
      const result = await audit();
      expect(result.identity).toMatchObject({ handle: '100089412345678', displayName: 'Sam Rivers', workplace: 'Meanwood Health Centre' });
      expect(result.stranger).toMatchObject({
        url: 'https://www.facebook.com/profile.php?id=100089412345678', profileVisible: true, name: 'Sam Rivers',
        workplace: null, connectionsVisible: false, postsVisible: 0, loginWall: false,
      });
      expect(result.stranger?.notes).toContain('A stranger saw no posts on your profile.');
      expect(result.stranger?.notes.join(' ')).not.toMatch(/friends list is visible/);
    } finally {
      facebook.reset();
    }
  });
});

describe('when the settings cannot be read', () => {
  it('says signed out, with no observations, when Facebook has ended the session', async () => {
    facebook.signOut();
    try {
      const result = await audit();
      expectNothingRead(facebookReader, result, 'signed-out', 'signed-out');
      expect(result.sessionDetail).toMatch(/not signed in to Facebook/);
      // The audit adds its own advice to sign in again: the reader's words must not repeat it.
      expect(result.sessionDetail).not.toMatch(/sign in|run the audit again/i);
    } finally {
      await site.browser.setCookie(...facebook.issueSessionCookies());
    }
  });

  it('says signed out when the browser was never signed in', async () => {
    const neverSignedIn = await site.browser.createBrowserContext();
    try {
      expectNothingRead(facebookReader, await audit({ signedIn: neverSignedIn }), 'signed-out', 'signed-out');
    } finally {
      await neverSignedIn.close();
    }
  });

  it.each([
    ['sends the account to a checkpoint', (): void => { facebook.challenge(); }, 'challenge', 'challenge'],
    ['says the account is temporarily blocked', (): void => { facebook.block(); }, 'blocked', 'blocked'],
    ['says it is going too fast', (): void => { facebook.rateLimit(); }, 'rate-limited', 'rate-limited'],
  ] as const)('says so when Facebook %s', async (_name, arrange, session, reason) => {
    arrange();
    expectNothingRead(facebookReader, await audit(), session, reason);
  });

  it('says Facebook took too long when a page outlasts the step', async () => {
    facebook.slow(4_000);
    expectNothingRead(facebookReader, await audit({ stepTimeoutMs: 1_000 }), 'unknown', 'timeout');
  });
});

describe('when Facebook changes its pages', () => {
  it('still reads the switches it can name, and marks the rest page-changed', async () => {
    facebook.set({ profile_review: true, tag_review: false });
    facebook.changeMarkup();
    const result = await audit();
    expect(result.session).toBe('signed-in');
    expect(valuesOf(result)).toEqual({ profile_review: true, tag_review: false });
    const unreadKeys = facebookReader.settings.filter((s) => s !== 'profile_review' && s !== 'tag_review');
    expect(reasonsOf(result)).toEqual(Object.fromEntries(unreadKeys.map((s) => [s, 'page-changed'])));
    expect(result.unread.find((u) => u.setting === 'search_engine_link')?.detail).toMatch(/could not find "Do you want search engines/);
    expect(result.identity?.displayName).toBe('Sam Rivers');
    facebook.reset();
  });

  it('reads the 2019 wording of the look-up rows, and reports a removed row as unknown', async () => {
    facebook.useOldLabels();
    facebook.hideRow('friend_requests_from');
    facebook.set({ lookup_by_email: 'friends', lookup_by_phone: 'only-me' });
    const result = await audit();
    expect(valuesOf(result)).toMatchObject({ lookup_by_email: 'friends', lookup_by_phone: 'only-me' });
    expect(result.unread).toEqual([{
      setting: 'friend_requests_from', reason: 'page-changed', detail: expect.stringContaining('may have removed this setting') as unknown,
    }]);
    facebook.reset();
  });

  it('falls back to the value written beside the label when the dialogs do not open', async () => {
    facebook.set({ future_posts_audience: 'friends', lookup_by_phone: 'no-one' });
    // Without Facebook's static files the page script never runs, so no dialog opens.
    const impatient = createFacebookReader({ waitMs: 10_000, dialogWaitMs: 300 });
    const result = await audit({ hosts: ['www.facebook.com'] }, impatient);
    expect(valuesOf(result)).toMatchObject({ future_posts_audience: 'friends', lookup_by_phone: 'no-one', search_engine_link: true });
    const future = result.observations.find((o) => o.setting === 'future_posts_audience');
    expect(future).toMatchObject({ source: 'visible-text', evidence: 'www.facebook.com/settings/?tab=posts text "Friends" beside "Who can see your future posts?"' });
    facebook.reset();
  });
});

describe('a page in French', () => {
  it('is reported as a language Chaperone cannot read, with nothing misread', async () => {
    facebook.setLanguage('fr');
    const result = await audit();
    expect(result.session).toBe('signed-in');
    expect(result.observations).toEqual([]);
    expect(reasonsOf(result)).toEqual(Object.fromEntries(facebookReader.settings.map((s) => [s, 'locale-unsupported'])));
    expect(result.unread[0]?.detail).toMatch(/\(fr\).*Switch Facebook to English/);
    // The name needs no English; the Intro card does, so bio and workplace are left unread, not empty.
    expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', bio: null, workplace: null, unreadFields: ['bio', 'workplace'] });
  });
});
