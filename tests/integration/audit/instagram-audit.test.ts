/**
 * The whole engine against the Instagram emulator: real Chromium on per-account profiles, the
 * shipped checklists, evaluation and scoring. Items flip when Instagram settings flip, the name
 * rule follows the profile, and a session that cannot be read never passes anything.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../main/engine/audit/model.ts';
import { instagramReader } from '../../../main/engine/platforms/instagram/index.ts';
import type { AccountSpec, SettingValue } from '../../../main/engine/types.ts';
import { INSTAGRAM_DEMO } from '../../../main/demo/instagram/demo.ts';
import { createInstagramEmulator, type InstagramSettings } from '../../../main/demo/instagram/index.ts';
import { expectNothingPasses, startAuditSite, statusOf, type AuditSite } from '../../support/audit-site.ts';

const personal: AccountSpec = { id: 'personal', platform: 'instagram', label: 'Personal Instagram', kind: 'personal' };

const OPTIONS: Record<string, readonly SettingValue[]> = {
  allow_tags_from: ['everyone', 'following', 'none'],
  allow_mentions_from: ['everyone', 'following', 'none'],
};
const valuesOf = (setting: string): readonly SettingValue[] => OPTIONS[setting] ?? [true, false];

// A creator account, so that Instagram shows the search-engine switch while the account is public.
const instagram = createInstagramEmulator({
  account: { full_name: 'Dr Amina Rahman', username: 'dr.amina.rahman', biography: 'GP in Leeds.', is_professional: true, category_name: 'Doctor' },
});
let site: AuditSite;

beforeAll(async () => { site = await startAuditSite({ platform: instagram, readers: [instagramReader], stepTimeoutMs: 20_000 }); });
afterAll(() => site.close());
beforeEach(() => { instagram.reset(); });

function audit(accounts: AccountSpec[] = [personal], afterSignIn?: () => void): Promise<AuditResult> {
  return site.audit(accounts, afterSignIn);
}

describe('an Instagram audit through the whole engine', () => {
  it('passes every Instagram item and the name rule with good settings, and fails them with poor ones', async () => {
    const items = site.checkedItems('instagram');
    expect(items.length).toBeGreaterThanOrEqual(9);
    // Every Instagram item applies to personal accounts (the professional relaxations are checked in the unit tests).
    expect(items.every((i) => i.appliesTo.includes('personal'))).toBe(true);
    const good: Record<string, SettingValue> = {};
    const bad: Record<string, SettingValue> = {};
    for (const item of items) {
      good[item.setting] = item.expect[0] ?? null;
      bad[item.setting] = valuesOf(item.setting).find((v) => !item.expect.includes(v)) ?? null;
    }
    instagram.set(good);
    const safe = await audit();
    // The search-engine switch exists only while the account is public: its own good case.
    instagram.set({ is_private: false });
    const publicButSafe = await audit();
    instagram.set(bad);
    instagram.setProfile({ full_name: 'Amina | Leeds 🏔️', username: 'amina.outdoors' });
    const exposed = await audit();

    const search = 'instagram.not-in-search-engines';
    expect(statusOf(safe, search)).toEqual(['not-applicable']);
    expect(statusOf(publicButSafe, search)).toEqual(['pass']);
    expect(statusOf(exposed, search)).toEqual(['fail']);
    for (const item of items.filter((i) => i.id !== search)) {
      expect(statusOf(safe, item.id), `${item.id} passes when safe`).toEqual(['pass']);
      expect(statusOf(exposed, item.id), `${item.id} fails when exposed`).toEqual(['fail']);
    }
    expect(statusOf(safe, 'common.registered-name-shown')).toEqual(['pass']);
    expect(statusOf(exposed, 'common.registered-name-shown')).toEqual(['fail']);
    expect(exposed.overall.score ?? 100).toBeLessThan(safe.overall.score ?? 0);
  }, 150_000);

  it.each([
    ['signed out', (): void => undefined, (): void => { instagram.signOut(); }, 'signed-out'],
    ['temporarily blocked the account', (): void => { instagram.block(); }, (): void => undefined, 'blocked'],
  ] as const)('when Instagram has %s, every automatic item is unknown with that reason and nothing passes', async (_name, arrange, afterSignIn, reason) => {
    arrange();
    const [account] = (await audit([personal], afterSignIn)).accounts;
    expectNothingPasses(account, reason);
  }, 60_000);

  it('gives the demo clinician a realistic mix, with "could not check" only for what Instagram no longer sends or shows', async () => {
    instagram.set(INSTAGRAM_DEMO.settings ?? {});
    instagram.setProfile(INSTAGRAM_DEMO.account ?? {});
    for (const field of INSTAGRAM_DEMO.droppedFields ?? []) instagram.dropField(field);
    for (const setting of INSTAGRAM_DEMO.hiddenControls ?? []) instagram.hideControl(setting as keyof InstagramSettings);
    const [account] = (await audit([personal])).accounts;
    const byItem = Object.fromEntries((account?.items ?? []).map((i) => [i.itemId, i.status]));
    expect(account?.items.find((i) => i.setting === 'chaining_enabled')).toMatchObject({ status: 'unknown', unreadReason: 'page-changed' });
    expect(byItem).toMatchObject({
      'instagram.private-account': 'fail', 'instagram.not-in-search-engines': 'fail', 'instagram.tags-limited': 'fail',
      'instagram.tags-approved': 'pass', 'instagram.mentions-limited': 'pass', 'instagram.activity-status-hidden': 'fail',
      'instagram.story-not-shared-to-stories': 'pass', 'instagram.story-not-shared-to-messages': 'fail',
      'common.registered-name-shown': 'fail',
    });
    expect(account?.score.coverage).toBeLessThan(100);
  }, 60_000);
});
