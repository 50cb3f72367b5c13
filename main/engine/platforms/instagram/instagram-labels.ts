import type { InstagramSetting } from './instagram-settings.ts';

/**
 * English labels of Instagram's web settings (research §2.1, 2025–2026 guides). Where the
 * research marks a label uncertain, the variants it names are accepted; anything else is left
 * unread as "page changed", never guessed.
 */
export interface SwitchLabel {
  setting: InstagramSetting;
  label: string;
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
  options: readonly RadioOption[];
}

const APOSTROPHE = "['’]";

export const PRIVATE_ACCOUNT: SwitchLabel = { setting: 'is_private', label: 'Private account', name: /^private account$/i };

export const SEARCH_ENGINES: SwitchLabel = {
  setting: 'public_media_in_search_engines',
  label: 'Allow public photos and videos to appear in search engine results',
  name: /^allow public photos and videos to appear in search engine results$/i,
};

export const MANUAL_TAG_APPROVAL: SwitchLabel = {
  setting: 'usertag_review_enabled', label: 'Manually approve tags', name: /^manually approve tags$/i,
};

export const ACTIVITY_STATUS: SwitchLabel = {
  setting: 'presence_disabled', label: 'Show activity status', name: /^show activity status$/i, inverted: true,
};

export const ACCOUNT_SUGGESTIONS: SwitchLabel = {
  setting: 'chaining_enabled', label: 'Show account suggestions on profiles', name: /^show account suggestions on profiles$/i,
};

/** "Allow sharing to story" (web clones, app) and the research's "Stories they are mentioned in" ⚠️. */
export const SHARING_TO_STORY: SwitchLabel = {
  setting: 'allow_sharing_to_story', label: 'Allow sharing to story',
  name: /^(?:allow (?:re)?sharing to stor(?:y|ies)|stories they are mentioned in)$/i,
};

/** "Allow sharing to messages" and the research's "Stories in messages" ⚠️. */
export const SHARING_TO_MESSAGES: SwitchLabel = {
  setting: 'allow_sharing_to_messages', label: 'Allow sharing to messages',
  name: /^(?:allow sharing to messages|stories in messages)$/i,
};

export const WHO_CAN_TAG: RadioGroup = {
  setting: 'allow_tags_from',
  label: 'Who can tag you',
  options: [
    { id: 'everyone', name: /^allow tags from everyone$/i },
    { id: 'following', name: /^allow tags from (?:only )?people you follow$/i },
    { id: 'none', name: new RegExp(`^don${APOSTROPHE}?t allow tags$`, 'i') },
  ],
};

export const WHO_CAN_MENTION: RadioGroup = {
  setting: 'allow_mentions_from',
  label: 'Who can @mention you',
  options: [
    { id: 'everyone', name: /^allow @?mentions from everyone$/i },
    { id: 'following', name: /^allow @?mentions from (?:only )?people you follow$/i },
    { id: 'none', name: new RegExp(`^don${APOSTROPHE}?t allow @?mentions$`, 'i') },
  ],
};

/** Settings menu links (slugs unconfirmed ⚠️): the reader follows the link, not a guessed address. */
export interface MenuLink {
  label: string;
  name: RegExp;
}

export const TAGS_AND_MENTIONS_LINK: MenuLink = { label: 'Tags and mentions', name: /^tags and mentions$/i };
export const STORY_LINK: MenuLink = { label: 'Story and live', name: /^(?:story and live|story settings|story)$/i };
