/** Everything the Instagram emulator knows: the account, its settings, and the server's sessions. */
import type { Variation } from '../variations.ts';

export type IgAudience = 'everyone' | 'following' | 'none';

/** Values behind the settings pages; keys as the reader reports them (Instagram's own field names where it has one). */
export interface InstagramSettings {
  is_private: boolean;
  /** "Allow public photos and videos to appear in search engine results" (public professional accounts only). */
  public_media_in_search_engines: boolean;
  allow_tags_from: IgAudience;
  usertag_review_enabled: boolean;
  allow_mentions_from: IgAudience;
  /** true = activity status hidden ("Show activity status" off). */
  presence_disabled: boolean;
  allow_sharing_to_story: boolean;
  allow_sharing_to_messages: boolean;
  chaining_enabled: boolean;
}

export interface InstagramAccount {
  id: string;
  username: string;
  /** The profile's Name (web_form_data's first_name, web_profile_info's full_name). */
  full_name: string;
  biography: string;
  external_url: string;
  email: string;
  password: string;
  /** A creator or business account: shows its category, and may get the search-engine switch. */
  is_professional: boolean;
  category_name: string;
  followers: number;
  following: number;
}

export interface InstagramPost { shortcode: string; caption: string }

/** ok; challenge (checkpoint_required); blocked (feedback_required); rate-limited (429). */
export type InstagramMode = 'ok' | 'challenge' | 'blocked' | 'rate-limited';
export type InstagramLanguage = 'en' | 'fr';
/** A hard stop the settings page's script draws after load instead of the settings (its data requests are still answered). */
export type InstagramLateProblem = 'rate-limited' | 'challenge' | 'blocked' | 'automation';

export interface InstagramSession { sessionId: string; userId: string }

export interface InstagramState {
  account: InstagramAccount;
  settings: InstagramSettings;
  posts: InstagramPost[];
  mode: InstagramMode;
  /** Added to every page and API answer, so timeouts can be tested. */
  delayMs: number;
  /** Added to API answers only: the pages come, their data is late. */
  apiDelayMs: number;
  /** JSON fields Instagram no longer sends (form_data fields, or web_profile_info's is_private). */
  droppedFields: string[];
  /** Settings whose control the pages no longer show. */
  hiddenControls: string[];
  /** 'changed': a redesign: some labels reworded, some switches drawn as checkboxes, a form field gone. */
  markup: 'current' | 'changed';
  language: InstagramLanguage;
  /** A logged-out visitor to the profile is sent to the login page. */
  strangerLoginWall: boolean;
  /** The variation switches (main/demo/variations.ts) this copy of Instagram shows. */
  variations: Set<Variation>;
  /** A hard stop drawn by the page's script after load, not told by any API answer. */
  lateProblem: InstagramLateProblem | null;
  /** The hard stop is only in the page's embedded data's error list, not on the screen. */
  problemInDataOnly: boolean;
  sessions: Map<string, InstagramSession>;
}

export interface InstagramInit {
  account?: Partial<InstagramAccount>;
  settings?: Partial<InstagramSettings>;
  posts?: InstagramPost[];
  mode?: InstagramMode;
  delayMs?: number;
  droppedFields?: string[];
  hiddenControls?: string[];
  markup?: InstagramState['markup'];
  language?: InstagramLanguage;
  strangerLoginWall?: boolean;
  variations?: Iterable<Variation>;
}

/** Instagram's out-of-the-box choices for an adult's new account: public and open. */
export const DEFAULT_INSTAGRAM_SETTINGS: InstagramSettings = {
  is_private: false,
  public_media_in_search_engines: true,
  allow_tags_from: 'everyone',
  usertag_review_enabled: false,
  allow_mentions_from: 'everyone',
  presence_disabled: false,
  allow_sharing_to_story: true,
  allow_sharing_to_messages: true,
  chaining_enabled: true,
};

/** A made-up doctor. */
export const DEFAULT_INSTAGRAM_ACCOUNT: InstagramAccount = {
  id: '58213390471',
  username: 'drsamrivers',
  full_name: 'Dr Sam Rivers',
  biography: 'GP in Leeds. Running, allotment, bad puns. Views my own.',
  external_url: '',
  email: 'sam.rivers@example.org',
  password: 'emulated-password-1',
  is_professional: false,
  category_name: '',
  followers: 312,
  following: 188,
};

export const DEFAULT_INSTAGRAM_POSTS: InstagramPost[] = [
  { shortcode: 'DA1xQ3sN0aB', caption: 'Allotment harvest, finally.' },
  { shortcode: 'DA0pL7mR2cD', caption: 'Leeds half done. Knees have opinions.' },
  { shortcode: 'C_9kT2wQ4eF', caption: 'Autumn in the Dales.' },
];

export function createInstagramState(init: InstagramInit = {}): InstagramState {
  return {
    account: { ...DEFAULT_INSTAGRAM_ACCOUNT, ...init.account },
    settings: { ...DEFAULT_INSTAGRAM_SETTINGS, ...init.settings },
    posts: (init.posts ?? DEFAULT_INSTAGRAM_POSTS).map((p) => ({ ...p })),
    mode: init.mode ?? 'ok',
    delayMs: init.delayMs ?? 0,
    apiDelayMs: 0,
    droppedFields: [...(init.droppedFields ?? [])],
    hiddenControls: [...(init.hiddenControls ?? [])],
    markup: init.markup ?? 'current',
    language: init.language ?? 'en',
    strangerLoginWall: init.strangerLoginWall ?? false,
    variations: new Set(init.variations ?? []),
    lateProblem: null,
    problemInDataOnly: false,
    sessions: new Map(),
  };
}
