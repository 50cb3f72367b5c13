/**
 * The whole engine against the Threads emulator: real Chromium on per-account profiles, the
 * shipped checklists, evaluation and scoring. Items flip when Threads settings flip, the name
 * rule follows the profile's name, and a session that cannot be read never passes anything.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../main/engine/audit/model.ts';
import { threadsReader } from '../../../main/engine/platforms/threads/index.ts';
import type { AccountSpec, SettingValue } from '../../../main/engine/types.ts';
import { createThreadsEmulator } from '../../../main/demo/threads/index.ts';
import { expectNothingPasses, startAuditSite, statusOf, type AuditSite } from '../../support/audit-site.ts';

const personal: AccountSpec = { id: 'personal-threads', platform: 'threads', label: 'Personal Threads', kind: 'personal' };
const professional: AccountSpec = { id: 'professional-threads', platform: 'threads', label: 'Professional Threads', kind: 'professional' };

/** Every value each Threads setting can take, so a failing value can be chosen for any item. */
const DOMAIN: Record<string, readonly SettingValue[]> = { mentions: ['everyone', 'following', 'no_one'] };
const valuesOf = (setting: string): readonly SettingValue[] => DOMAIN[setting] ?? [true, false];

const threads = createThreadsEmulator({ account: { full_name: 'Dr Amina Rahman', biography: 'GP in Leeds.', username: 'dr.amina.rahman' } });
let site: AuditSite;

beforeAll(async () => { site = await startAuditSite({ platform: threads, readers: [threadsReader] }); });
afterAll(() => site.close());
beforeEach(() => { threads.reset(); });

function audit(accounts: AccountSpec[] = [personal, professional], afterSignIn?: () => void): Promise<AuditResult> {
  return site.audit(accounts, afterSignIn);
}

describe('a Threads audit through the whole engine', () => {
  it('passes every Threads checklist item with good values and fails it with bad ones, and follows the name', async () => {
    const items = site.checkedItems('threads');
    expect(items.map((i) => i.setting).sort()).toEqual(['fediverse_sharing', 'mentions', 'online_status', 'text_post_app_is_private']);
    const good: Record<string, SettingValue> = {};
    const bad: Record<string, SettingValue> = {};
    for (const item of items) {
      good[item.setting] = item.expect[0] ?? null;
      bad[item.setting] = valuesOf(item.setting).find((v) => !item.expect.includes(v)) ?? null;
    }
    threads.set(good);
    const safe = await audit();
    threads.set(bad);
    // The name comes from Instagram: here it no longer shows the registered name, while the bio says GP.
    threads.setProfile({ full_name: 'Amina 🌿', biography: 'GP in Leeds. Hills at the weekend.', username: 'amina.outdoors' });
    const exposed = await audit();
    for (const item of items) {
      const before = statusOf(safe, item.id);
      const after = statusOf(exposed, item.id);
      expect(before.filter((s) => s === 'pass').length, `${item.id} passes when safe`).toBeGreaterThan(0);
      expect(before.map((s) => (s === 'pass' ? 'fail' : s)), `${item.id} fails when exposed`).toEqual(after);
    }
    // A public professional profile is public on purpose: the "keep private" items do not apply to it.
    expect(statusOf(exposed, 'threads.private-profile')).toEqual(['fail', 'not-applicable']);
    expect(statusOf(exposed, 'threads.mentions-limited')).toEqual(['fail', 'fail']);
    expect(statusOf(safe, 'common.registered-name-shown')).toEqual(['pass', 'pass']);
    expect(statusOf(exposed, 'common.registered-name-shown')).toEqual(['fail', 'fail']);
    expect(exposed.overall.score ?? 100).toBeLessThan(safe.overall.score ?? 0);
  }, 90_000);

  it.each([
    // The browser keeps its cookies but Threads has ended the session on its side.
    ['logged out', (): void => undefined, (): void => { threads.signOut(); }, 'signed-out'],
    ['rate limited', (): void => { threads.rateLimit(); }, (): void => undefined, 'rate-limited'],
  ] as const)('when Threads has %s, every item is unknown with that reason and nothing passes', async (_name, arrange, afterSignIn, reason) => {
    arrange();
    const result = await audit([personal], afterSignIn);
    const [account] = result.accounts;
    expectNothingPasses(account, reason, 5);
  });

  it('makes only the setting Threads no longer shows unknown, and still judges the rest', async () => {
    threads.hideRow('online_status');
    const [account] = (await audit([personal])).accounts;
    expect(account?.items.find((i) => i.itemId === 'threads.online-status-hidden')).toMatchObject({ status: 'unknown', unreadReason: 'page-changed' });
    expect(account?.items.find((i) => i.itemId === 'threads.private-profile')?.status).toBe('fail');
    expect(account?.score.coverage).toBeLessThan(100);
  });
});
