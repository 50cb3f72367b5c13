import { describe, expect, it } from 'vitest';
import { parseUserByScreenName } from '../../../main/engine/platforms/x/profile-parse.ts';
import { splitUserName } from '../../../main/engine/platforms/x/profile-dom.ts';

/** The 2025 shape: name and handle under `core`, location and privacy in their own objects. */
function userByScreenName2025(): unknown {
  return { data: { user: { result: {
    __typename: 'User', rest_id: '1234',
    core: { created_at: 'Mon Jan 02 10:00:00 +0000 2017', name: 'Dr Jane Doe', screen_name: 'dr_jane_doe' },
    location: { location: 'Leeds' },
    privacy: { protected: true },
    legacy: {
      description: 'GP in Leeds. Views my own. https://t.co/abc123',
      entities: { description: { urls: [{ url: 'https://t.co/abc123', display_url: 'example.nhs.uk', expanded_url: 'https://example.nhs.uk' }] } },
      followers_count: 10,
    },
  } } } };
}

/** The older shape: everything under `legacy`. */
function userByScreenNameLegacy(): unknown {
  return { data: { user: { result: {
    __typename: 'User', rest_id: '1234',
    legacy: { name: 'Jane', screen_name: 'jane_runs', description: '', location: '', protected: false },
  } } } };
}

describe('UserByScreenName parsing', () => {
  it('reads the 2025 shape and shows bio links as X displays them', () => {
    expect(parseUserByScreenName(userByScreenName2025())).toEqual({
      displayName: 'Dr Jane Doe',
      handle: 'dr_jane_doe',
      bio: 'GP in Leeds. Views my own. example.nhs.uk',
      location: 'Leeds',
      protected: true,
      fieldsRead: ['core.name', 'core.screen_name', 'legacy.description', 'location.location', 'privacy.protected'],
    });
  });

  it('reads the older legacy shape, an empty bio and location being none', () => {
    expect(parseUserByScreenName(userByScreenNameLegacy())).toMatchObject({
      displayName: 'Jane', handle: 'jane_runs', bio: null, location: null, protected: false,
    });
  });

  it('finds no user in an unavailable or empty result', () => {
    expect(parseUserByScreenName({ data: { user: { result: { __typename: 'UserUnavailable', reason: 'Suspended' } } } })).toBeNull();
    expect(parseUserByScreenName({ data: {} })).toBeNull();
    expect(parseUserByScreenName(null)).toBeNull();
  });
});

describe('profile header text', () => {
  it('splits the display name from the @handle', () => {
    expect(splitUserName('Dr Jane Doe\n\n@dr_jane_doe\n')).toEqual({ displayName: 'Dr Jane Doe', handle: 'dr_jane_doe' });
    expect(splitUserName(null)).toEqual({ displayName: null, handle: null });
  });

  it('separates a name and handle drawn side by side on one line', () => {
    expect(splitUserName('Dr J@drjsmith')).toEqual({ displayName: 'Dr J', handle: 'drjsmith' });
    expect(splitUserName('Dr J @drjsmith', 'DrJSmith')).toEqual({ displayName: 'Dr J', handle: 'drjsmith' });
    // An "@" inside the name is not the handle when the handle is known.
    expect(splitUserName('Sam@Leeds\n@DrSam', 'DrSam')).toEqual({ displayName: 'Sam@Leeds', handle: 'DrSam' });
  });
});
