/**
 * Everything the X reader matches against X's wording, in one table a person can update in
 * minutes: setting names in plain words, the labels of the controls on X's pages (with the
 * variants X has used), the choices X offers for each multiple-choice setting, and the messages
 * X shows instead of a page when it will not serve the session. English only.
 * Sources: research/platforms-meta-x-linkedin.md §4 (labels as quoted there) and X's help pages.
 */
import type { XSetting } from './x-settings.ts';

/** What each setting is called on X's pages, for reasons and evidence (never the JSON field name). */
export const X_SETTING_NAMES: Record<XSetting, string> = {
  protected: 'Protect your posts',
  discoverable_by_email: 'Let people who have your email address find you',
  discoverable_by_mobile_phone: 'Let people who have your phone number find you',
  geo_enabled: 'Add location information to your posts',
  allow_media_tagging: 'Photo tagging',
  allow_dms_from: 'Allow message requests from',
  allow_dm_groups_from: 'Allow group message invitations from',
  allow_location_history_personalization: "Personalize based on places you've been",
  allow_ads_personalization: 'Personalized ads',
  allow_logged_out_device_personalization: 'Personalize based on your inferred identity',
  allow_sharing_data_for_third_party_personalization: 'Allow additional information sharing with business partners',
  address_book_live_sync_enabled: 'Sync contacts',
  screen_name: 'Your username',
};

/**
 * Every choice X offers for its multiple-choice settings, as settings.json spells it. A value not
 * listed here is reported as a choice Chaperone does not know, with its text, never passed on.
 */
export const X_KNOWN_CHOICES: Partial<Record<XSetting, readonly string[]>> = {
  // Photo tagging: anyone / only people you follow / off.
  allow_media_tagging: ['all', 'following', 'none'],
  // Message requests: Everyone / Verified users / No one (people you follow can always write).
  allow_dms_from: ['all', 'verified', 'following'],
  allow_dm_groups_from: ['all', 'verified', 'following'],
};

export interface XToggleLabel {
  setting: XSetting;
  /** The usual wording, quoted in evidence and reasons. */
  label: string;
  /** The accessible name, with the wordings X has used (posts/Tweets, web/app). */
  name: RegExp;
  /** The page the control lives on when it is not on the page in front of the reader. */
  url: string;
}

/** The switches worth reading from X's pages when its settings data does not come. */
export const X_TOGGLES: readonly XToggleLabel[] = [
  {
    setting: 'protected', label: 'Protect your posts', url: 'https://x.com/settings/audience_and_tagging',
    name: /protect your (?:posts|tweets)/i,
  },
  {
    setting: 'discoverable_by_email', label: 'Let people who have your email address find you',
    url: 'https://x.com/settings/contacts',
    name: /let people who have your email(?: address)? find you|let others find you by your email/i,
  },
  {
    setting: 'discoverable_by_mobile_phone', label: 'Let people who have your phone number find you',
    url: 'https://x.com/settings/contacts',
    name: /let people who have your phone number find you|let others find you by your phone number/i,
  },
  {
    setting: 'geo_enabled', label: 'Add location information to your posts', url: 'https://x.com/settings/location',
    name: /add location information to your (?:posts|tweets)/i,
  },
];

/** X's empty state for an address with no account behind it. */
export const X_NO_ACCOUNT = /this account doesn(?:'|’)t exist|account suspended/i;

/** The signed-in side navigation's link to the person's own profile. */
export const X_PROFILE_LINK_NAME = /^profile$/i;

/** Dialogs the reader never opened and never reads from (X's UK cookie banner among them). */
export const X_FOREIGN_DIALOG_ROLES = ['dialog', 'alertdialog'] as const;

export type XNoticeKind = 'rate-limited' | 'challenge' | 'blocked' | 'automation-blocked';

export interface XNotice {
  kind: XNoticeKind;
  /** Matched against the page's visible text. */
  text: RegExp;
  /** What happened, in plain words; the audit adds what to do about it. */
  detail: string;
}

/**
 * Messages X draws instead of the page. The order matters: the first match wins, so the specific
 * ones come before X's generic error page.
 */
export const X_NOTICES: readonly XNotice[] = [
  {
    kind: 'automation-blocked',
    text: /looks like it might be automated|looks like you might be (?:a bot|automated)|unusual activity from your (?:browser|device)/i,
    detail: 'X said this browser looks automated and would not show your settings to it.',
  },
  {
    kind: 'rate-limited',
    text: /you are rate limited|rate limit exceeded|you(?:'|’)ve reached the limit/i,
    detail: 'X is limiting how often its pages can be loaded.',
  },
  {
    kind: 'challenge',
    text: /your account (?:has been|is) (?:temporarily )?locked|verify (?:it(?:'|’)s you|your identity)/i,
    detail: 'X has locked the account until you complete a security check.',
  },
  {
    kind: 'blocked',
    text: /your account is suspended|account (?:has been )?suspended/i,
    detail: 'X says this account is suspended, so its settings cannot be read.',
  },
  {
    // X's app shell with only its error in it: what X shows a browser it will not serve.
    kind: 'automation-blocked',
    text: /something went wrong(?:,|\.)? (?:but don(?:'|’)t fret|try reloading)/i,
    detail: 'X showed its error page ("Something went wrong") instead of your settings and sent no settings data, which is how X turns away a browser it takes for automated.',
  },
];
