import { describe, expect, it } from 'vitest';
import { identityFromJson } from '../../../main/engine/platforms/instagram/identity-parse.ts';
import { isPrivateObservation, parseProfileInfo, readFormDataSettings } from '../../../main/engine/platforms/instagram/json-parse.ts';
import { isWebFormData, isWebProfileInfoFor } from '../../../main/engine/platforms/instagram/instagram-urls.ts';

const READ_AT = '2026-11-25T10:00:00.000Z';

/** form_data as web_form_data carries it (field set from public code, 2024–2026). */
function formData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    first_name: 'Dr Jane Doe', last_name: '', email: 'jane@example.org', username: 'dr.jane', phone_number: '',
    biography: 'GP in York.', external_url: '', chaining_enabled: false, presence_disabled: true,
    business_account: false, usertag_review_enabled: true, ...overrides,
  };
}

function profileInfo(user: Record<string, unknown>): string {
  return JSON.stringify({ data: { user: { username: 'dr.jane', full_name: 'Dr Jane Doe', biography: 'GP in York.', is_private: true, ...user } }, status: 'ok' });
}

describe('web_form_data settings', () => {
  it('reads the three legacy fields with their JSON evidence', () => {
    const reading = readFormDataSettings(formData(), READ_AT);
    expect(reading.unread).toEqual([]);
    expect(Object.fromEntries(reading.observations.map((o) => [o.setting, o.value])))
      .toEqual({ presence_disabled: true, chaining_enabled: false, usertag_review_enabled: true });
    expect(reading.observations[0]).toMatchObject({ source: 'json-endpoint', evidence: 'www.instagram.com/api/v1/web/accounts/edit/web_form_data/ field form_data.presence_disabled' });
  });

  it('leaves a missing field unread as missing, never defaulted', () => {
    const withoutChaining = formData();
    delete withoutChaining.chaining_enabled;
    const reading = readFormDataSettings(withoutChaining, READ_AT);
    expect(reading.unread).toEqual([{ setting: 'chaining_enabled', reason: 'field-missing', detail: "Instagram's profile data no longer sends the account-suggestions setting." }]);
    expect(reading.observations.map((o) => o.setting)).not.toContain('chaining_enabled');
  });

  it('refuses a value of the wrong type rather than coercing it', () => {
    const reading = readFormDataSettings(formData({ presence_disabled: 'true' }), READ_AT);
    expect(reading.unread).toMatchObject([{ setting: 'presence_disabled', reason: 'page-changed' }]);
  });
});

describe('web_profile_info', () => {
  it('reads is_private, the name, the professional category and the posts listed', () => {
    const info = parseProfileInfo(profileInfo({ is_private: false, is_professional_account: true, category_name: 'Doctor', edge_owner_to_timeline_media: { count: 9, edges: [{}, {}] } }));
    expect(info).toMatchObject({ isPrivate: false, isProfessional: true, categoryName: 'Doctor', postsListed: 2, fullName: 'Dr Jane Doe' });
    expect(info && isPrivateObservation(info, READ_AT)).toMatchObject({ setting: 'is_private', value: false, evidence: expect.stringContaining('data.user.is_private') as unknown });
  });

  it('gives no is_private observation when the field is gone, and null for a body without a user', () => {
    const info = parseProfileInfo(profileInfo({ is_private: undefined }));
    expect(info?.isPrivate).toBeNull();
    expect(info && isPrivateObservation(info, READ_AT)).toBeNull();
    expect(parseProfileInfo('{"data":{"user":null}}')).toBeNull();
    expect(parseProfileInfo('<html>')).toBeNull();
  });

  it('matches only the app\'s own requests for these endpoints', () => {
    expect(isWebFormData(new URL('https://www.instagram.com/api/v1/web/accounts/edit/web_form_data/'), 'GET')).toBe(true);
    expect(isWebFormData(new URL('https://www.instagram.com/api/v1/accounts/edit/web_form_data/'), 'GET')).toBe(true);
    expect(isWebFormData(new URL('https://www.instagram.com/api/v1/web/accounts/edit/web_form_data/'), 'POST')).toBe(false);
    const forJane = isWebProfileInfoFor('Dr.Jane');
    expect(forJane(new URL('https://www.instagram.com/api/v1/users/web_profile_info/?username=dr.jane'), 'GET')).toBe(true);
    expect(forJane(new URL('https://www.instagram.com/api/v1/users/web_profile_info/?username=someone.else'), 'GET')).toBe(false);
  });
});

describe('identity from the JSON', () => {
  it('takes Name, username and bio from the form, and the professional category as the workplace', () => {
    const info = parseProfileInfo(profileInfo({ is_professional_account: true, category_name: 'Doctor' }));
    expect(identityFromJson(formData(), info, null)).toMatchObject({
      displayName: 'Dr Jane Doe', handle: 'dr.jane', bio: 'GP in York.', workplace: 'Doctor', unreadFields: [], source: 'json-endpoint',
    });
  });

  it('reads an empty Name as empty, and lists what neither answer gave as unread', () => {
    const identity = identityFromJson({ username: 'dr.jane', first_name: '' }, null, null);
    expect(identity).toMatchObject({ displayName: null, handle: 'dr.jane', bio: null, workplace: null });
    expect(identity?.unreadFields).toEqual(['bio', 'workplace']);
  });

  it('falls back to web_profile_info when the form is missing, and has no workplace for a personal account', () => {
    const identity = identityFromJson(null, parseProfileInfo(profileInfo({ is_professional_account: false, category_name: 'Doctor' })), null);
    expect(identity).toMatchObject({ displayName: 'Dr Jane Doe', handle: 'dr.jane', bio: 'GP in York.', workplace: null, unreadFields: [] });
    expect(identityFromJson(null, null, null)).toBeNull();
  });
});
