/**
 * Every setting the X reader reports follows the account: each is flipped in the emulator and the
 * observation must flip with it. Four audits cover all thirteen: in each round the settings take
 * the values in ROUNDS, and no two settings share a sequence of values, so a reader that read one
 * field for another would fail. The protected round also shows identity and stranger view of a
 * protected account.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xReader } from '../../../main/engine/platforms/x/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import type { XEmulator } from '../../../main/demo/x/index.ts';
import { readerContext, signedInX, type SignedInX } from './context.ts';

const T = true;
const F = false;

/** Value of each setting in rounds 0–3 (booleans: the binary codes 1–9, one per setting). */
const ROUNDS = {
  protected: [T, F, F, F],
  discoverable_by_email: [F, T, F, F],
  discoverable_by_mobile_phone: [T, T, F, F],
  geo_enabled: [F, F, T, F],
  allow_location_history_personalization: [T, F, T, F],
  allow_ads_personalization: [F, T, T, F],
  allow_logged_out_device_personalization: [T, T, T, F],
  allow_sharing_data_for_third_party_personalization: [F, F, F, T],
  address_book_live_sync_enabled: [T, F, F, T],
  allow_media_tagging: ['none', 'all', 'following', 'none'],
  allow_dms_from: ['all', 'following', 'verified', 'all'],
  allow_dm_groups_from: ['all', 'following', 'following', 'all'],
  screen_name: ['DrSamRivers', 'SamRiversGP', 'DrSamRivers', 'SamRiversGP'],
} as const;

type Round = 0 | 1 | 2 | 3;

function valuesIn(round: Round): Record<string, boolean | string> {
  return Object.fromEntries(Object.entries(ROUNDS).map(([setting, values]) => [setting, values[round]]));
}

let site: SignedInX;
let x: XEmulator;
let browser: Browser;

beforeAll(async () => {
  site = await signedInX();
  ({ x, browser } = site);
});

afterAll(() => site.close());

async function auditIn(round: Round): Promise<PlatformReadResult> {
  const { screen_name: screenName, ...settings } = valuesIn(round);
  x.set(settings);
  x.setProfile({ screen_name: String(screenName) });
  const ctx = readerContext(browser, { hosts: xReader.hosts });
  try {
    return await xReader.read(ctx);
  } finally {
    await ctx.dispose();
  }
}

describe('the rounds themselves', () => {
  it('cover exactly the reader\'s settings, flip each one, and give each its own sequence', () => {
    expect(Object.keys(ROUNDS).sort()).toEqual([...xReader.settings].sort());
    const sequences = Object.values(ROUNDS).map((values) => JSON.stringify(values));
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const values of Object.values(ROUNDS)) expect(new Set<unknown>(values).size).toBeGreaterThan(1);
  });
});

describe.each([0, 1, 2, 3] as const)('round %i', (round) => {
  let result: PlatformReadResult;

  beforeAll(async () => {
    result = await auditIn(round);
  });

  it('observes every setting with the value the account has now, from X\'s settings data', () => {
    expect(result.unread).toEqual([]);
    expect(Object.fromEntries(result.observations.map((o) => [o.setting, o.value]))).toEqual(valuesIn(round));
    for (const o of result.observations) {
      expect(o).toMatchObject({ source: 'json-endpoint', evidence: `api.x.com/1.1/account/settings.json field ${o.setting}` });
    }
  });

  it('reads the identity under the current handle', () => {
    expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: ROUNDS.screen_name[round], source: 'json-endpoint' });
  });

  it(ROUNDS.protected[round] ? 'shows a stranger only the header of a protected account' : 'shows a stranger the posts of a public account', () => {
    const stranger = result.stranger;
    expect(stranger).toMatchObject({ url: `https://x.com/${ROUNDS.screen_name[round]}`, loginWall: false, profileVisible: true, name: 'Dr Sam Rivers' });
    if (ROUNDS.protected[round]) {
      expect(stranger).toMatchObject({ postsProtected: true, postsVisible: 0 });
      expect(stranger?.notes).toContain('Your posts are protected: a stranger sees only your profile header.');
    } else {
      expect(stranger).toMatchObject({ postsProtected: false, postsVisible: 3 });
    }
  });
});
