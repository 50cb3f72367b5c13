/**
 * The settings the Threads reader reports. `text_post_app_is_private` is Threads' own field in
 * the profile JSON; the others have no JSON source, so they get stable snake_case keys.
 */
export const THREADS_SETTINGS = ['text_post_app_is_private', 'mentions', 'online_status', 'fediverse_sharing'] as const;
export type ThreadsSetting = (typeof THREADS_SETTINGS)[number];

/** Who may @mention the user, as stable ids. */
export const MENTION_OPTIONS = ['everyone', 'following', 'no_one'] as const;
export type MentionOption = (typeof MENTION_OPTIONS)[number];

export interface SwitchLabel {
  setting: ThreadsSetting;
  /** The label as Chaperone reports it. */
  label: string;
  /** English wordings seen or expected (research marks Online status ⚠️). */
  name: RegExp;
}

export const PRIVATE_SWITCH: SwitchLabel = { setting: 'text_post_app_is_private', label: 'Private profile', name: /^\s*private (?:profile|account)\s*$/i };
export const ONLINE_SWITCH: SwitchLabel = {
  setting: 'online_status', label: 'Online status',
  name: /^\s*(?:(?:show )?(?:online|activity) status|show when you(?:'|’)re online)\s*$/i,
};
export const FEDIVERSE_SWITCH: SwitchLabel = {
  setting: 'fediverse_sharing', label: 'Fediverse sharing',
  name: /^\s*(?:fediverse sharing|share (?:your posts )?to the fediverse)\s*$/i,
};

/** The Mentions choice: its group name and each option's wordings (⚠️ in the research). */
export const MENTIONS_GROUP = { label: 'Mentions', name: /^\s*(?:mentions|allow @?mentions from|who can @?mention you)\s*$/i };
const MENTION_WORDINGS: Readonly<Record<MentionOption, RegExp>> = {
  everyone: /^\s*(?:everyone|anyone)\s*$/i,
  following: /^\s*(?:only )?(?:profiles|people|accounts) you follow\s*$/i,
  no_one: /^\s*(?:no one|nobody|don't allow mentions|don’t allow mentions)\s*$/i,
};

/** The option id for a label, or null for a wording Chaperone does not know (never guessed). */
export function mentionOption(label: string): MentionOption | null {
  return MENTION_OPTIONS.find((option) => MENTION_WORDINGS[option].test(label)) ?? null;
}
