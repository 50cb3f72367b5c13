/**
 * The settings the Facebook reader reports and where each lives (research §1.1); their words are
 * in facebook-words.ts. Facebook has no stable settings data to read, so every key is Chaperone's
 * own snake_case name.
 */
import { SETTING_WORDS } from './facebook-words.ts';

export type FacebookTab = 'posts' | 'how_people_find_and_contact_you' | 'profile_and_tagging' | 'followers_and_public_content';
type SettingKey = keyof typeof SETTING_WORDS;

interface SettingSpecBase {
  setting: SettingKey;
  /** The label as the research records it, used in evidence and messages. */
  label: string;
  /** Every wording accepted for the title (whole text, case and spacing ignored). */
  labels: readonly RegExp[];
  /** The research marks this row as possibly gone (⚠️): say so when it is missing. */
  mayBeGone?: boolean;
}
export interface RadioSpec extends SettingSpecBase { kind: 'radio'; options: readonly string[] }
export interface SwitchSpec extends SettingSpecBase { kind: 'switch' }
export type SettingSpec = RadioSpec | SwitchSpec;

export interface TabSpec { tab: FacebookTab; title: string; settings: readonly SettingSpec[] }

const AUDIENCE = ['public', 'friends', 'friends-except', 'specific-friends', 'only-me', 'custom'] as const;
const LOOKUP = ['everyone', 'friends-of-friends', 'friends', 'only-me', 'no-one'] as const;

const words = (setting: SettingKey): Pick<SettingSpecBase, 'setting' | 'label' | 'labels'> =>
  ({ setting, label: SETTING_WORDS[setting].label, labels: SETTING_WORDS[setting].variants });
const radio = (setting: SettingKey, options: readonly string[], mayBeGone = false): RadioSpec =>
  ({ kind: 'radio', ...words(setting), options, ...(mayBeGone ? { mayBeGone } : {}) });
const onOff = (setting: SettingKey): SwitchSpec => ({ kind: 'switch', ...words(setting) });

export const FACEBOOK_TABS: readonly TabSpec[] = [
  { tab: 'posts', title: 'Posts', settings: [radio('future_posts_audience', AUDIENCE)] },
  { tab: 'how_people_find_and_contact_you', title: 'How people find and contact you', settings: [
    radio('friend_requests_from', ['everyone', 'friends-of-friends'], true),
    radio('friends_list_audience', AUDIENCE),
    radio('lookup_by_email', LOOKUP),
    radio('lookup_by_phone', LOOKUP),
    onOff('search_engine_link'),
  ] },
  { tab: 'profile_and_tagging', title: 'Profile and tagging', settings: [
    radio('tagged_posts_audience', ['everyone', 'friends-of-friends', 'friends', 'only-me', 'custom']),
    onOff('profile_review'),
    onOff('tag_review'),
  ] },
  { tab: 'followers_and_public_content', title: 'Followers and public content', settings: [
    radio('who_can_follow', ['public', 'friends']),
    radio('followers_list_audience', ['public', 'friends', 'only-me']),
    radio('public_post_comments', ['public', 'friends-of-friends', 'friends', 'people-you-mention']),
    radio('public_profile_info', ['public', 'friends-of-friends', 'friends']),
  ] },
];

export const FACEBOOK_SETTINGS: readonly string[] = FACEBOOK_TABS.flatMap((t) => t.settings.map((s) => s.setting));

/** Every label variant of every setting: a page showing one of them is a settings page Chaperone knows. */
export const ALL_SETTING_LABELS: readonly RegExp[] = FACEBOOK_TABS.flatMap((t) => t.settings.flatMap((s) => s.labels));

/** Case- and space-insensitive whole-label match. */
export function labelMatches(spec: SettingSpec, text: string): boolean {
  const clean = normaliseLabel(text);
  return spec.labels.some((label) => label.test(clean));
}

export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
