/**
 * The settings the Threads reader reports. `text_post_app_is_private` is Threads' own field in
 * the profile JSON; the others have no JSON source, so they get stable snake_case keys.
 */
import { MENTION_WORDINGS } from './threads-labels.ts';

export const THREADS_SETTINGS = ['text_post_app_is_private', 'mentions', 'online_status', 'fediverse_sharing'] as const;
export type ThreadsSetting = (typeof THREADS_SETTINGS)[number];

/** Who may @mention the user, as stable ids. */
export const MENTION_OPTIONS = ['everyone', 'following', 'no_one'] as const;
export type MentionOption = (typeof MENTION_OPTIONS)[number];

/** The option id for a label, or null for a wording Chaperone does not know (never guessed). */
export function mentionOption(label: string): MentionOption | null {
  return MENTION_OPTIONS.find((option) => MENTION_WORDINGS[option].test(label)) ?? null;
}
