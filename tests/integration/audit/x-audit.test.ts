/**
 * The whole engine against the X emulator: real Chromium on per-account profiles, the shipped
 * checklists, evaluation and scoring. What the user would see: items flip when X settings flip,
 * and a session that cannot be read never passes anything.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../main/engine/audit/model.ts';
import { READERS } from '../../../main/engine/platforms/index.ts';
import type { AccountSpec, SettingValue } from '../../../main/engine/types.ts';
import { createThirdPartyEmulator, THIRD_PARTY_HOSTS } from '../../../main/demo/third-party.ts';
import { createXEmulator } from '../../../main/demo/x/index.ts';
import { expectNothingPasses, startAuditSite, statusOf, type AuditSite } from '../../support/audit-site.ts';

const personal: AccountSpec = { id: 'personal', platform: 'x', label: 'Personal', kind: 'personal' };
const professional: AccountSpec = { id: 'professional', platform: 'x', label: 'Professional', kind: 'professional' };

/** Every value each X setting can take, so a failing value can be chosen for any item. */
const DOMAIN: Record<string, readonly SettingValue[]> = {
  allow_media_tagging: ['all', 'following', 'none'],
  allow_dms_from: ['all', 'verified', 'following'],
};
const thirdParty = new Set<string>(THIRD_PARTY_HOSTS);
const valuesOf = (setting: string): readonly SettingValue[] => DOMAIN[setting] ?? [true, false];

const x = createXEmulator({ account: { name: 'Dr Amina Rahman', description: 'GP in Leeds.', screen_name: 'DrAminaRahman' } });
let site: AuditSite;

beforeAll(async () => { site = await startAuditSite({ platform: x, readers: READERS, alongside: [createThirdPartyEmulator()] }); });
afterAll(() => site.close());
beforeEach(() => { x.reset(); });

function audit(accounts: AccountSpec[] = [personal, professional], afterSignIn?: () => void): Promise<AuditResult> {
  return site.audit(accounts, afterSignIn);
}

describe('an X audit through the whole engine', () => {
  it('flips every X checklist item when its setting flips in X', async () => {
    const items = site.checkedItems('x');
    expect(items.length).toBeGreaterThanOrEqual(8);
    const good: Record<string, SettingValue> = {};
    const bad: Record<string, SettingValue> = {};
    for (const item of items) {
      good[item.setting] = item.expect[0] ?? null;
      bad[item.setting] = valuesOf(item.setting).find((v) => !item.expect.includes(v)) ?? null;
    }
    x.set(good);
    const safe = await audit();
    x.set(bad);
    const exposed = await audit();
    for (const item of items) {
      const before = statusOf(safe, item.id);
      const after = statusOf(exposed, item.id);
      // Each item applies to at least one of the two accounts, and there it flips.
      expect(before.filter((s) => s === 'pass').length, `${item.id} passes when safe`).toBeGreaterThan(0);
      expect(before.map((s) => (s === 'pass' ? 'fail' : s)), `${item.id} fails when exposed`).toEqual(after);
    }
    expect(exposed.overall.score ?? 100).toBeLessThan(safe.overall.score ?? 0);
  });

  it('checks the name rule from the profile: shown passes, hidden fails', async () => {
    const shown = await audit([personal]);
    x.setProfile({ name: 'Amina 🏃‍♀️', screen_name: 'amina_runs' });
    const hidden = await audit([personal]);
    expect(statusOf(shown, 'common.registered-name-shown')).toEqual(['pass']);
    expect(statusOf(hidden, 'common.registered-name-shown')).toEqual(['fail']);
  });

  it.each([
    // The browser keeps its cookies but X has ended the session on its side.
    ['signed out', (): void => undefined, (): void => { x.signOut(); }, 'signed-out'],
    ['asked for a challenge', (): void => { x.lock(); }, (): void => undefined, 'challenge'],
    ['rate limited', (): void => { x.rateLimit(); }, (): void => undefined, 'rate-limited'],
  ] as const)('when X has %s, every item is unknown with that reason and nothing passes', async (_name, arrange, afterSignIn, reason) => {
    arrange();
    const result = await audit([personal], afterSignIn);
    const [account] = result.accounts;
    expectNothingPasses(account, reason);
  });

  it('makes only the missing field unknown when X leaves one out', async () => {
    x.dropField('discoverable_by_email');
    const [account] = (await audit([personal])).accounts;
    expect(account?.items.find((i) => i.setting === 'discoverable_by_email')).toMatchObject({ status: 'unknown', unreadReason: 'field-missing' });
    expect(account?.items.find((i) => i.setting === 'protected')?.status).toBe('fail');
    expect(account?.score.coverage).toBeLessThan(100);
  });

  it('never lets the audit browser reach a third-party host, although X pages ask for them', async () => {
    const before = site.running.requests.length;
    const [account] = (await audit([personal])).accounts;
    const seen = site.running.requests.slice(before);
    expect(seen.some((r) => r.host === 'api.x.com')).toBe(true);
    expect(seen.filter((r) => thirdParty.has(r.host))).toEqual([]);
    expect(account?.requestsBlocked.offHost).toBeGreaterThan(0);
    expect(account?.requestsBlocked.hosts.some((h) => thirdParty.has(h))).toBe(true);
  });
});
