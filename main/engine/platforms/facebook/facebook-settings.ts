/**
 * The settings the Facebook reader reports, where each lives and the English labels it matches
 * (research §1.1; 2019 and 2026 wording both accepted where the research names both). Facebook
 * has no stable settings data to read, so every key is Chaperone's own snake_case name.
 */
export type FacebookTab = 'posts' | 'how_people_find_and_contact_you' | 'profile_and_tagging' | 'followers_and_public_content';

interface SettingSpecBase {
  setting: string;
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

export const FACEBOOK_TABS: readonly TabSpec[] = [
  { tab: 'posts', title: 'Posts', settings: [
    { kind: 'radio', setting: 'future_posts_audience', label: 'Who can see your future posts?', labels: [/^who can see your future posts\??$/i], options: AUDIENCE },
  ] },
  { tab: 'how_people_find_and_contact_you', title: 'How people find and contact you', settings: [
    { kind: 'radio', setting: 'friend_requests_from', label: 'Who can send you friend requests?', labels: [/^who can send you friend requests\??$/i], options: ['everyone', 'friends-of-friends'], mayBeGone: true },
    { kind: 'radio', setting: 'friends_list_audience', label: 'Who can see your friends list?', labels: [/^who can see your friends list\??$/i], options: AUDIENCE },
    { kind: 'radio', setting: 'lookup_by_email', label: 'People with your email address', options: LOOKUP, labels: [
      /^people with your email address$/i, /^who can look you up using the email address you provided\??$/i] },
    { kind: 'radio', setting: 'lookup_by_phone', label: 'People with your phone number', options: LOOKUP, labels: [
      /^people with your phone number$/i, /^who can look you up using the phone number you provided\??$/i] },
    { kind: 'switch', setting: 'search_engine_link', label: 'Do you want search engines outside of Facebook to link to your profile?',
      labels: [/^do you want search engines outside of facebook to link to your profile\??$/i] },
  ] },
  { tab: 'profile_and_tagging', title: 'Profile and tagging', settings: [
    { kind: 'radio', setting: 'tagged_posts_audience', label: "Who can see posts that you're tagged in on your profile?",
      labels: [/^who can see posts that you['’]re tagged in on your profile\??$/i], options: ['everyone', 'friends-of-friends', 'friends', 'only-me', 'custom'] },
    { kind: 'switch', setting: 'profile_review', label: "Review posts that you're tagged in before the post appears on your profile?",
      labels: [/^review posts that you['’]re tagged in before the post appears on your profile\??$/i] },
    { kind: 'switch', setting: 'tag_review', label: 'Review tags that friends add to your posts before the tags appear on Facebook?',
      labels: [/^review tags that friends add to your posts before the tags appear on facebook\??$/i] },
  ] },
  { tab: 'followers_and_public_content', title: 'Followers and public content', settings: [
    { kind: 'radio', setting: 'who_can_follow', label: 'Who can follow me', labels: [/^who can follow me\??$/i], options: ['public', 'friends'] },
    { kind: 'radio', setting: 'followers_list_audience', label: 'Who can see your followers on your timeline?',
      labels: [/^who can see your followers on your timeline\??$/i], options: ['public', 'friends', 'only-me'] },
    { kind: 'radio', setting: 'public_post_comments', label: 'Who can comment on your public posts?',
      labels: [/^who can comment on your public posts\??$/i], options: ['public', 'friends-of-friends', 'friends'] },
    { kind: 'radio', setting: 'public_profile_info', label: 'Public profile info', labels: [/^public profile info$/i], options: ['public', 'friends-of-friends', 'friends'] },
  ] },
];

export const FACEBOOK_SETTINGS: readonly string[] = FACEBOOK_TABS.flatMap((t) => t.settings.map((s) => s.setting));

/** Case- and space-insensitive whole-label match. */
export function labelMatches(spec: SettingSpec, text: string): boolean {
  const clean = normaliseLabel(text);
  return spec.labels.some((label) => label.test(clean));
}

export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
