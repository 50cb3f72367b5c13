/**
 * The four Audience and visibility pages as Facebook draws them (research §1.1): which rows sit on
 * which tab, whether each is a radio dialog or a switch, and their labels in English and French.
 */
import type { FacebookSettingKey, FacebookState } from './state.ts';

export type FacebookTab = 'posts' | 'how_people_find_and_contact_you' | 'profile_and_tagging' | 'followers_and_public_content';

export interface RadioRow { kind: 'radio'; setting: FacebookSettingKey; options: readonly string[] }
export interface SwitchRow { kind: 'switch'; setting: FacebookSettingKey }
/** A row with a one-way action button and no state (e.g. "Limit Past Posts"). */
export interface ActionRow { kind: 'action'; id: 'limit_past_posts' }
export type Row = RadioRow | SwitchRow | ActionRow;

export interface TabSpec { tab: FacebookTab; rows: Row[] }

const AUDIENCE = ['public', 'friends', 'friends-except', 'specific-friends', 'only-me', 'custom'] as const;
const LOOKUP = ['everyone', 'friends-of-friends', 'friends', 'only-me', 'no-one'] as const;

export const TABS: readonly TabSpec[] = [
  { tab: 'posts', rows: [
    { kind: 'radio', setting: 'future_posts_audience', options: AUDIENCE },
    { kind: 'action', id: 'limit_past_posts' },
  ] },
  { tab: 'how_people_find_and_contact_you', rows: [
    { kind: 'radio', setting: 'friend_requests_from', options: ['everyone', 'friends-of-friends'] },
    { kind: 'radio', setting: 'friends_list_audience', options: AUDIENCE },
    { kind: 'radio', setting: 'lookup_by_email', options: LOOKUP },
    { kind: 'radio', setting: 'lookup_by_phone', options: LOOKUP },
    { kind: 'switch', setting: 'search_engine_link' },
  ] },
  { tab: 'profile_and_tagging', rows: [
    { kind: 'radio', setting: 'tagged_posts_audience', options: ['everyone', 'friends-of-friends', 'friends', 'only-me', 'custom'] },
    { kind: 'switch', setting: 'profile_review' },
    { kind: 'switch', setting: 'tag_review' },
  ] },
  { tab: 'followers_and_public_content', rows: [
    { kind: 'radio', setting: 'who_can_follow', options: ['public', 'friends'] },
    { kind: 'radio', setting: 'followers_list_audience', options: ['public', 'friends', 'only-me'] },
    { kind: 'radio', setting: 'public_post_comments', options: ['public', 'friends-of-friends', 'friends'] },
    { kind: 'radio', setting: 'public_profile_info', options: ['public', 'friends-of-friends', 'friends'] },
  ] },
];

type Words = Record<string, string>;

const EN_OPTIONS: Words = {
  public: 'Public', everyone: 'Everyone', 'friends-of-friends': 'Friends of friends', friends: 'Friends',
  'friends-except': 'Friends except...', 'specific-friends': 'Specific friends', 'only-me': 'Only me', custom: 'Custom', 'no-one': 'No one',
  'people-you-mention': 'Profiles and Pages you mention', 'close-friends': 'Close Friends',
};
const FR_OPTIONS: Words = {
  public: 'Public', everyone: 'Tout le monde', 'friends-of-friends': 'Amis de leurs amis', friends: 'Amis',
  'friends-except': 'Amis sauf...', 'specific-friends': 'Amis spécifiques', 'only-me': 'Moi uniquement', custom: 'Personnalisé', 'no-one': 'Personne',
  'people-you-mention': 'Profils et Pages que vous mentionnez', 'close-friends': 'Amis proches',
};

const EN_TITLES: Words = {
  future_posts_audience: 'Who can see your future posts?',
  limit_past_posts: "Limit the audience for posts you've shared with friends of friends or Public?",
  friend_requests_from: 'Who can send you friend requests?',
  friends_list_audience: 'Who can see your friends list?',
  lookup_by_email: 'People with your email address',
  lookup_by_phone: 'People with your phone number',
  search_engine_link: 'Do you want search engines outside of Facebook to link to your profile?',
  tagged_posts_audience: "Who can see posts that you're tagged in on your profile?",
  profile_review: "Review posts that you're tagged in before the post appears on your profile?",
  tag_review: 'Review tags that friends add to your posts before the tags appear on Facebook?',
  who_can_follow: 'Who can follow me',
  followers_list_audience: 'Who can see your followers on your timeline?',
  public_post_comments: 'Who can comment on your public posts?',
  public_profile_info: 'Public profile info',
};
/** The 2019 wording of the look-up rows, still seen on some accounts. */
const EN_2019: Words = {
  lookup_by_email: 'Who can look you up using the email address you provided?',
  lookup_by_phone: 'Who can look you up using the phone number you provided?',
};
/**
 * Other wordings Facebook uses for the same rows ("profile" for the old "timeline", "Meta" for
 * Facebook, a dropped "that"), shown under the 'label-synonyms' switch.
 */
