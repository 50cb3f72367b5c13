/** Everything the X emulator knows: the account, its settings, and the server's view of sessions. */
import type { Variation } from '../variations.ts';

export type XMediaTagging = 'all' | 'following' | 'none';
export type XDmsFrom = 'all' | 'verified' | 'following';

/** Values behind the privacy pages. Keys are X's own settings.json field names where X has one. */
export interface XSettings {
  protected: boolean;
  discoverable_by_email: boolean;
  discoverable_by_mobile_phone: boolean;
  geo_enabled: boolean;
  allow_media_tagging: XMediaTagging;
  allow_dms_from: XDmsFrom;
  allow_dm_groups_from: 'all' | 'following';
  dm_receipt_setting: 'all_enabled' | 'all_disabled';
  dm_quality_filter: 'enabled' | 'disabled';
  allow_location_history_personalization: boolean;
  allow_ads_personalization: boolean;
  allow_logged_out_device_personalization: boolean;
  allow_sharing_data_for_third_party_personalization: boolean;
  address_book_live_sync_enabled: boolean;
  ext_sharing_audiospaces_listening_data_with_followers: boolean;
  display_sensitive_media: boolean;
  nsfw_user: boolean;
  /** UI language: settings.json `language` and the page's `<html lang>`. */
  language: string;
  country_code: string;
  /** No settings.json field is known for these two: they exist only as checkboxes on their pages. */
  protect_videos: boolean;
  grok_training: boolean;
}

export interface XAccount {
  id: string;
  screen_name: string;
  name: string;
  email: string;
  password: string;
  description: string;
  location: string;
  created_at: string;
  followers_count: number;
  friends_count: number;
}

export interface XPost {
  id: string;
  text: string;
  created_at: string;
}

/** ok: normal; locked: challenge (API 403 code 326); rate-limited: API 429 code 88. */
export type XMode = 'ok' | 'locked' | 'rate-limited';

/**
 * A message X's app draws by script, after the page has loaded, instead of the page: no API answer
 * says so first. 'rate-limited': "Sorry, you are rate limited…"; 'challenge': "Your account has been
 * locked."; 'blocked': "Your account is suspended…".
 */
export type XLateNotice = 'rate-limited' | 'challenge' | 'blocked';

export interface XSession { authToken: string; ct0: string; userId: string }
export interface XLoginFlow { token: string; stage: 'identifier' | 'password' | 'done'; userId: string | null }

export interface XState {
  account: XAccount;
  settings: XSettings;
  posts: XPost[];
  mode: XMode;
  /** Added to every API answer (settings.json, GraphQL, guest token, sign-in) so timeouts can be tested. */
  delayMs: number;
  /** settings.json fields left out of the answer ("response missing a field"). */
  droppedFields: string[];
  /** 'changed': a redesign; CSS hooks (input[type=checkbox], data-testid) are gone, roles and names remain. */
  markup: 'current' | 'changed';
  /** A signed-out visitor to the profile is sent to sign in instead of seeing it. */
  strangerLoginWall: boolean;
  /** The variation switches (main/demo/variations.ts) this copy of X shows. */
  variations: Set<Variation>;
  /** A message drawn late instead of the signed-in pages, or null. */
  lateNotice: XLateNotice | null;
  /** X's automation gate for visitors without a session only (X restricts logged-out viewing most). */
  strangerGate: boolean;
  /** Server side: live sessions by auth_token, issued guest tokens, sign-in flows in progress. */
  sessions: Map<string, XSession>;
  guestTokens: Set<string>;
  flows: Map<string, XLoginFlow>;
  /** API calls answered so far; feeds x-rate-limit-remaining. */
  apiCalls: number;
}

export interface XInit {
  account?: Partial<XAccount>;
  settings?: Partial<XSettings>;
  posts?: XPost[];
  mode?: XMode;
  delayMs?: number;
  droppedFields?: string[];
  markup?: XState['markup'];
  strangerLoginWall?: boolean;
  variations?: Variation[];
  lateNotice?: XLateNotice | null;
}

/** Defaults resemble a fresh account with X's out-of-the-box choices: public and findable. */
export const DEFAULT_X_SETTINGS: XSettings = {
  protected: false,
  discoverable_by_email: true,
  discoverable_by_mobile_phone: true,
  geo_enabled: false,
  allow_media_tagging: 'all',
  allow_dms_from: 'following',
  allow_dm_groups_from: 'following',
  dm_receipt_setting: 'all_enabled',
  dm_quality_filter: 'enabled',
  allow_location_history_personalization: true,
  allow_ads_personalization: true,
  allow_logged_out_device_personalization: true,
  allow_sharing_data_for_third_party_personalization: true,
  address_book_live_sync_enabled: false,
  ext_sharing_audiospaces_listening_data_with_followers: true,
  display_sensitive_media: false,
  nsfw_user: false,
  language: 'en',
  country_code: 'gb',
  protect_videos: false,
  grok_training: true,
};

/** A made-up doctor. */
export const DEFAULT_X_ACCOUNT: XAccount = {
  id: '1790412386610552832',
  screen_name: 'DrSamRivers',
  name: 'Dr Sam Rivers',
  email: 'sam.rivers@example.org',
  password: 'emulated-password-1',
  description: 'GP in Leeds. Primary care, running and the odd bad pun. Views my own.',
  location: 'Leeds, England',
  created_at: 'Tue May 14 09:21:05 +0000 2024',
  followers_count: 312,
  friends_count: 188,
};

export const DEFAULT_X_POSTS: XPost[] = [
  { id: '1905550112233445566', text: 'Flu clinic open this Saturday morning. Bring your booking letter.', created_at: 'Sat Mar 28 08:02:11 +0000 2026' },
  { id: '1899011223344556677', text: 'Finished the Leeds half. Knees have opinions.', created_at: 'Sun Mar 08 14:40:53 +0000 2026' },
  { id: '1893377889900112233', text: 'Reminder that the NHS app can show your repeat prescriptions.', created_at: 'Fri Feb 20 18:15:27 +0000 2026' },
];

export function createXState(init: XInit = {}): XState {
  return {
    account: { ...DEFAULT_X_ACCOUNT, ...init.account },
    settings: { ...DEFAULT_X_SETTINGS, ...init.settings },
    posts: (init.posts ?? DEFAULT_X_POSTS).map((p) => ({ ...p })),
    mode: init.mode ?? 'ok',
    delayMs: init.delayMs ?? 0,
    droppedFields: [...(init.droppedFields ?? [])],
    markup: init.markup ?? 'current',
    strangerLoginWall: init.strangerLoginWall ?? false,
    variations: new Set(init.variations ?? []),
    lateNotice: init.lateNotice ?? null,
    strangerGate: false,
    sessions: new Map(),
    guestTokens: new Set(),
    flows: new Map(),
    apiCalls: 0,
  };
}
