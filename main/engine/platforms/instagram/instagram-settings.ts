/**
 * The settings the Instagram reader reports. Keys are Instagram's own JSON field names where one
 * exists (`is_private`, `presence_disabled`, …); the others are stable snake_case names for a
 * control that exists only on a page.
 */
export const INSTAGRAM_SETTING_TYPES = {
  is_private: 'boolean',
  public_media_in_search_engines: 'boolean',
  allow_tags_from: 'option',
  usertag_review_enabled: 'boolean',
  allow_mentions_from: 'option',
  presence_disabled: 'boolean',
  allow_sharing_to_story: 'boolean',
  allow_sharing_to_messages: 'boolean',
  chaining_enabled: 'boolean',
} as const satisfies Record<string, 'boolean' | 'option'>;

export type InstagramSetting = keyof typeof INSTAGRAM_SETTING_TYPES;

export const INSTAGRAM_SETTINGS = Object.keys(INSTAGRAM_SETTING_TYPES) as InstagramSetting[];

/** The legacy fields of `web_form_data`'s form_data that hold a setting (each may be missing). */
export const FORM_DATA_SETTINGS = ['presence_disabled', 'chaining_enabled', 'usertag_review_enabled'] as const;
export type FormDataSetting = (typeof FORM_DATA_SETTINGS)[number];

export const FORM_DATA_EVIDENCE = 'www.instagram.com/api/v1/web/accounts/edit/web_form_data/ field form_data.';
export const PROFILE_INFO_EVIDENCE = 'www.instagram.com/api/v1/users/web_profile_info/ field data.user.';
