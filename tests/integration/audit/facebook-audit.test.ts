/**
 * The whole engine against the Facebook emulator: real Chromium on per-account profiles, the
 * shipped checklists, evaluation and scoring. What the user would see: every Facebook item passes
 * with a safe value and fails with an exposed one, the name rule follows the profile, and a
 * session that cannot be read never passes anything.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../main/engine/audit/model.ts';
import { facebookReader } from '../../../main/engine/platforms/facebook/index.ts';
import type { AccountSpec, SettingValue } from '../../../main/engine/types.ts';
import { FACEBOOK_DEMO } from '../../../main/demo/facebook/demo.ts';
import { createFacebookEmulator } from '../../../main/demo/facebook/index.ts';
import { createThirdPartyEmulator } from '../../../main/demo/third-party.ts';
import { expectNothingPasses, startAuditSite, statusOf, type AuditSite } from '../../support/audit-site.ts';

const personal: AccountSpec = { id: 'personal-fb', platform: 'facebook', label: 'Personal Facebook', kind: 'personal' };
const professional: AccountSpec = { id: 'professional-fb', platform: 'facebook', label: 'Professional Facebook', kind: 'professional' };

/** Every value each Facebook setting can take, so a failing value can be chosen for any item. */
const AUDIENCE = ['public', 'friends', 'friends-except', 'specific-friends', 'only-me', 'custom'];
const LOOKUP = ['everyone', 'friends-of-friends', 'friends', 'only-me', 'no-one'];
const DOMAIN: Record<string, readonly SettingValue[]> = {
  future_posts_audience: AUDIENCE,
  friends_list_audience: AUDIENCE,
  friend_requests_from: ['everyone', 'friends-of-friends'],
  lookup_by_email: LOOKUP,
  lookup_by_phone: LOOKUP,
  tagged_posts_audience: ['everyone', 'friends-of-friends', 'friends', 'only-me', 'custom'],
  who_can_follow: ['public', 'friends'],
  followers_list_audience: ['public', 'friends', 'only-me'],
  public_post_comments: ['public', 'friends-of-friends', 'friends'],
  public_profile_info: ['public', 'friends-of-friends', 'friends'],
};
const valuesOf = (setting: string): readonly SettingValue[] => DOMAIN[setting] ?? [true, false];

const facebook = createFacebookEmulator({ account: { name: 'Amina Rahman', bio: 'GP in Leeds.', username: 'amina.rahman.leeds' } });
let site: AuditSite;

beforeAll(async () => { site = await startAuditSite({ platform: facebook, readers: [facebookReader], alongside: [createThirdPartyEmulator()], stepTimeoutMs: 20_000 }); });
afterAll(() => site.close());
beforeEach(() => { facebook.reset(); });

function audit(accounts: AccountSpec[] = [personal, professional], afterSignIn?: () => void): Promise<AuditResult> {
  return site.audit(accounts, afterSignIn);
}

describe('a Facebook audit through the whole engine', () => {
  it('passes every Facebook item with a safe value and fails it with an exposed one, the name rule too', async () => {
    const items = site.checkedItems('facebook');
    expect(items.length).toBeGreaterThanOrEqual(12);
    const good: Record<string, SettingValue> = {};
    const bad: Record<string, SettingValue> = {};
    for (const item of items) {
      good[item.setting] = item.expect[0] ?? null;
      bad[item.setting] = valuesOf(item.setting).find((v) => !item.expect.includes(v)) ?? null;
    }
    facebook.set(good);
    const safe = await audit();
    facebook.set(bad);
    // The name rule follows the profile: a nickname beside "GP in Leeds" hides the registered name.
    facebook.setProfile({ name: 'Mina R', username: 'mina.runs' });
    const exposed = await audit();
    expect(statusOf(safe, 'common.registered-name-shown')).toEqual(['pass', 'pass']);
    expect(statusOf(exposed, 'common.registered-name-shown')).toEqual(['fail', 'fail']);
    for (const item of items) {
      const before = statusOf(safe, item.id);
      const after = statusOf(exposed, item.id);
      expect(before.filter((s) => s === 'pass').length, `${item.id} passes when safe`).toBeGreaterThan(0);
      expect(before.map((s) => (s === 'pass' ? 'fail' : s)), `${item.id} fails when exposed`).toEqual(after);
    }
    // A public professional profile is not marked down for being public.
    expect(statusOf(exposed, 'facebook.future-posts-not-public')).toEqual(['fail', 'not-applicable']);
    expect(exposed.overall.score ?? 100).toBeLessThan(safe.overall.score ?? 0);
    expect(facebook.state.changes).toEqual([]);
  }, 150_000);

  it.each([
    // The browser keeps its cookies but Facebook has ended the session on its side.
    ['signed out', (): void => undefined, (): void => { facebook.signOut(); }, 'signed-out'],
    ['temporarily blocked the account', (): void => { facebook.block(); }, (): void => undefined, 'blocked'],
  ] as const)('when Facebook has %s, every item is unknown with that reason and nothing passes', async (_name, arrange, afterSignIn, reason) => {
    arrange();
    const [account] = (await audit([personal], afterSignIn)).accounts;
    expectNothingPasses(account, reason);
  }, 60_000);

  it('makes the items it cannot read in French unknown, with a word on switching to English', async () => {
    facebook.setLanguage('fr');
    const [account] = (await audit([personal])).accounts;
    const facebookChecks = account?.items.filter((i) => i.itemId.startsWith('facebook.') && i.setting !== null) ?? [];
    expect(new Set(facebookChecks.map((i) => `${i.status}:${i.unreadReason ?? ''}`))).toEqual(new Set(['unknown:locale-unsupported']));
    expect(facebookChecks[0]?.reason).toMatch(/Switch .* English/);
  }, 60_000);

  it('gives the demo clinician a realistic mix: passes, fails, and one thing Facebook no longer shows', async () => {
    facebook.setProfile(FACEBOOK_DEMO.account ?? {});
    facebook.set(FACEBOOK_DEMO.settings ?? {});
    facebook.setPosts(FACEBOOK_DEMO.posts ?? []);
    for (const row of FACEBOOK_DEMO.hiddenRows ?? []) facebook.hideRow(row);
    const [account] = (await audit([personal])).accounts;
    const status = (id: string): string | undefined => account?.items.find((i) => i.itemId === id)?.status;
    expect(status('facebook.future-posts-not-public')).toBe('pass');
    expect(status('facebook.friends-list-hidden')).toBe('fail');
    expect(status('facebook.not-findable-by-phone')).toBe('fail');
    expect(status('facebook.search-engines-off')).toBe('fail');
    expect(account?.items.find((i) => i.itemId === 'facebook.friend-requests-limited')).toMatchObject({ status: 'unknown', unreadReason: 'page-changed' });
    expect(status('common.registered-name-shown')).toBe('pass');
    expect(account?.stranger).toMatchObject({ name: 'Amina Rahman', workplace: 'Chapel Allerton Surgery', connectionsVisible: true, postsVisible: 1 });
  }, 60_000);
});
