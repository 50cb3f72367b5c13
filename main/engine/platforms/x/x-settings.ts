/**
 * The settings the X reader reports, keyed by their field in `account/settings.json`. Keys are
 * the JSON field names so that the checklist and the evidence speak the same language.
 */
export const X_SETTING_TYPES = {
  protected: 'boolean',
  discoverable_by_email: 'boolean',
  discoverable_by_mobile_phone: 'boolean',
  geo_enabled: 'boolean',
  allow_media_tagging: 'string',
  allow_dms_from: 'string',
  allow_dm_groups_from: 'string',
  allow_location_history_personalization: 'boolean',
  allow_ads_personalization: 'boolean',
  allow_logged_out_device_personalization: 'boolean',
  allow_sharing_data_for_third_party_personalization: 'boolean',
  address_book_live_sync_enabled: 'boolean',
  screen_name: 'string',
} as const satisfies Record<string, 'boolean' | 'string'>;

export type XSetting = keyof typeof X_SETTING_TYPES;

export const X_SETTINGS = Object.keys(X_SETTING_TYPES) as XSetting[];

export function settingsJsonEvidence(field: string): string {
  return `api.x.com/1.1/account/settings.json field ${field}`;
}
