import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IDENTITY_SETTINGS, identityObservations } from '../../../main/engine/identity/index.ts';
import type { UserProfile } from '../../../main/engine/profile.ts';
import { readIdentity } from './profiles.ts';

const AMINA: UserProfile = { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC' };
const AT = '2025-03-01T10:00:00.000Z';
const valueOf = (observations: ReturnType<typeof identityObservations>, setting: string): unknown =>
  observations.find((o) => o.setting === setting)?.value;

describe('identity observations', () => {
  it('says a profile presents as a doctor and shows the registered name', () => {
    const observations = identityObservations(readIdentity({ displayName: 'Dr Amina Rahman', handle: 'aminarahman', bio: 'GP in Leeds' }), AMINA, AT);
    expect(observations.map((o) => [o.setting, o.value])).toEqual([
      ['identity.presents-as-health-professional', true],
      ['identity.registered-name-shown', true],
    ]);
    for (const o of observations) {
      expect(o.source).toBe('json-endpoint');
      expect(o.readAt).toBe(AT);
      expect(o.evidence).toContain('UserByScreenName');
    }
    expect(observations[0]?.evidence).toContain('display name "Dr" (title), bio "GP" (role)');
    expect(observations[1]?.evidence).toContain('found in display name as "Amina Rahman"');
  });

  it('fails the name check for a pseudonymous doctor', () => {
    const observations = identityObservations(readIdentity({ displayName: 'The Secret GP', handle: 'secretgp', bio: 'Views my own' }), AMINA, AT);
    expect(valueOf(observations, IDENTITY_SETTINGS.presentsAsHealthProfessional)).toBe(true);
    expect(valueOf(observations, IDENTITY_SETTINGS.registeredNameShown)).toBe(false);
    expect(observations[1]?.evidence).toContain('registered name not found in display name, bio or handle');
  });

  it('says when nothing clinical was found, naming the fields looked at', () => {
    const observations = identityObservations(readIdentity({ displayName: 'Amina', handle: 'amina_bakes', bio: null }), AMINA, AT);
    expect(valueOf(observations, IDENTITY_SETTINGS.presentsAsHealthProfessional)).toBe(false);
    expect(observations[0]?.evidence).toContain('no health-profession words in display name or handle');
  });

  it('never copies the whole bio into the evidence', () => {
    const bio = 'Husband, dad, runner and GP in a busy inner-city practice where every day is different';
    const evidence = identityObservations(readIdentity({ displayName: 'Sam', bio }), AMINA, AT).map((o) => o.evidence).join(' ');
    expect(evidence).not.toContain('inner-city practice');
    expect(evidence).toContain('"GP"');
  });

  it('lists at most six signals in the evidence', () => {
    const bio = 'GP, MBChB, MRCGP, DRCOG, DFSRH, FRCP, cardiology, NHS, #MedTwitter';
    const [presents] = identityObservations(readIdentity({ bio }), AMINA, AT);
    expect(presents?.evidence).toMatch(/and 3 more$/u);
  });

  it('returns nothing when the identity could not be read, so the items stay unknown', () => {
    expect(identityObservations(readIdentity({}), AMINA, AT)).toEqual([]);
  });

  it('leaves the name check out when no registered name is recorded', () => {
    const observations = identityObservations(readIdentity({ displayName: 'Dr Amina Rahman' }), { ...AMINA, registeredName: '' }, AT);
    expect(observations.map((o) => o.setting)).toEqual([IDENTITY_SETTINGS.presentsAsHealthProfessional]);
  });

  it('leaves the name check out when only the workplace was read', () => {
    const observations = identityObservations(readIdentity({ workplace: 'Consultant Cardiologist, Leeds General Infirmary' }), AMINA, AT);
    expect(observations.map((o) => [o.setting, o.value])).toEqual([[IDENTITY_SETTINGS.presentsAsHealthProfessional, true]]);
  });

  it('uses the setting keys that the common checklist judges', () => {
    const common = parse(readFileSync(new URL('../../../checklists/common.yaml', import.meta.url), 'utf8')) as { items: { check?: { setting: string }; when?: { setting: string } }[] };
    const used = common.items.flatMap((i) => [i.check?.setting, i.when?.setting]).filter((s) => s?.startsWith('identity.') === true);
    expect(used.length).toBeGreaterThan(0);
    expect(Object.values(IDENTITY_SETTINGS)).toEqual(expect.arrayContaining(used));
  });
});

describe('identity fields that could not be read', () => {
  it('never concludes "not a health professional" or "name not shown" from a bio it could not read', () => {
    const identity = { ...readIdentity({ displayName: 'Amina', handle: 'amina_bakes', bio: null }), unreadFields: ['bio' as const] };
    expect(identityObservations(identity, AMINA, AT)).toEqual([]);
  });

  it('still reports what the read fields show', () => {
    const identity = { ...readIdentity({ displayName: 'Dr Amina Rahman', handle: 'x', bio: null }), unreadFields: ['bio' as const] };
    expect(identityObservations(identity, AMINA, AT).map((o) => [o.setting, o.value])).toEqual([
      ['identity.presents-as-health-professional', true],
      ['identity.registered-name-shown', true],
    ]);
  });
});
