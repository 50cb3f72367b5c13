/**
 * Every setting the Instagram reader reports follows the account: each is flipped in the emulator
 * and the observation must flip with it. Four reads of a public professional account (the kind
 * that has the search-engine switch) cover all nine: in each round the settings take the values
 * in ROUNDS, and no two settings share a sequence, so a reader that read one for another would
 * fail. The private round also shows the search-engine switch gone, and what a stranger sees of a
 * locked-down profile; the others, of an exposed one.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instagramReader } from '../../../main/engine/platforms/instagram/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import type { InstagramEmulator } from '../../../main/demo/instagram/index.ts';
import { readAccount, reasonsOf, signedInInstagram, valuesOf, type SignedInInstagram } from './context.ts';

const T = true;
const F = false;

const ROUNDS = {
  is_private: [F, T, F, F],
  public_media_in_search_engines: [T, F, F, T],
  usertag_review_enabled: [T, T, F, F],
  presence_disabled: [F, F, T, T],
  allow_sharing_to_story: [T, F, T, F],
  allow_sharing_to_messages: [F, T, F, T],
  chaining_enabled: [F, T, T, F],
  allow_tags_from: ['everyone', 'following', 'none', 'following'],
  allow_mentions_from: ['none', 'everyone', 'following', 'following'],
} as const;

const USERNAMES = ['drsamrivers', 'sam.rivers.gp', 'drsamrivers', 'sam.rivers.gp'] as const;

type Round = 0 | 1 | 2 | 3;

function valuesIn(round: Round): Record<string, boolean | string> {
  return Object.fromEntries(Object.entries(ROUNDS).map(([setting, values]) => [setting, values[round]]));
}

/** What the reader can see in a round: a private account has no search-engine switch. */
function readableIn(round: Round): Record<string, boolean | string> {
  const values = valuesIn(round);
  if (ROUNDS.is_private[round]) delete values.public_media_in_search_engines;
  return values;
}

let site: SignedInInstagram;
let instagram: InstagramEmulator;
let browser: Browser;

beforeAll(async () => {
  site = await signedInInstagram({ account: { is_professional: true, category_name: 'Doctor' } });
  ({ instagram, browser } = site);
});
afterAll(() => site.close());

async function readIn(round: Round): Promise<PlatformReadResult> {
  instagram.set(valuesIn(round));
  instagram.setProfile({ username: USERNAMES[round] });
  return readAccount(browser, instagramReader);
}

describe('the rounds themselves', () => {
  it('cover exactly the reader\'s settings, flip each one, and give each its own sequence', () => {
    expect(Object.keys(ROUNDS).sort()).toEqual([...instagramReader.settings].sort());
    const sequences = Object.values(ROUNDS).map((values) => JSON.stringify(values));
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const values of Object.values(ROUNDS)) expect(new Set<unknown>(values).size).toBeGreaterThan(1);
    // The search-engine switch is read only in public rounds, and flips among them too.
    expect(new Set(ROUNDS.public_media_in_search_engines.filter((_, i) => !ROUNDS.is_private[i])).size).toBe(2);
  });
});

describe.each([0, 1, 2, 3] as const)('round %i', (round) => {
  let result: PlatformReadResult;

  beforeAll(async () => {
    result = await readIn(round);
  });

  it('observes every setting with the value the account has now', () => {
    expect(valuesOf(result)).toEqual(readableIn(round));
    expect(reasonsOf(result)).toEqual(ROUNDS.is_private[round] ? { public_media_in_search_engines: 'not-supported' } : {});
    const json = ['is_private', 'presence_disabled', 'usertag_review_enabled', 'chaining_enabled'];
    for (const o of result.observations) expect(o.source).toBe(json.includes(o.setting) ? 'json-endpoint' : 'accessibility-tree');
  });

  it('reads the identity under the current username, with the category as the workplace', () => {
    expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: USERNAMES[round], workplace: 'Doctor', source: 'json-endpoint' });
    expect(result.sessionDetail).toBe(`Signed in to Instagram as @${USERNAMES[round]}.`);
  });

  it(ROUNDS.is_private[round] ? 'shows a stranger only the header of a locked-down profile' : 'shows a stranger the posts of an exposed profile', () => {
    const stranger = result.stranger;
    expect(stranger).toMatchObject({
      url: `https://www.instagram.com/${USERNAMES[round]}/`, checked: true, loginWall: false, profileVisible: true,
      name: 'Dr Sam Rivers', bio: 'GP in Leeds. Running, allotment, bad puns. Views my own.', workplace: 'Doctor', connectionsVisible: false,
    });
    if (ROUNDS.is_private[round]) {
      expect(stranger).toMatchObject({ postsProtected: true, postsVisible: 0 });
      expect(stranger?.notes).toContain('Your posts are private: a stranger sees only your profile header.');
    } else {
      expect(stranger).toMatchObject({ postsProtected: false, postsVisible: 3 });
      expect(stranger?.notes).toContain('A stranger can see 3 of your posts without signing in.');
    }
  });
});
