import type { CapturedResponse } from '../../../main/engine/platforms/read-helpers/capture-response.ts';

/** An `account/settings.json` body shaped like X's (Oct 2025 captures), for a locked-down account. */
export function lockedDownSettings(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    protected: true,
    screen_name: 'dr_jane_doe',
    always_use_https: true,
    use_cookie_personalization: false,
    sleep_time: { enabled: false, end_time: null, start_time: null },
    geo_enabled: false,
    language: 'en',
    discoverable_by_email: false,
    discoverable_by_mobile_phone: false,
    display_sensitive_media: false,
    personalized_trends: true,
    allow_media_tagging: 'none',
    allow_contributor_request: 'none',
    allow_ads_personalization: false,
    allow_logged_out_device_personalization: false,
    allow_location_history_personalization: false,
    allow_sharing_data_for_third_party_personalization: false,
    allow_dms_from: 'following',
    allow_dm_groups_from: 'following',
    translator_type: 'none',
    country_code: 'gb',
    address_book_live_sync_enabled: false,
    universal_quality_filtering_enabled: 'enabled',
    dm_receipt_setting: 'all_disabled',
    settings_metadata: { is_eu: 'true' },
    ...overrides,
  };
}

export function withoutField(body: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));
}

const SETTINGS_URL = 'https://api.x.com/1.1/account/settings.json?include_mention_filter=true';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): CapturedResponse {
  return { url: SETTINGS_URL, status, headers: { 'content-type': 'application/json;charset=utf-8', ...headers }, body: JSON.stringify(body), bodyRead: true };
}

export function signedInResponse(overrides: Record<string, unknown> = {}): CapturedResponse {
  return jsonResponse(200, lockedDownSettings(overrides));
}

/** X's error envelope: `{"errors":[{"code":…,"message":…}]}`. */
export function xError(status: number, code: number, message: string, headers: Record<string, string> = {}): CapturedResponse {
  return jsonResponse(status, { errors: [{ code, message }] }, headers);
}

export function cloudflareBlock(): CapturedResponse {
  return {
    url: SETTINGS_URL,
    status: 403,
    headers: { 'content-type': 'text/html; charset=UTF-8', 'cf-ray': '8f1c2d3e4a5b6c7d-LHR', server: 'cloudflare' },
    body: '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body>Sorry, you have been blocked</body></html>',
    bodyRead: true,
  };
}
