/**
 * The Threads reader in real Chromium against the Threads emulator: a public account read in
 * four page loads, and what the user sees when the session is logged out, checked, blocked,
 * rate limited or slow, when the markup changed, when a row is gone, and in Spanish.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createThreadsReader, threadsReader } from '../../../main/engine/platforms/threads/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import type { RunningEmulators } from '../../../main/demo/harness.ts';
import { THREADS_DEMO } from '../../../main/demo/threads/demo.ts';
import type { ThreadsEmulator } from '../../../main/demo/threads/index.ts';
import { signedInThreads, THREADS_ACCOUNT, type SignedInThreads, type ThreadsContextOptions } from './context.ts';
import { readOnce } from '../../support/reader-context.ts';
import { expectNothingRead, reasonsOf, valuesOf } from '../../support/reader-results.ts';

let site: SignedInThreads;
let threads: ThreadsEmulator;
let emulators: RunningEmulators;
let browser: Browser;

beforeAll(async () => {
  site = await signedInThreads();
  ({ threads, emulators, browser } = site);
});

afterAll(() => site.close());

afterEach(() => {
  threads.restore();
  threads.loginWall(false);
  expect(emulators.errors).toEqual([]);
});

/** One read of the account, as the runner would do it; checks the reader closed its pages. */
async function audit(options: Partial<ThreadsContextOptions> = {}, reader = threadsReader): Promise<PlatformReadResult> {
  return readOnce(browser, reader, { account: THREADS_ACCOUNT, hosts: reader.hosts, ...options });
}

describe('a logged-in, public Threads profile with Threads\' default settings', () => {
  let result: PlatformReadResult;
  let pageLoads: number;

  beforeAll(async () => {
    const documents = (): number => emulators.requestsTo('www.threads.com').filter((r) => r.method === 'GET' && !r.path.startsWith('/static/')).length;
    const before = documents();
    result = await audit();
    pageLoads = documents() - before;
  });

  it('reads every setting, in four page loads (privacy, account, profile, stranger)', () => {
    expect(result.session).toBe('signed-in');
    expect(result.sessionDetail).toBe('Logged in to Threads as @dr.sam.rivers.');
    expect(result.unread).toEqual([]);
    expect(valuesOf(result)).toEqual({ text_post_app_is_private: false, mentions: 'everyone', online_status: true, fediverse_sharing: false });
    expect(pageLoads).toBe(4);
  });

  it('reads name, handle and bio from the profile\'s embedded JSON', () => {
    expect(result.identity).toEqual({
      displayName: 'Dr Sam Rivers', handle: 'dr.sam.rivers', bio: 'GP in Leeds. Primary care, running and the odd bad pun.',
      workplace: null, unreadFields: [], source: 'embedded-json',
      evidence: 'www.threads.com/@dr.sam.rivers embedded JSON (script type="application/json") fields username, full_name, biography',
    });
  });

  it('shows what a stranger sees: name, bio, posts, a follower count but no list, and Threads\' log-in prompt', () => {
    expect(result.stranger).toMatchObject({
      url: 'https://www.threads.com/@dr.sam.rivers', checked: true, loginWall: false, profileVisible: true,
      name: 'Dr Sam Rivers', postsVisible: 2, postsProtected: false, connectionsVisible: false, workplace: null,
    });
    expect(result.stranger?.notes).toEqual([
      'Your name "Dr Sam Rivers" is visible to anyone, without signing in.',
      'Your bio is visible to anyone, without signing in.',
      'A stranger can see 2 of your posts without signing in.',
      'A stranger can see how many followers you have (1204), but not who they are.',
      'Threads asked the stranger to log in, but showed the profile anyway.',
    ]);
  });
});

describe('when the settings cannot be read', () => {
  it('says logged out, with no observations, when Threads has ended the session', async () => {
    threads.signOut();
    try {
      const result = await audit();
      expectNothingRead(threadsReader, result, 'signed-out', 'signed-out');
      expect(result.sessionDetail).toMatch(/Log in to Threads from Chaperone/);
    } finally {
      await browser.setCookie(...threads.issueSessionCookies());
    }
  });

  it('says logged out when the browser was never logged in (Threads sends it to /login)', async () => {
    const neverSignedIn = await browser.createBrowserContext();
    try {
      expectNothingRead(threadsReader, await audit({ signedIn: neverSignedIn }), 'signed-out', 'signed-out');
    } finally {
      await neverSignedIn.close();
    }
  });

  it('says Threads wants to confirm it is you when it sends the browser to its challenge page', async () => {
    threads.challenge();
    const result = await audit();
    expectNothingRead(threadsReader, result, 'challenge', 'challenge');
    expect(result.sessionDetail).toMatch(/confirm it is you/);
  });

  it('says the account is temporarily blocked on "Try again later" (feedback_required)', async () => {
    threads.block();
    const result = await audit();
    expectNothingRead(threadsReader, result, 'blocked', 'blocked');
    expect(result.sessionDetail).toMatch(/Try again later/);
  });

  it('says Threads is rate limiting on a 429 "Please wait a few minutes"', async () => {
    threads.rateLimit();
    const result = await audit();
    expectNothingRead(threadsReader, result, 'rate-limited', 'rate-limited');
    expect(result.sessionDetail).toMatch(/Please wait a few minutes/);
  });

  it('says Threads took too long when a page outlasts the step', async () => {
    threads.slow(4_000);
    const result = await audit({ stepTimeoutMs: 1_000 });
    expectNothingRead(threadsReader, result, 'unknown', 'timeout');
  });
});

