/**
 * The whole engine against the LinkedIn emulator: real Chromium on per-account profiles, the
 * shipped checklists, evaluation and scoring. Items flip when LinkedIn settings flip, the name
 * rule follows the profile, and a session that cannot be read never passes anything.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../main/engine/audit/model.ts';
import { linkedinReader } from '../../../main/engine/platforms/linkedin/index.ts';
import type { AccountSpec, SettingValue } from '../../../main/engine/types.ts';
import { createLinkedInEmulator, LINKEDIN_DEMO, settingsForReaderValues } from '../../../main/demo/linkedin/index.ts';
import { expectNothingPasses, startAuditSite, statusOf, type AuditSite } from '../../support/audit-site.ts';

const personal: AccountSpec = { id: 'personal-linkedin', platform: 'linkedin', label: 'Personal LinkedIn', kind: 'personal' };
const professional: AccountSpec = { id: 'professional-linkedin', platform: 'linkedin', label: 'LinkedIn', kind: 'professional' };

/** Every value each LinkedIn setting can take, so a failing value can be chosen for any item. */
const DISCOVERY = ['everyone', 'second_degree', 'first_degree', 'nobody'];
const DOMAIN: Record<string, readonly SettingValue[]> = {
  discloseAsProfileViewer: ['disclose_full', 'disclose_anonymous', 'hide'],
  discoverable_by_email: DISCOVERY,
  discoverable_by_phone: DISCOVERY,
};
const valuesOf = (setting: string): readonly SettingValue[] => DOMAIN[setting] ?? [true, false];

const linkedin = createLinkedInEmulator({
  profile: { firstName: 'Dr Amina', lastName: 'Rahman', publicIdentifier: 'dr-amina-rahman-gp', headline: 'GP Partner at Headingley Medical Practice', currentCompany: 'Headingley Medical Practice' },
});
let site: AuditSite;

beforeAll(async () => { site = await startAuditSite({ platform: linkedin, readers: [linkedinReader] }); });
afterAll(() => site.close());
beforeEach(() => { linkedin.reset(); });

function audit(accounts: AccountSpec[] = [personal, professional], afterSignIn?: () => void): Promise<AuditResult> {
  return site.audit(accounts, afterSignIn);
}

describe('a LinkedIn audit through the whole engine', () => {
  it('checks the settings the issue names, and flips every item, and the name rule, when they flip', async () => {
    const items = site.checkedItems('linkedin');
    expect(new Set(items.map((i) => i.setting))).toEqual(new Set([
      'showPublicProfile', 'fullLastNameShown', 'connections_visible', 'discloseAsProfileViewer',
      'discoverable_by_email', 'discoverable_by_phone', 'allowProfileEditBroadcasts',
    ]));
    const good: Record<string, SettingValue> = {};
    const bad: Record<string, SettingValue> = {};
    for (const item of items) {
      good[item.setting] = item.expect[0] ?? null;
      bad[item.setting] = valuesOf(item.setting).find((v) => !item.expect.includes(v)) ?? null;
    }
    linkedin.set(settingsForReaderValues(good));
    const safe = await audit();
    linkedin.set(settingsForReaderValues(bad));
    // The name rule follows the profile: the last name cut to an initial hides the registered name.
    linkedin.setProfile({ lastName: 'R', publicIdentifier: 'dr-amina-gp-7f3e' });
    const exposed = await audit();
    for (const item of items) {
      const before = statusOf(safe, item.id);
      const after = statusOf(exposed, item.id);
      // Each item applies to at least one of the two accounts, and there it flips.
      expect(before.filter((s) => s === 'pass').length, `${item.id} passes when safe`).toBeGreaterThan(0);
      expect(before.map((s) => (s === 'pass' ? 'fail' : s)), `${item.id} fails when exposed`).toEqual(after);
    }
    expect(exposed.overall.score ?? 100).toBeLessThan(safe.overall.score ?? 0);
    // The public profile item is for personal accounts only: public on purpose is fine.
    expect(statusOf(exposed, 'linkedin.public-profile-off')).toEqual(['fail', 'not-applicable']);
    expect(statusOf(safe, 'common.registered-name-shown')).toEqual(['pass', 'pass']);
    expect(statusOf(exposed, 'common.registered-name-shown')).toEqual(['fail', 'fail']);
  });

  it.each([
    // The browser keeps its cookies but LinkedIn has ended the session on its side.
    ['signed out', (): void => undefined, (): void => { linkedin.signOut(); }, 'signed-out'],
    ['rate limited', (): void => { linkedin.rateLimit(999); }, (): void => undefined, 'rate-limited'],
  ] as const)('when LinkedIn has %s, every item is unknown with that reason and nothing passes', async (_name, arrange, afterSignIn, reason) => {
    arrange();
    const result = await audit([personal], afterSignIn);
    const [account] = result.accounts;
    expectNothingPasses(account, reason);
  });

  it('gives the demo clinician a realistic mix: passes, fails and one she must check by hand', async () => {
    linkedin.setProfile({ ...LINKEDIN_DEMO.profile });
    linkedin.set({ ...LINKEDIN_DEMO.settings });
    for (const field of LINKEDIN_DEMO.droppedFields ?? []) linkedin.dropField(field);
    const [account] = (await audit([professional])).accounts;
    const status = Object.fromEntries((account?.items ?? []).filter((i) => i.itemId.startsWith('linkedin.') || i.itemId === 'common.registered-name-shown')
      .map((i) => [i.itemId, i.status]));
    expect(status).toEqual({
      'common.registered-name-shown': 'pass',
      'linkedin.public-profile-off': 'not-applicable',
      'linkedin.full-last-name-professional': 'pass',
      'linkedin.full-last-name-personal': 'not-applicable',
      'linkedin.connections-hidden': 'fail',
      'linkedin.private-profile-viewing': 'pass',
      'linkedin.not-findable-by-email': 'pass',
      'linkedin.not-findable-by-phone': 'fail',
      'linkedin.profile-edits-not-shared': 'unknown',
    });
    // Only the field LinkedIn stopped sending is unknown, and it says so; coverage shows the gap.
    expect(account?.items.find((i) => i.itemId === 'linkedin.profile-edits-not-shared')).toMatchObject({ unreadReason: 'field-missing', manualCheck: expect.stringContaining('Share key') as unknown });
    expect(account?.score.coverage).toBeLessThan(100);
    expect(account?.identity).toMatchObject({ displayName: 'Dr Amina Rahman', bio: 'GP Partner at Headingley Medical Practice', workplace: 'Headingley Medical Practice' });
  });
});
