/**
 * The Facebook reader under every variation switch real sites show (main/demo/variations.ts):
 * each setting is read with its true value or left unread with a reason that names the cause,
 * nothing passes on a session Facebook will not serve, and the stranger view concludes nothing
 * from a page it did not recognise.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';
import { facebookReader } from '../../../main/engine/platforms/facebook/index.ts';
import type { PlatformReadResult, SettingValue } from '../../../main/engine/types.ts';
import type { FacebookEmulator, FacebookMode } from '../../../main/demo/facebook/index.ts';
import { VARIATION_NAMES, type Variation } from '../../../main/demo/variations.ts';
import { checklistItemsFor, expectNoPass, expectOnlyTrueValues, expectStrangerConcludedNothing } from '../../support/variation-checks.ts';
import { FACEBOOK_ACCOUNT, reasonsOf, signedInFacebook, type SignedInFacebook } from './context.ts';

// Real Chromium on a machine shared with other work, and pages drawn 4 s late: generous limits.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let site: SignedInFacebook;
let facebook: FacebookEmulator;
let items: ChecklistItem[];
let baseline: string[];

/** What the emulator holds, in the reader's values. */
const truth = (): Record<string, SettingValue> => ({ ...facebook.state.settings });
const pageLoads = (): number => site.emulators.requestsTo('www.facebook.com').filter((r) => r.method === 'GET').length;

async function auditUnder(...variations: Variation[]): Promise<{ result: PlatformReadResult; loads: number }> {
  facebook.vary(...variations);
  const before = pageLoads();
  const result = await site.audit(facebookReader);
  return { result, loads: pageLoads() - before };
}

beforeAll(async () => {
  site = await signedInFacebook({ settings: { future_posts_audience: 'friends-except', friends_list_audience: 'only-me', lookup_by_phone: 'no-one', who_can_follow: 'friends' } });
  ({ facebook } = site);
  items = await checklistItemsFor('facebook');
  expect(items.length).toBeGreaterThan(10);
  const plain = await site.audit(facebookReader);
  baseline = expectOnlyTrueValues(plain, truth()).read;
  expect(baseline).toHaveLength(facebookReader.settings.length);
});
afterAll(() => site.close());
afterEach(() => {
  facebook.restore();
  // Whatever the page looked like, the reader never saved a setting.
  expect(facebook.state.changes).toEqual([]);
});

describe('switches under which every setting must still be read', () => {
  // late-content-slow: the test after this one, which asserts the same and more from one slow read.
  it.each(['late-content', 'consent-dialog', 'missing-embedded-data', 'inline-controls', 'label-synonyms'] as const)(
    'reads every setting the plain page reads under %s', async (variation) => {
      if (variation === 'label-synonyms') facebook.set({ public_post_comments: 'people-you-mention', who_can_follow: 'public' });
      const { result } = await auditUnder(variation);
      expect(result.session).toBe('signed-in');
      expect(expectOnlyTrueValues(result, truth()).read).toEqual(baseline);
      expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', handle: 'sam.rivers.gp' });
      expect(result.stranger).toMatchObject({ checked: true, name: 'Sam Rivers' });
      facebook.reset();
    },
  );

  it('reads the audience dialogs its own clicks opened, not the cookie dialog open over the page, and never answers it', async () => {
    const { result } = await auditUnder('consent-dialog');
    // Answering would record a cookie choice with the account: the dialog is set aside, unanswered.
    expect(site.emulators.requestsTo('www.facebook.com').filter((r) => r.path === '/cookie/consent/')).toEqual([]);
    expect(new Set(result.observations.map((o) => o.source))).toEqual(new Set(['accessibility-tree']));
    expect(result.observations.map((o) => o.evidence).join(' ')).not.toMatch(/cookies/i);
  });

  it('reads rows drawn 4 s after load, and the profile and the stranger view drawn late too', async () => {
    const { result } = await auditUnder('late-content-slow');
    expect(result.session).toBe('signed-in');
    expect(expectOnlyTrueValues(result, truth()).read).toEqual(baseline);
    expect(result.unread).toEqual([]);
    expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', handle: 'sam.rivers.gp' });
    expect(result.stranger).toMatchObject({ checked: true, name: 'Sam Rivers', profileVisible: true, postsVisible: 2, connectionsVisible: false });
  });

  it('finds every control on the settings hub itself without following the tab links', async () => {
    const { result, loads } = await auditUnder('inline-controls');
    expect(result.unread).toEqual([]);
    // One settings page instead of four, /me and the profile it leads to, and the stranger's visit.
    expect(loads).toBe(4);
  });

  it('maps the comment choice "Profiles and Pages you mention" and the follow choice "Everybody"', async () => {
    facebook.set({ public_post_comments: 'people-you-mention', who_can_follow: 'public' });
    const { result } = await auditUnder('label-synonyms');
    expect(result.observations.filter((o) => ['public_post_comments', 'who_can_follow', 'followers_list_audience'].includes(o.setting))
      .map((o) => [o.setting, o.value])).toEqual([['who_can_follow', 'public'], ['followers_list_audience', 'public'], ['public_post_comments', 'people-you-mention']]);
    facebook.reset();
  });
});

