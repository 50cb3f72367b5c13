/** LinkedIn's Voyager JSON: datalets paired with their bodies, privacy settings and /me in either shape. */
import { describe, expect, it } from 'vitest';
import { findDatalet, parseDatalets } from '../../../main/engine/platforms/linkedin/datalets.ts';
import { isMeRequest, isPrivacySettingsRequest } from '../../../main/engine/platforms/linkedin/linkedin-urls.ts';
import { displayNameOf, parseMe } from '../../../main/engine/platforms/linkedin/me-parse.ts';
import { PRIVACY_URN, readPrivacySettings } from '../../../main/engine/platforms/linkedin/privacy-parse.ts';

const REQUEST = '/voyager/api/identity/dash/profilePrivacySettings?decorationId=com.linkedin.voyager.dash.deco.identity.profile.PrivacySettings-9';
const NOW = '2026-11-25T12:00:00.000Z';

const entity = (fields: Record<string, unknown>): Record<string, unknown> => ({ entityUrn: PRIVACY_URN, ...fields });
const normalized = (fields: Record<string, unknown>): unknown => ({ data: { '*elements': [PRIVACY_URN] }, included: [entity(fields)] });
const ALL = { showPublicProfile: false, fullLastNameShown: true, discloseAsProfileViewer: 'DISCLOSE_ANONYMOUS', allowProfileEditBroadcasts: false };

describe('datalets', () => {
  const block = (guid: number, request: string, body: unknown): { id: string; text: string }[] => [
    { id: `datalet-bpr-guid-${String(guid)}`, text: JSON.stringify({ request, status: 200, body: `bpr-guid-${String(guid)}` }) },
    { id: `bpr-guid-${String(guid)}`, text: JSON.stringify(body) },
  ];

  it('pairs each request with its body and finds the privacy settings and the member by address', () => {
    const datalets = parseDatalets([...block(1, '/voyager/api/me', { data: {} }), ...block(2, REQUEST, { included: [] })]);
    expect(findDatalet(datalets, isPrivacySettingsRequest)?.body).toEqual({ included: [] });
    expect(findDatalet(datalets, isMeRequest)?.url.href).toBe('https://www.linkedin.com/voyager/api/me');
  });

  it('skips a datalet whose body is missing or not JSON, and a failed answer', () => {
    const broken = [
      { id: 'datalet-bpr-guid-3', text: JSON.stringify({ request: REQUEST, status: 200, body: 'bpr-guid-9' }) },
      { id: 'datalet-bpr-guid-4', text: JSON.stringify({ request: '/voyager/api/me', status: 200, body: 'bpr-guid-4' }) },
      { id: 'bpr-guid-4', text: '{not json' },
      ...block(5, REQUEST, {}).map((b) => (b.id.startsWith('datalet') ? { ...b, text: b.text.replace('"status":200', '"status":403') } : b)),
    ];
    const datalets = parseDatalets(broken);
    expect(findDatalet(datalets, isPrivacySettingsRequest)).toBeNull();
    expect(findDatalet(datalets, isMeRequest)).toBeNull();
  });
});

describe('privacy settings', () => {
  it('reads the four fields from a normalized answer, the viewing mode as a lower-case id', () => {
    const reading = readPrivacySettings(normalized(ALL), 'embedded-json', 'embedded datalet', NOW);
    expect(reading?.unread).toEqual([]);
    expect(Object.fromEntries(reading?.observations.map((o) => [o.setting, o.value]) ?? [])).toEqual({
      showPublicProfile: false, fullLastNameShown: true, discloseAsProfileViewer: 'disclose_anonymous', allowProfileEditBroadcasts: false,
    });
    expect(reading?.observations[0]).toMatchObject({
      source: 'embedded-json', readAt: NOW,
      evidence: 'www.linkedin.com/voyager/api/identity/dash/profilePrivacySettings (embedded datalet) field showPublicProfile',
    });
  });

  it('reads a plain (decorated) answer too', () => {
    expect(readPrivacySettings(entity(ALL), 'json-endpoint', 'response', NOW)?.observations).toHaveLength(4);
  });

  it('never defaults a missing field, coerces a wrong type or maps an unknown viewing mode', () => {
    const reading = readPrivacySettings(normalized({ showPublicProfile: 'false', discloseAsProfileViewer: 'INCOGNITO', allowProfileEditBroadcasts: true }), 'embedded-json', 'x', NOW);
    expect(reading?.observations.map((o) => o.setting)).toEqual(['allowProfileEditBroadcasts']);
    expect(Object.fromEntries(reading?.unread.map((u) => [u.setting, u.reason]) ?? [])).toEqual({
      showPublicProfile: 'page-changed', fullLastNameShown: 'field-missing', discloseAsProfileViewer: 'unrecognised-value',
    });
    // Reasons name the setting as LinkedIn's pages do, and give an unknown choice's own text.
    const details = reading?.unread.map((u) => u.detail).join(' ') ?? '';
    expect(details).not.toMatch(/showPublicProfile|fullLastNameShown|discloseAsProfileViewer/);
    expect(details).toContain('"Profile viewing options" that Chaperone does not know ("INCOGNITO")');
  });

  it('gives nothing when the answer holds no privacy settings entity', () => {
    expect(readPrivacySettings({ data: {}, included: [{ entityUrn: 'urn:li:fsd_profile:1', showPublicProfile: true }] }, 'embedded-json', 'x', NOW)).toBeNull();
  });
});

describe('/voyager/api/me', () => {
  const mini = { entityUrn: 'urn:li:fs_miniProfile:AC1', firstName: 'Amina', lastName: 'Rahman', publicIdentifier: 'dr-amina', occupation: 'GP Partner' };

  it('reads the normalized shape through the *miniProfile reference', () => {
    const me = parseMe({ data: { '*miniProfile': 'urn:li:fs_miniProfile:AC1' }, included: [{ entityUrn: 'urn:li:fs_miniProfile:OTHER', firstName: 'Not', lastName: 'Me' }, mini] });
    expect(me).toMatchObject({ firstName: 'Amina', lastName: 'Rahman', publicIdentifier: 'dr-amina', occupation: 'GP Partner' });
    expect(me === null ? null : displayNameOf(me)).toBe('Amina Rahman');
  });

  it('reads the plain shape, and treats an empty headline as empty but read', () => {
    const me = parseMe({ miniProfile: { ...mini, occupation: ' ' } });
    expect(me).toMatchObject({ occupation: null, fieldsRead: ['miniProfile.firstName', 'miniProfile.lastName', 'miniProfile.publicIdentifier', 'miniProfile.occupation'] });
  });

  it('gives nothing for an answer without a mini profile', () => {
    expect(parseMe({ data: { plainId: 1 } })).toBeNull();
    expect(parseMe('nope')).toBeNull();
  });
});
