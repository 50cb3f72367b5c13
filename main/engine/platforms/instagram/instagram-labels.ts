import type { InstagramSetting } from './instagram-settings.ts';

/**
 * Every word the Instagram reader matches, as data: one table to update when Instagram rewords a
 * page. English labels of Instagram's web settings (research §2.1, 2025–2026 guides) with the
 * variants Instagram uses in its app and older web pages. Where the research marks a label
 * uncertain, the variants it names are accepted; anything else is left unread, never guessed.
 */
export interface SwitchLabel {
  setting: InstagramSetting;
  label: string;
  /** What the setting is, in plain words, for reasons ("the account-suggestions setting"). */
  what: string;
  name: RegExp;
  /** The switch says the opposite of the setting (e.g. "Show activity status" vs presence_disabled). */
  inverted?: boolean;
}

export interface RadioOption {
  id: string;
  name: RegExp;
}

export interface RadioGroup {
  setting: InstagramSetting;
  /** The question the options answer, as Instagram words it. */
  label: string;
  /** The question's accessible name (a fieldset's legend), to find its options among others. */
  question: RegExp;
  what: string;
  options: readonly RadioOption[];
}

const APOSTROPHE = "['’]";

export const PRIVATE_ACCOUNT: SwitchLabel = { setting: 'is_private', label: 'Private account', what: 'the private-account setting', name: /^private account$/i };

export const SEARCH_ENGINES: SwitchLabel = {
  setting: 'public_media_in_search_engines',
  label: 'Allow public photos and videos to appear in search engine results',
  what: 'the search-engine setting',
  name: /^allow public photos and videos to appear in search engine results$/i,
};

export const MANUAL_TAG_APPROVAL: SwitchLabel = {
  setting: 'usertag_review_enabled', label: 'Manually approve tags', what: 'the manual tag approval setting',
  name: /^(?:manually approve tags|approve tags manually)$/i,
};

export const ACTIVITY_STATUS: SwitchLabel = {
  setting: 'presence_disabled', label: 'Show activity status', what: 'the activity-status setting',
  name: /^(?:show )?activity status$/i, inverted: true,
};

export const ACCOUNT_SUGGESTIONS: SwitchLabel = {
  setting: 'chaining_enabled', label: 'Show account suggestions on profiles', what: 'the account-suggestions setting',
  // "Similar account suggestions" is the older Edit profile wording of the same checkbox.
  name: /^(?:show account suggestions on profiles|similar account suggestions)$/i,
};

/** "Allow sharing to story" (web clones, app) and the research's "Stories they are mentioned in" ⚠️. */
export const SHARING_TO_STORY: SwitchLabel = {
  setting: 'allow_sharing_to_story', label: 'Allow sharing to story', what: 'the sharing-to-story setting',
  name: /^(?:allow (?:re)?sharing to stor(?:y|ies)|stories they are mentioned in)$/i,
};

/** "Allow sharing to messages" and the research's "Stories in messages" ⚠️. */
export const SHARING_TO_MESSAGES: SwitchLabel = {
  setting: 'allow_sharing_to_messages', label: 'Allow sharing to messages', what: 'the sharing-to-messages setting',
  name: /^(?:allow sharing to messages|stories in messages)$/i,
};

/**
 * The three audiences Instagram offers for tags and for @mentions (research §2.1; the app's short
 * labels "Everyone", "People you follow", "No one" too). The short labels are read only inside
 * their own question's group. Any other chosen option is reported with its text as unrecognised.
 */
export const WHO_CAN_TAG: RadioGroup = {
  setting: 'allow_tags_from',
  label: 'Who can tag you',
  question: /^(?:who can tag you|allow tags from)$/i,
  what: 'who can tag you',
  options: [
    { id: 'everyone', name: /^(?:allow tags from )?everyone$/i },
    { id: 'following', name: /^(?:allow tags from )?(?:only )?people you follow$/i },
    { id: 'none', name: new RegExp(`^(?:don${APOSTROPHE}?t allow tags|no one)$`, 'i') },
  ],
};

export const WHO_CAN_MENTION: RadioGroup = {
  setting: 'allow_mentions_from',
  label: 'Who can @mention you',
  question: /^(?:who can @?mention you|allow @?mentions from)$/i,
  what: 'who can @mention you',
  options: [
    { id: 'everyone', name: /^(?:allow @?mentions from )?everyone$/i },
    { id: 'following', name: /^(?:allow @?mentions from )?(?:only )?people you follow$/i },
    { id: 'none', name: new RegExp(`^(?:don${APOSTROPHE}?t allow @?mentions|no one)$`, 'i') },
  ],
};

/** Settings menu links (slugs unconfirmed ⚠️): the reader follows the link, not a guessed address. */
export interface MenuLink {
  label: string;
  name: RegExp;
}

export const TAGS_AND_MENTIONS_LINK: MenuLink = { label: 'Tags and mentions', name: /^tags and mentions$/i };
export const STORY_LINK: MenuLink = { label: 'Story and live', name: /^(?:story and live|story settings|story)$/i };

/** The signed-in frame's link to the person's own profile ("Profile"). */
export const PROFILE_LINK: MenuLink = { label: 'Profile', name: /^profile$/i };

/**
 * Instagram's UK cookie dialog, told by its button that allows the least. The reader sets it aside
 * unanswered (answering would record a choice with the account) and never reads it as a setting.
 */
export const CONSENT_DECLINE = /^(?:decline optional cookies|only allow essential cookies|reject optional cookies)$/i;

/**
 * Hard stops, as Instagram words them on a page or codes them in its data's error lists (research
 * §2.3, instaloader and instagrapi). The first that matches decides; "looks automated" first, as
 * Instagram words it inside its other notices too.
 */
export const HARD_STOPS: readonly { state: 'automation-blocked' | 'rate-limited' | 'challenge' | 'blocked'; words: RegExp }[] = [
  { state: 'automation-blocked', words: /suspect(?:ed)?\s+automated\s+behaviou?r|automated[_ ]behaviou?r|looks? (?:like )?automated/i },
  { state: 'rate-limited', words: /please wait a few minutes before you try again|rate_limit_error/i },
  { state: 'challenge', words: new RegExp(`challenge_required|checkpoint_required|help us confirm it${APOSTROPHE}s you`, 'i') },
  { state: 'blocked', words: /feedback_required|try again later\W+we limit how often/i },
];
