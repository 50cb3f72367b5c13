/**
 * Every setting the LinkedIn reader reports follows the account: each is flipped in the emulator
 * and its observation must flip with it. Three audits cover all seven: in each round the settings
 * take the values in ROUNDS, and no two settings share a sequence of values, so a reader that read
 * one field for another would fail. The rounds with the public profile off and on also show what
 * a stranger sees of a locked-down and of an exposed profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedinReader } from '../../../main/engine/platforms/linkedin/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import { settingsForReaderValues } from '../../../main/demo/linkedin/index.ts';
import { signedInLinkedIn, valuesOf, type SignedInLinkedIn } from './context.ts';

const T = true;
const F = false;

/** Value of each setting in rounds 0–2, as the reader reports it. */
const ROUNDS = {
  showPublicProfile: [F, T, T],
  fullLastNameShown: [T, F, T],
  allowProfileEditBroadcasts: [T, T, F],
  connections_visible: [F, F, T],
  discloseAsProfileViewer: ['hide', 'disclose_anonymous', 'disclose_full'],
  discoverable_by_email: ['nobody', 'everyone', 'second_degree'],
  discoverable_by_phone: ['first_degree', 'nobody', 'everyone'],
} as const;

type Round = 0 | 1 | 2;

function valuesIn(round: Round): Record<string, boolean | string> {
  return Object.fromEntries(Object.entries(ROUNDS).map(([setting, values]) => [setting, values[round]]));
}

let site: SignedInLinkedIn;
beforeAll(async () => { site = await signedInLinkedIn(); });
afterAll(() => site.close());

describe('the rounds themselves', () => {
  it('cover exactly the reader\'s settings, flip each one, and give each its own sequence', () => {
    expect(Object.keys(ROUNDS).sort()).toEqual([...linkedinReader.settings].sort());
    const sequences = Object.values(ROUNDS).map((values) => JSON.stringify(values));
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const values of Object.values(ROUNDS)) expect(new Set<unknown>(values).size).toBeGreaterThan(1);
  });
});

describe.each([0, 1, 2] as const)('round %i', (round) => {
  let result: PlatformReadResult;

  beforeAll(async () => {
    site.linkedin.set(settingsForReaderValues(valuesIn(round)));
    result = await site.audit();
  });

  it('observes every setting with the value the account has now', () => {
    expect(result.unread).toEqual([]);
    expect(valuesOf(result)).toEqual(valuesIn(round));
  });

  it(ROUNDS.showPublicProfile[round] ? 'shows a stranger the exposed public profile' : 'shows a stranger of a locked-down profile only the sign-in wall', () => {
    const stranger = result.stranger;
    if (ROUNDS.showPublicProfile[round]) {
      // With "last initial" chosen, strangers see "Sam R.".
      const name = ROUNDS.fullLastNameShown[round] ? 'Sam Rivers' : 'Sam R.';
      expect(stranger).toMatchObject({ loginWall: false, profileVisible: true, name, workplace: 'Kirkstall Health Centre', connectionsVisible: false, postsVisible: 2 });
    } else {
      expect(stranger).toMatchObject({ loginWall: true, profileVisible: false, name: null, bio: null, workplace: null, postsVisible: null });
    }
  });
});