const EN_SYNONYMS: Words = {
  followers_list_audience: 'Who can see your followers on your profile?',
  search_engine_link: 'Do you want search engines outside of Meta to link to your profile?',
  tagged_posts_audience: "Who can see posts you're tagged in on your profile?",
  who_can_follow: 'Who Can Follow Me',
};
/** After a redesign: one question reworded (the reader does not know the new words). */
const EN_CHANGED: Words = { search_engine_link: 'Let search engines outside of Meta show your profile' };
const FR_TITLES: Words = {
  future_posts_audience: 'Qui peut voir vos futures publications ?',
  limit_past_posts: 'Limiter l’audience des publications partagées avec les amis de vos amis ou en public ?',
  friend_requests_from: 'Qui peut vous envoyer des invitations ?',
  friends_list_audience: 'Qui peut voir votre liste d’amis ?',
  lookup_by_email: 'Personnes ayant votre adresse e-mail',
  lookup_by_phone: 'Personnes ayant votre numéro de téléphone',
  search_engine_link: 'Voulez-vous que les moteurs de recherche en dehors de Facebook affichent votre profil ?',
  tagged_posts_audience: 'Qui peut voir les publications dans lesquelles vous êtes identifié(e) sur votre profil ?',
  profile_review: 'Examiner les publications dans lesquelles vous êtes identifié(e) avant qu’elles apparaissent sur votre profil ?',
  tag_review: 'Examiner les identifications ajoutées par vos amis à vos publications avant qu’elles apparaissent sur Facebook ?',
  who_can_follow: 'Qui peut me suivre',
  followers_list_audience: 'Qui peut voir vos followers sur votre journal ?',
  public_post_comments: 'Qui peut commenter vos publications publiques ?',
  public_profile_info: 'Informations de profil public',
};

export function rowTitle(state: FacebookState, id: string): string {
  if (state.language === 'fr') return FR_TITLES[id] ?? id;
  if (state.markup === 'changed' && EN_CHANGED[id] !== undefined) return EN_CHANGED[id];
  if (state.labels === '2019' && EN_2019[id] !== undefined) return EN_2019[id];
  if (state.variations.has('label-synonyms') && EN_SYNONYMS[id] !== undefined) return EN_SYNONYMS[id];
  return EN_TITLES[id] ?? id;
}

/** The follow row's older wording of its open choice: "Everybody" for "Public". */
const EN_SYNONYM_OPTIONS: Partial<Record<FacebookSettingKey, Words>> = { who_can_follow: { public: 'Everybody' } };

export function optionLabel(state: FacebookState, option: string, setting?: FacebookSettingKey): string {
  const synonym = state.variations.has('label-synonyms') && setting !== undefined ? EN_SYNONYM_OPTIONS[setting]?.[option] : undefined;
  if (synonym !== undefined && state.language === 'en') return synonym;
  return (state.language === 'fr' ? FR_OPTIONS : EN_OPTIONS)[option] ?? option;
}

/**
 * The 2019 look-up rows offered no "No one" (research §1.1, [FB7]). "Profiles and Pages you
 * mention" on public-post comments (Meta, March 2021) is shown under 'label-synonyms', or
 * whenever it is the account's value; a friend list ("Close Friends") when it is the audience.
 */
export function optionsShown(state: FacebookState, row: RadioRow): readonly string[] {
  const lookup = row.setting === 'lookup_by_email' || row.setting === 'lookup_by_phone';
  if (state.labels === '2019' && lookup) return row.options.filter((o) => o !== 'no-one');
  const mention = row.setting === 'public_post_comments'
    && (state.variations.has('label-synonyms') || state.settings.public_post_comments === 'people-you-mention');
  if (mention) return [...row.options, 'people-you-mention'];
  // A friend list chosen as the audience is listed among the choices.
  const list = row.setting === 'future_posts_audience' && state.settings.future_posts_audience === 'close-friends';
  return list ? [...row.options, 'close-friends'] : row.options;
}

export const TAB_HEADINGS: Record<FacebookTab, { en: string; fr: string }> = {
  posts: { en: 'Posts', fr: 'Publications' },
  how_people_find_and_contact_you: { en: 'How people find and contact you', fr: 'Comment les gens vous trouvent et vous contactent' },
  profile_and_tagging: { en: 'Profile and tagging', fr: 'Profil et identification' },
  followers_and_public_content: { en: 'Followers and public content', fr: 'Followers et contenu public' },
};

export function isTab(value: string | null): value is FacebookTab {
  return TABS.some((t) => t.tab === value);
}
