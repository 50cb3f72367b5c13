/**
 * The settings the LinkedIn reader reports. Fields of Voyager's profilePrivacySettings keep their
 * own names; settings only found as page controls get stable snake_case keys.
 */
export const PRIVACY_JSON_SETTINGS = ['showPublicProfile', 'fullLastNameShown', 'discloseAsProfileViewer', 'allowProfileEditBroadcasts'] as const;
export const PAGE_SETTINGS = ['connections_visible', 'discoverable_by_email', 'discoverable_by_phone'] as const;

export type PrivacyJsonSetting = (typeof PRIVACY_JSON_SETTINGS)[number];
export type PageSetting = (typeof PAGE_SETTINGS)[number];
export type LinkedInSetting = PrivacyJsonSetting | PageSetting;

export const LINKEDIN_SETTINGS: readonly LinkedInSetting[] = [...PRIVACY_JSON_SETTINGS, ...PAGE_SETTINGS];

/** discloseAsProfileViewer's values and the ids the checklist uses. */
export const VIEWER_MODES: Readonly<Record<string, string>> = {
  DISCLOSE_FULL: 'disclose_full',
  DISCLOSE_ANONYMOUS: 'disclose_anonymous',
  HIDE: 'hide',
};

export const PRIVACY_EVIDENCE_PATH = 'www.linkedin.com/voyager/api/identity/dash/profilePrivacySettings';
