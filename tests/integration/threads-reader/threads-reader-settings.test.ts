/**
 * Every setting the Threads reader reports follows the account: each is flipped in the emulator
 * and its observation must flip with it. Three reads cover all four settings; no two settings
 * share a sequence of values, so a reader that read one setting for another would fail. The
 * private round also shows a stranger a locked-down profile, the others an exposed one.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadsReader } from '../../../main/engine/platforms/threads/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import type { ThreadsEmulator, ThreadsSettings } from '../../../main/demo/threads/index.ts';
import { readerContext, signedInThreads, type SignedInThreads } from './context.ts';

const T = true;
const F = false;

const ROUNDS = {
  text_post_app_is_private: [T, F, F],
  online_status: [F, T, F],
  fediverse_sharing: [T, T, F],
  mentions: ['no_one', 'everyone', 'following'],
} as const;

type Round = 0 | 1 | 2;

function valuesIn(round: Round): ThreadsSettings {
  return {
    text_post_app_is_private: ROUNDS.text_post_app_is_private[round],
    online_status: ROUNDS.online_status[round],
    fediverse_sharing: ROUNDS.fediverse_sharing[round],
    mentions: ROUNDS.mentions[round],
  };
}

let site: SignedInThreads;
let threads: ThreadsEmulator;
let browser: Browser;

beforeAll(async () => {
  site = await signedInThreads();
  ({ threads, browser } = site);
});

afterAll(() => site.close());

describe('the rounds themselves', () => {
  it('cover exactly the reader\'s settings, flip each one, and give each its own sequence', () => {
    expect(Object.keys(ROUNDS).sort()).toEqual([...threadsReader.settings].sort());
    const sequences = Object.values(ROUNDS).map((values) => JSON.stringify(values));
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const values of Object.values(ROUNDS)) expect(new Set<unknown>(values).size).toBeGreaterThan(1);
  });
});

describe.each([0, 1, 2] as const)('round %i', (round) => {
  let result: PlatformReadResult;

  beforeAll(async () => {
    threads.set(valuesIn(round));
    const ctx = readerContext(browser, { hosts: threadsReader.hosts });
    try {
      result = await threadsReader.read(ctx);
    } finally {
      await ctx.dispose();
    }
  });

  it('observes every setting with the value the account has now', () => {
    expect(result.unread).toEqual([]);
    expect(Object.fromEntries(result.observations.map((o) => [o.setting, o.value]))).toEqual(valuesIn(round));
  });

  it('takes the private flag from the profile\'s embedded JSON and the rest from the settings pages', () => {
    const bySetting = new Map(result.observations.map((o) => [o.setting, o]));
    expect(bySetting.get('text_post_app_is_private')).toMatchObject({
      source: 'embedded-json', evidence: 'www.threads.com/@dr.sam.rivers embedded JSON (script type="application/json") field text_post_app_is_private',
    });
    expect(bySetting.get('mentions')?.evidence).toMatch(/^www\.threads\.com\/settings\/privacy radio group "Mentions", checked radio "(Everyone|Profiles you follow|No one)"/);
    expect(bySetting.get('online_status')?.evidence).toBe('www.threads.com/settings/privacy switch "Online status" (accessibility tree)');
    expect(bySetting.get('fediverse_sharing')?.evidence).toBe('www.threads.com/settings/account switch "Fediverse sharing" (accessibility tree)');
  });

  it(ROUNDS.text_post_app_is_private[round] ? 'shows a stranger only name and bio of a private profile' : 'shows a stranger the posts of a public profile', () => {
    const stranger = result.stranger;
    expect(stranger).toMatchObject({
      url: 'https://www.threads.com/@dr.sam.rivers', checked: true, loginWall: false, profileVisible: true,
      name: 'Dr Sam Rivers', bio: 'GP in Leeds. Primary care, running and the odd bad pun.', connectionsVisible: false,
    });
    expect(stranger?.notes).toContain('A stranger can see how many followers you have (1204), but not who they are.');
    if (ROUNDS.text_post_app_is_private[round]) {
      expect(stranger).toMatchObject({ postsProtected: true, postsVisible: 0 });
      expect(stranger?.notes).toContain('Your posts are private: a stranger sees only your profile header.');
    } else {
      expect(stranger).toMatchObject({ postsProtected: false, postsVisible: 2 });
      expect(stranger?.notes).toContain('A stranger can see 2 of your posts without signing in.');
    }
  });
});
