/**
 * Every wording the Threads reader recognises, in one table: a wording change on Threads is an
 * edit here. English only (other languages are reported as unsupported). Sources:
 * research/platforms-meta-x-linkedin.md §2–3 (⚠️ where the research marks a label unverified);
 * Threads shares Instagram's account machinery, so Instagram's wordings are listed as variants.
 */
import type { MentionOption, ThreadsSetting } from './threads-settings.ts';

export interface ControlLabel {
  setting: ThreadsSetting;
  /** The label as Chaperone reports it. */
  label: string;
  /** Accessible names the control (or its group) is known by. */
  name: RegExp;
}

const exactly = (...wordings: string[]): RegExp => new RegExp(`^\\s*(?:${wordings.join('|')})\\s*$`, 'i');
const APOSTROPHE = "['’]";

export const PRIVATE_CONTROL: ControlLabel = { setting: 'text_post_app_is_private', label: 'Private profile', name: exactly('private (?:profile|account)', 'make (?:your )?profile private') };
/** ⚠️ "Online status" is not confirmed by a public source; Instagram's wording is "Show activity status". */
export const ONLINE_CONTROL: ControlLabel = {
  setting: 'online_status', label: 'Online status',
  name: exactly('(?:show )?(?:online|activity) status', `show when you${APOSTROPHE}re online`, 'show online status to others'),
};
export const FEDIVERSE_CONTROL: ControlLabel = {
  setting: 'fediverse_sharing', label: 'Fediverse sharing',
  name: exactly('fediverse sharing', 'share (?:your (?:posts|profile) )?(?:to|on|with) the fediverse', 'share to fediverse'),
};
/** The Mentions choice, by the name of its group, list or menu. ⚠️ option wordings. */
export const MENTIONS_CONTROL: ControlLabel = {
  setting: 'mentions', label: 'Mentions',
  name: exactly('mentions', 'allow @?mentions from', 'who can @?mention you'),
};

/** Every option Threads (and Instagram's shared "mentions" control) is known to offer. */
export const MENTION_WORDINGS: Readonly<Record<MentionOption, RegExp>> = {
  everyone: exactly('everyone', 'anyone', 'allow mentions from everyone'),
  following: exactly('(?:only )?(?:profiles|people|accounts) you follow', 'allow mentions from (?:profiles|people) you follow'),
  no_one: exactly('no one', 'nobody', 'off', `don${APOSTROPHE}t allow mentions`),
};

/** On/off wordings for a setting drawn as a choice (a select or radio pair) rather than a switch. */
export const ON_WORDS = exactly('on', 'yes', 'enabled', 'shown?', 'everyone');
export const OFF_WORDS = exactly('off', 'no', 'disabled', 'hidden', 'no one');

/** The UK cookie-consent dialog, told by its button that allows the least (the dialog is set aside, never answered). */
export const CONSENT_DECLINE = exactly('decline optional cookies', 'only allow essential cookies', 'reject optional cookies');

/** Threads' (Instagram's) messages for an account it will not serve now. Matched in the page text and embedded errors. */
export const PROBLEM_WORDINGS = {
  rateLimited: /please wait a few minutes before you try again|rate limit exceeded|too many requests/i,
  blocked: /^\s*try again later\s*$|we limit how often you can do certain things|your account has been temporarily (?:blocked|restricted)/im,
  automation: /automated behaviou?r|automated activity|suspect(?:ed)? (?:automation|you(?:'|’)re a bot)|confirm (?:that )?you(?:'|’)re (?:a )?human/i,
  challenge: /confirm it(?:'|’)s you|we noticed unusual activity|help us confirm you own this account/i,
} as const;

/** What a stranger sees on a private profile in place of posts. */
export const PRIVATE_NOTICE = /this profile is private|this account is private/i;
/** The profile page's title: "Name (@username) • Threads" (also with "on Threads"). */
export const PROFILE_TITLE = /^(.*?)\s*\(@([A-Za-z0-9._]{1,30})\)\s*(?:•|·|on)\s*Threads/;
