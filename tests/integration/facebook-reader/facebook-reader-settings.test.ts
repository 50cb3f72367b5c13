/**
 * Every setting the Facebook reader reports follows the account: each is changed in the emulator
 * and the observation must change with it. Four audits cover all thirteen: in each round the
 * settings take the values in ROUNDS, and no two settings share a sequence of values, so a reader
 * that read one row for another would fail. The stranger view follows the friends list setting.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { facebookReader } from '../../../main/engine/platforms/facebook/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import type { FacebookSettings } from '../../../main/demo/facebook/index.ts';
import { signedInFacebook, valuesOf, type SignedInFacebook } from './context.ts';

// Real Chromium on a machine shared with other work: generous limits, never a race against the clock.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const T = true;
const F = false;

const ROUNDS = {
  future_posts_audience: ['public', 'friends-except', 'only-me', 'custom'],
  friend_requests_from: ['everyone', 'friends-of-friends', 'friends-of-friends', 'everyone'],
  friends_list_audience: ['friends', 'only-me', 'public', 'specific-friends'],
  lookup_by_email: ['everyone', 'no-one', 'friends', 'only-me'],
  lookup_by_phone: ['friends-of-friends', 'everyone', 'no-one', 'friends'],
  search_engine_link: [T, T, F, F],
  tagged_posts_audience: ['everyone', 'only-me', 'friends', 'friends-of-friends'],
  profile_review: [F, T, T, F],
  tag_review: [T, F, T, F],
  who_can_follow: ['public', 'friends', 'public', 'friends'],
  followers_list_audience: ['only-me', 'public', 'friends', 'public'],
  public_post_comments: ['friends', 'public', 'friends-of-friends', 'public'],
  public_profile_info: ['public', 'friends-of-friends', 'public', 'friends'],
} as const satisfies Record<keyof FacebookSettings, readonly (string | boolean)[]>;

type Round = 0 | 1 | 2 | 3;

function valuesIn(round: Round): Record<string, string | boolean> {
  return Object.fromEntries(Object.entries(ROUNDS).map(([setting, values]) => [setting, values[round]]));
}

let site: SignedInFacebook;

beforeAll(async () => { site = await signedInFacebook(); });
afterAll(() => site.close());

describe('the rounds themselves', () => {
  it('cover exactly the reader\'s settings, change each one, and give each its own sequence', () => {
    expect(Object.keys(ROUNDS).sort()).toEqual([...facebookReader.settings].sort());
    const sequences = Object.values(ROUNDS).map((values) => JSON.stringify(values));
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const values of Object.values(ROUNDS)) expect(new Set<unknown>(values).size).toBeGreaterThan(1);
  });
});

describe.each([0, 1, 2, 3] as const)('round %i', (round) => {
  let result: PlatformReadResult;

  beforeAll(async () => {
    site.facebook.set(valuesIn(round));
    result = await site.audit(facebookReader);
  });

  it('observes every setting with the value the account has now, from the accessibility tree', () => {
    expect(result.unread).toEqual([]);
    expect(valuesOf(result)).toEqual(valuesIn(round));
    for (const o of result.observations) expect(o.source).toBe('accessibility-tree');
    expect(site.facebook.state.changes).toEqual([]);
  });

  it(ROUNDS.friends_list_audience[round] === 'public' ? 'shows a stranger the friends list' : 'hides the friends list from a stranger', () => {
    expect(result.stranger?.connectionsVisible).toBe(ROUNDS.friends_list_audience[round] === 'public');
  });
});