describe('when the page changed', () => {
  it('reads the private flag from its switch once the JSON drops it, and leaves the renamed row unknown', async () => {
    threads.set({ text_post_app_is_private: true, mentions: 'following', online_status: false, fediverse_sharing: true });
    threads.changeMarkup();
    try {
      const result = await audit();
      expect(result.session).toBe('signed-in');
      expect(valuesOf(result)).toEqual({ text_post_app_is_private: true, mentions: 'following', fediverse_sharing: true });
      expect(result.observations.find((o) => o.setting === 'text_post_app_is_private')).toMatchObject({
        source: 'accessibility-tree', evidence: 'www.threads.com/settings/privacy switch "Private profile" (accessibility tree)',
      });
      expect(result.unread).toEqual([{ setting: 'online_status', reason: 'page-changed', detail: expect.stringContaining('"Online status"') as unknown }]);
      expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: 'dr.sam.rivers', source: 'embedded-json' });
      // Without the flag a stranger's view goes by what was drawn: Threads' private notice instead of posts.
      expect(result.stranger).toMatchObject({ profileVisible: true, name: 'Dr Sam Rivers', postsProtected: true, postsVisible: 0 });
      expect(result.stranger?.notes).toContain('Your posts are private: a stranger sees only your profile header.');
    } finally {
      threads.reset();
    }
  });

  it('marks a setting unknown when Threads no longer shows its row, and reads the rest', async () => {
    threads.hideRow('fediverse_sharing');
    // A page with no control left on it: wait only briefly for controls that will not come.
    const result = await audit({}, createThreadsReader({ waitMs: 20_000, controlsWaitMs: 300 }));
    expect(reasonsOf(result)).toEqual({ fediverse_sharing: 'page-changed' });
    expect(result.unread[0]?.detail).toBe('Chaperone could not find the "Fediverse sharing" setting on Threads\' www.threads.com/settings/account page.');
    expect(Object.keys(valuesOf(result)).sort()).toEqual(['mentions', 'online_status', 'text_post_app_is_private']);
  });
});

describe('a bio that happens to use Threads\' own wording', () => {
  it('is not taken for a rate limit: the profile\'s text is the user\'s, not Threads\'', async () => {
    threads.setProfile({ biography: 'Please wait a few minutes before you try again.\nTry again later' });
    try {
      const result = await audit();
      expect(result.session).toBe('signed-in');
      expect(result.identity?.bio).toBe('Please wait a few minutes before you try again.\nTry again later');
      expect(result.unread).toEqual([]);
    } finally {
      threads.reset();
    }
  });
});

describe('a Threads page in Spanish', () => {
  it('still reads the embedded JSON, and reports the labelled settings as an unsupported language', async () => {
    threads.setLanguage('es');
    threads.set({ text_post_app_is_private: true });
    try {
      const result = await audit();
      expect(result.session).toBe('signed-in');
      expect(valuesOf(result)).toEqual({ text_post_app_is_private: true });
      expect(reasonsOf(result)).toEqual({ mentions: 'locale-unsupported', online_status: 'locale-unsupported', fediverse_sharing: 'locale-unsupported' });
      expect(result.unread[0]?.detail).toBe('Threads\' settings page is in a language Chaperone cannot read yet (es).');
      expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', bio: 'GP in Leeds. Primary care, running and the odd bad pun.', unreadFields: [] });
    } finally {
      threads.set({ text_post_app_is_private: false });
    }
  });
});

describe('a stranger sent to log in', () => {
  it('is reported as a log-in wall, the settings still read', async () => {
    threads.loginWall();
    const result = await audit();
    expect(result.stranger).toMatchObject({ loginWall: true, profileVisible: false, name: null, postsVisible: null });
    expect(result.stranger?.notes).toEqual(['Threads asked a stranger to sign in before showing your profile.']);
    expect(result.observations).toHaveLength(threadsReader.settings.length);
  });
});

describe('a public profile whose posts a stranger is not shown', () => {
  it('says Chaperone could not tell, never that a stranger saw no posts', async () => {
    threads.setPosts([]);
    try {
      const result = await audit({}, createThreadsReader({ waitMs: 20_000, controlsWaitMs: 1_500 }));
      expect(result.stranger).toMatchObject({ checked: true, profileVisible: true, postsProtected: false, postsVisible: null });
      expect(result.stranger?.notes).toContain('Chaperone could not tell whether a stranger can see your posts.');
      expect(result.stranger?.notes.join(' ')).not.toMatch(/saw no posts/);
    } finally {
      threads.reset();
    }
  });
});

describe('the demo clinician\'s Threads', () => {
  it('reads as a realistic mix: public, open mentions, her Instagram name, and "could not check" for Online status', async () => {
    threads.reset(THREADS_DEMO);
    try {
      const result = await audit();
      expect(valuesOf(result)).toEqual({ text_post_app_is_private: false, mentions: 'everyone', fediverse_sharing: false });
      expect(reasonsOf(result)).toEqual({ online_status: 'page-changed' });
      expect(result.identity).toMatchObject({ displayName: 'Amina | Leeds 🏔️', handle: 'amina.outdoors' });
      expect(result.stranger).toMatchObject({ postsVisible: 3, postsProtected: false, name: 'Amina | Leeds 🏔️' });
    } finally {
      threads.reset();
    }
  });
});
