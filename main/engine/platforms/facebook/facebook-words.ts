/**
 * Every English word the Facebook reader matches, in one table: setting labels and their known
 * variants, option labels, the messages that mean a session cannot be read, the cookie dialog and
 * the profile's headings. When Facebook rewords something, this file is the one to edit. Labels
 * are matched whole, ignoring case, spacing and the kind of apostrophe (research §1.1, §1.4;
 * ⚠️ marks wording inferred rather than seen in a source).
 */

export interface SettingWords {
  /** The label as the research records it, used in evidence and messages. */
  label: string;
  /** Every wording accepted for the row's title. */
  variants: readonly RegExp[];
}

export const SETTING_WORDS = {
  future_posts_audience: { label: 'Who can see your future posts?', variants: [/^who can see your future posts\??$/i] },
  friend_requests_from: { label: 'Who can send you friend requests?', variants: [/^who can send you friend requests\??$/i] },
  friends_list_audience: { label: 'Who can see your friends list?', variants: [/^who can see your friends list\??$/i] },
  lookup_by_email: { label: 'People with your email address', variants: [
    /^people with your email address$/i, /^who can look you up using the email address you provided\??$/i] },
  lookup_by_phone: { label: 'People with your phone number', variants: [
    /^people with your phone number$/i, /^who can look you up using the phone number you provided\??$/i] },
  search_engine_link: { label: 'Do you want search engines outside of Facebook to link to your profile?', variants: [
    // "Meta" for "Facebook" ⚠️.
    /^do you want search engines outside of (?:facebook|meta) to link to your profile\??$/i] },
  tagged_posts_audience: { label: "Who can see posts that you're tagged in on your profile?", variants: [
    // Without "that" ⚠️.
    /^who can see posts (?:that )?you['’]re tagged in on your profile\??$/i] },
  profile_review: { label: "Review posts that you're tagged in before the post appears on your profile?", variants: [
    /^review posts that you['’]re tagged in before the post appears on your profile\??$/i] },
  tag_review: { label: 'Review tags that friends add to your posts before the tags appear on Facebook?', variants: [
    /^review tags that friends add to your posts before the tags appear on facebook\??$/i] },
  who_can_follow: { label: 'Who can follow me', variants: [/^who can follow me\??$/i] },
  followers_list_audience: { label: 'Who can see your followers on your timeline?', variants: [
    // "profile" since Facebook renamed the timeline ⚠️.
    /^who can see your followers on your (?:timeline|profile)\??$/i] },
  public_post_comments: { label: 'Who can comment on your public posts?', variants: [/^who can comment on your public posts\??$/i] },
  public_profile_info: { label: 'Public profile info', variants: [/^public profile info(?:rmation)?$/i] },
} as const satisfies Record<string, SettingWords>;

/**
 * Option labels and the stable ids the checklist uses. "Public", "Everyone" and "Everybody" name
 * the same open audience: a setting offering one of 'public' / 'everyone' takes it as that one.
 */
export const OPTION_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^public$/i, 'public'],
  [/^every(?:one|body)$/i, 'everyone'],
  [/^friends of friends$/i, 'friends-of-friends'],
  [/^friends$/i, 'friends'],
  [/^friends except(?:\s*(?:\.\.\.|…))?$/i, 'friends-except'],
  [/^specific friends$/i, 'specific-friends'],
  [/^only me$/i, 'only-me'],
  [/^custom$/i, 'custom'],
  [/^no ?one$/i, 'no-one'],
  // Meta's comment control of March 2021, on "Who can comment on your public posts?".
  [/^profiles and pages you mention$/i, 'people-you-mention'],
];

/** Messages that mean the session cannot be read, whatever page they are drawn on. */
export const SESSION_WORDS = {
  /** Facebook's warning to a client it takes for a bot; checked before the block words it contains. */
  automation: /we suspect automated behaviou?r|automated behaviou?r on your account/i,
  /** A rate limit from the app's embedded error list (GraphQL 1675004) or its login limit ⚠️. */
  rateLimited: /rate limit exceeded|too many requests|please wait a few minutes before you try again/i,
  /** Facebook's block pages; its "going too fast" page is headed "You're temporarily blocked" too. */
  blocked: /you['’]re temporarily blocked|you['’]ve been temporarily blocked|you can['’]t use this feature (?:right now|at the moment)|going too fast|we suspended your account/i,
  /** A security check drawn in the page rather than at /checkpoint/. */
  challenge: /we (?:saw|noticed) unusual activity on your account|confirm your identity/i,
} as const;

/** The UK cookie dialog, told by its button that allows the least (the dialog is set aside, never answered). */
export const CONSENT_WORDS = {
  decline: /^(?:decline optional cookies|only allow essential cookies|reject optional cookies)$/i,
} as const;

/** The profile's section headings and its empty-feed message. */
export const PROFILE_WORDS = {
  intro: 'Intro',
  friends: 'Friends',
  posts: 'Posts',
  noPosts: /^no posts available$/i,
} as const;
