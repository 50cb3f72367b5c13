/** Facts about LinkedIn's web app that the emulator reproduces (research/platforms-meta-x-linkedin.md §5). */

export const LINKEDIN_HOSTS = ['www.linkedin.com', 'static.licdn.com', 'media.licdn.com'] as const;
/** The bare domain answers with a redirect to www. */
export const LINKEDIN_REDIRECT_HOSTS = ['linkedin.com'] as const;

export const PRIVACY_DECORATION = 'com.linkedin.voyager.dash.deco.identity.profile.PrivacySettings-9';
export const PRIVACY_SETTINGS_PATH = '/voyager/api/identity/dash/profilePrivacySettings';
export const PRIVACY_SETTINGS_REQUEST = `${PRIVACY_SETTINGS_PATH}?decorationId=${PRIVACY_DECORATION}`;
export const ME_PATH = '/voyager/api/me';
export const PRIVACY_URN = 'urn:li:fsd_privacySettings:singleton';
/** What LinkedIn's app sends as `accept` for normalized Voyager answers. */
export const NORMALIZED_JSON = 'application/vnd.linkedin.normalized+json+2.1';

/** Settings pages the emulator draws controls on (the slugs are unconfirmed, so the hub links to them). */
export const SETTINGS_SLUGS = {
  connections: 'connections-visibility',
  email: 'discover-by-email',
  phone: 'discover-by-phone',
} as const;

/** The 2019-era address of the connections page, still answered with a redirect. */
export const LEGACY_CONNECTIONS_PATH = '/psettings/connections-visibility';

export const LINKEDIN_VISIBILITY_URL = 'https://www.linkedin.com/mypreferences/d/categories/visibility';
