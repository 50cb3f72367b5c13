import type { XState } from './state.ts';

/**
 * The body of GET /1.1/account/settings.json, in the field order of 2024–2025 captures from x.com.
 * Fields behind an include_* flag appear only when the request asks for them, as on the real API.
 */
export function settingsJson(state: XState, query: URLSearchParams): Record<string, unknown> {
  const s = state.settings;
  const wants = (flag: string): boolean => query.get(flag) === 'true';
  const body: Record<string, unknown> = {
    protected: s.protected,
    screen_name: state.account.screen_name,
    always_use_https: true,
    use_cookie_personalization: false,
    sleep_time: { enabled: false, end_time: null, start_time: null },
    geo_enabled: s.geo_enabled,
    language: s.language,
    discoverable_by_email: s.discoverable_by_email,
    discoverable_by_mobile_phone: s.discoverable_by_mobile_phone,
    display_sensitive_media: s.display_sensitive_media,
    personalized_trends: true,
    allow_media_tagging: s.allow_media_tagging,
    allow_contributor_request: 'none',
    allow_ads_personalization: s.allow_ads_personalization,
    allow_logged_out_device_personalization: s.allow_logged_out_device_personalization,
    allow_location_history_personalization: s.allow_location_history_personalization,
    allow_sharing_data_for_third_party_personalization: s.allow_sharing_data_for_third_party_personalization,
    allow_dms_from: s.allow_dms_from,
    always_allow_dms_from_subscribers: null,
    allow_dm_groups_from: s.allow_dm_groups_from,
    translator_type: 'none',
    country_code: s.country_code,
  };
  if (wants('include_nsfw_user_flag')) body.nsfw_user = s.nsfw_user;
  if (wants('include_nsfw_admin_flag')) body.nsfw_admin = false;
  if (wants('include_ranked_timeline')) Object.assign(body, { ranked_timeline_setting: null, ranked_timeline_eligible: null });
  body.address_book_live_sync_enabled = s.address_book_live_sync_enabled;
  body.universal_quality_filtering_enabled = 'enabled';
  body.dm_receipt_setting = s.dm_receipt_setting;
  if (wants('include_alt_text_compose')) body.alt_text_compose_enabled = null;
  if (wants('include_mention_filter')) body.mention_filter = 'unfiltered';
  Object.assign(body, {
    allow_authenticated_periscope_requests: true,
    protect_password_reset: false,
    require_password_login: false,
    requires_login_verification: false,
  });
  if (wants('include_ext_sharing_audiospaces_listening_data_with_followers')) {
    body.ext_sharing_audiospaces_listening_data_with_followers = s.ext_sharing_audiospaces_listening_data_with_followers;
  }
  if ((query.get('ext') ?? '').split(',').includes('ssoConnections')) body.ext = { ssoConnections: { r: { ok: [] }, ttl: -1 } };
  Object.assign(body, { dm_quality_filter: s.dm_quality_filter, autoplay_disabled: false, settings_metadata: {} });
  for (const field of state.droppedFields) Reflect.deleteProperty(body, field);
  return body;
}
