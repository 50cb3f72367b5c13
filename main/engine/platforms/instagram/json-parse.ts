import type { Observation, Unread } from '../../types.ts';
import { FORM_DATA_EVIDENCE, FORM_DATA_SETTINGS, PROFILE_INFO_EVIDENCE } from './instagram-settings.ts';
import type { InstagramSetting } from './instagram-settings.ts';
import { ACCOUNT_SUGGESTIONS, ACTIVITY_STATUS, MANUAL_TAG_APPROVAL } from './instagram-labels.ts';
import { isPlainObject, parseJson } from '../read-helpers/json.ts';

export interface SettingsReading {
  observations: Observation[];
  unread: Unread[];
}

/** The user as `web_profile_info` describes them. Null fields were not in the answer. */
export interface ProfileInfo {
  username: string | null;
  fullName: string | null;
  biography: string | null;
  isPrivate: boolean | null;
  isProfessional: boolean | null;
  categoryName: string | null;
  /** Posts the answer itself carries (what a visitor's page would show); null when it carries no list. */
  postsListed: number | null;
}

/**
 * Reads the legacy setting fields of `web_form_data`'s form_data. Each may be gone: a missing
 * field is unread ('field-missing') and never given a default; a value of the wrong type is unread
 * ('page-changed') and never coerced.
 */
export function readFormDataSettings(formData: Record<string, unknown>, readAt: string): SettingsReading {
  const reading: SettingsReading = { observations: [], unread: [] };
  for (const setting of FORM_DATA_SETTINGS) {
    const value = formData[setting];
    const what = FORM_DATA_WORDS[setting];
    if (value === undefined) {
      reading.unread.push({ setting, reason: 'field-missing', detail: `Instagram's profile data no longer sends ${what}.` });
    } else if (typeof value === 'boolean') {
      reading.observations.push({ setting, value, source: 'json-endpoint', evidence: `${FORM_DATA_EVIDENCE}${setting}`, readAt });
    } else {
      reading.unread.push({ setting, reason: 'page-changed', detail: `Instagram's profile data gave ${what} in a form Chaperone does not recognise.` });
    }
  }
  return reading;
}

const FORM_DATA_WORDS: Record<(typeof FORM_DATA_SETTINGS)[number], string> = {
  presence_disabled: ACTIVITY_STATUS.what, chaining_enabled: ACCOUNT_SUGGESTIONS.what, usertag_review_enabled: MANUAL_TAG_APPROVAL.what,
};

/** `data.user` of a `web_profile_info` answer, or null when the answer holds no user. */
export function parseProfileInfo(body: string): ProfileInfo | null {
  const json = parseJson(body);
  const data = isPlainObject(json) ? json.data : undefined;
  const user = isPlainObject(data) ? data.user : undefined;
  if (!isPlainObject(user)) return null;
  const media = user.edge_owner_to_timeline_media;
  const edges = isPlainObject(media) ? media.edges : undefined;
  return {
    username: text(user.username),
    fullName: text(user.full_name),
    biography: text(user.biography),
    isPrivate: flag(user.is_private),
    isProfessional: flag(user.is_professional_account) ?? flag(user.is_business_account),
    categoryName: text(user.category_name),
    postsListed: Array.isArray(edges) ? edges.length : null,
  };
}

export function isPrivateObservation(info: ProfileInfo, readAt: string): Observation | null {
  return info.isPrivate === null ? null
    : { setting: 'is_private' satisfies InstagramSetting, value: info.isPrivate, source: 'json-endpoint', evidence: `${PROFILE_INFO_EVIDENCE}is_private`, readAt };
}

/** Text as given (an empty string stays empty: it was read); null only when absent or not text. */
function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}