describe('identity and the stranger view', () => {
  it('separates the name from an @handle drawn on the same line', async () => {
    const { result } = await auditUnder('name-handle-one-line');
    expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', handle: 'sam.rivers.gp' });
    expect(result.stranger).toMatchObject({ checked: true, name: 'Sam Rivers' });
  });

  it('finds the profile address from the page when /me serves the profile without redirecting', async () => {
    const { result } = await auditUnder('profile-no-redirect');
    expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', handle: 'sam.rivers.gp', workplace: 'Meanwood Health Centre' });
    expect(result.stranger).toMatchObject({ url: 'https://www.facebook.com/sam.rivers.gp', checked: true, profileVisible: true });
  });

  it('says it could not check what a stranger sees on a public profile in a layout it does not know', async () => {
    const { result } = await auditUnder('unrecognised-profile');
    expect(result.stranger).not.toBeNull();
    expectStrangerConcludedNothing(result.stranger);
    expect(result.stranger?.notes.join(' ')).toMatch(/could not check what a stranger sees/);
    expect(expectOnlyTrueValues(result, truth()).read).toEqual(baseline);
  });
});

describe('sessions Facebook will not serve, told by a message drawn after load', () => {
  it('gives automation-blocked, never a timeout, when Facebook suspects automated behaviour', async () => {
    const { result } = await auditUnder('automation-gate');
    expect(result.session).toBe('automation-blocked');
    expect(new Set(Object.values(reasonsOf(result)))).toEqual(new Set(['automation-blocked']));
    expect(result.sessionDetail).toMatch(/suspects automated behaviour/);
    expectNoPass(result, items, FACEBOOK_ACCOUNT);
  });

  it('gives automation-blocked when the warning is drawn 4 s after load', async () => {
    const { result } = await auditUnder('automation-gate', 'late-content-slow');
    expect(result.session).toBe('automation-blocked');
    expectNoPass(result, items, FACEBOOK_ACCOUNT);
  });

  it.each([
    ['checkpoint', 'challenge'],
    ['blocked', 'blocked'],
    ['rate-limited', 'rate-limited'],
  ] as const satisfies readonly (readonly [FacebookMode, string])[])('a %s page drawn 4 s after load gives %s and no pass', async (mode, session) => {
    facebook.state.mode = mode;
    const { result } = await auditUnder('late-content-slow');
    expect(result.session).toBe(session);
    expect(new Set(Object.values(reasonsOf(result)))).toEqual(new Set([session]));
    expectNoPass(result, items, FACEBOOK_ACCOUNT);
  });
});

it('covers every variation switch', () => {
  const covered: Variation[] = ['late-content', 'late-content-slow', 'consent-dialog', 'missing-embedded-data', 'inline-controls',
    'label-synonyms', 'name-handle-one-line', 'profile-no-redirect', 'unrecognised-profile', 'automation-gate'];
  expect([...covered].sort()).toEqual([...VARIATION_NAMES].sort());
});

it('reports a choice it does not know as unrecognised, with the words Facebook showed, and guesses nothing', async () => {
  facebook.set({ future_posts_audience: 'close-friends' });
  try {
    const result = await site.audit(facebookReader);
    expect(result.observations.map((o) => o.setting)).not.toContain('future_posts_audience');
    expect(result.unread.find((u) => u.setting === 'future_posts_audience')).toEqual({
      setting: 'future_posts_audience', reason: 'unrecognised-value',
      detail: 'Facebook showed "Close Friends" for "Who can see your future posts?", a choice Chaperone does not know yet, so it did not guess what it means.',
    });
  } finally {
    facebook.reset();
  }
});
