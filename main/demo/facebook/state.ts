/** Everything the Facebook emulator knows: the account, its settings, posts and the server's sessions. */
import type { Variation } from '../variations.ts';

/** Audience and option ids, as the reader reports them (the page shows their labels). */
export type FacebookAudience = 'public' | 'friends-of-friends' | 'friends' | 'friends-except' | 'specific-friends' | 'only-me' | 'custom';
export type FacebookLookup = 'everyone' | 'friends-of-friends' | 'friends' | 'only-me' | 'no-one';

/** Values behind the Audience and visibility pages (research §1.1). */
export interface FacebookSettings {
  /** 'close-friends': Facebook's "Close Friends" list, offered in the audience picker. */
  future_posts_audience: 'public' | 'friends' | 'friends-except' | 'specific-friends' | 'only-me' | 'custom' | 'close-friends';
  friend_requests_from: 'everyone' | 'friends-of-friends';
  friends_list_audience: 'public' | 'friends' | 'friends-except' | 'specific-friends' | 'only-me' | 'custom';
  lookup_by_email: FacebookLookup;
  lookup_by_phone: FacebookLookup;
  search_engine_link: boolean;
  tagged_posts_audience: 'everyone' | 'friends-of-friends' | 'friends' | 'only-me' | 'custom';
  profile_review: boolean;
  tag_review: boolean;
  who_can_follow: 'public' | 'friends';
  followers_list_audience: 'public' | 'friends' | 'only-me';
  /** 'people-you-mention': "Profiles and Pages you mention" (Meta, March 2021). */
  public_post_comments: 'public' | 'friends-of-friends' | 'friends' | 'people-you-mention';
  public_profile_info: 'public' | 'friends-of-friends' | 'friends';
}

export type FacebookSettingKey = keyof FacebookSettings;

export interface FacebookAccount {
  /** The numeric user id (the c_user cookie). */
  id: string;
  /** Vanity address, e.g. "amina.rahman.leeds"; null: the profile lives at profile.php?id=. */
  username: string | null;
  name: string;
  email: string;
  password: string;
  bio: string;
  /** Shown in Intro as "Works at …"; empty: no workplace. */
  workplace: string;
  /** Who sees the workplace line: only 'public' shows it to strangers. */
  workplaceAudience: 'public' | 'friends' | 'only-me';
  city: string;
  /** Names shown in the Friends section. */
  friends: string[];
}

export interface FacebookPost {
  id: string;
  text: string;
  /** Who can see it; only 'public' posts show to a stranger. */
  audience: 'public' | 'friends' | 'only-me';
  date: string;
}

/** ok; checkpoint: sent to /checkpoint; blocked: "temporarily blocked" page; rate-limited: "going too fast" (429). */
export type FacebookMode = 'ok' | 'checkpoint' | 'blocked' | 'rate-limited';

/** A setting change the server saved, so tests can prove that reading changed nothing. */
export interface FacebookChange { setting: FacebookSettingKey; from: unknown; to: unknown }

export interface FacebookSession { xs: string; userId: string; dtsg: string }

export interface FacebookState {
  account: FacebookAccount;
  settings: FacebookSettings;
  posts: FacebookPost[];
  mode: FacebookMode;
  /** Added before every www.facebook.com page and API answer. */
  delayMs: number;
  /** 'changed': titles lose span[dir=auto] and the search-engine question is reworded. */
  markup: 'current' | 'changed';
  /** '2026': "People with your email address"; '2019': "Who can look you up using the email address…". */
  labels: '2026' | '2019';
  language: 'en' | 'fr';
  /** Rows Facebook no longer shows (e.g. "Who can send you friend requests?"). */
  hiddenRows: FacebookSettingKey[];
  /** The variation switches on (main/demo/variations.ts). */
  variations: Set<Variation>;
  changes: FacebookChange[];
  sessions: Map<string, FacebookSession>;
}

export interface FacebookInit {
  account?: Partial<FacebookAccount>;
  settings?: Partial<FacebookSettings>;
  posts?: FacebookPost[];
  mode?: FacebookMode;
  delayMs?: number;
  markup?: FacebookState['markup'];
  labels?: FacebookState['labels'];
  language?: FacebookState['language'];
  hiddenRows?: FacebookSettingKey[];
  variations?: Variation[];
}

/** Roughly Facebook's defaults for a new adult account: open and findable. */
export const DEFAULT_FACEBOOK_SETTINGS: FacebookSettings = {
  future_posts_audience: 'public',
  friend_requests_from: 'everyone',
  friends_list_audience: 'public',
  lookup_by_email: 'everyone',
  lookup_by_phone: 'everyone',
  search_engine_link: true,
  tagged_posts_audience: 'friends-of-friends',
  profile_review: false,
  tag_review: false,
  who_can_follow: 'public',
  followers_list_audience: 'public',
  public_post_comments: 'public',
  public_profile_info: 'public',
};

/** A made-up doctor. */
export const DEFAULT_FACEBOOK_ACCOUNT: FacebookAccount = {
  id: '100089412345678',
  username: 'sam.rivers.gp',
  name: 'Sam Rivers',
  email: 'sam.rivers@example.org',
  password: 'emulated-password-1',
  bio: 'GP in Leeds. Running, baking and bad puns.',
  workplace: 'Meanwood Health Centre',
  workplaceAudience: 'public',
  city: 'Leeds',
  friends: ['Priya Shah', 'Tom Okafor', 'Lucy Brennan'],
};

export const DEFAULT_FACEBOOK_POSTS: FacebookPost[] = [
  { id: '10228000000000001', text: 'Finished the Leeds half. Knees have opinions.', audience: 'public', date: '8 March' },
  { id: '10228000000000002', text: 'Lemon drizzle attempt number three.', audience: 'friends', date: '2 March' },
  { id: '10228000000000003', text: 'Flu clinic this Saturday, bring your letter.', audience: 'public', date: '20 February' },
];

export function createFacebookState(init: FacebookInit = {}): FacebookState {
  return {
    account: { ...DEFAULT_FACEBOOK_ACCOUNT, ...init.account },
    settings: { ...DEFAULT_FACEBOOK_SETTINGS, ...init.settings },
    posts: (init.posts ?? DEFAULT_FACEBOOK_POSTS).map((p) => ({ ...p })),
    mode: init.mode ?? 'ok',
    delayMs: init.delayMs ?? 0,
    markup: init.markup ?? 'current',
    labels: init.labels ?? '2026',
    language: init.language ?? 'en',
    hiddenRows: [...(init.hiddenRows ?? [])],
    variations: new Set(init.variations ?? []),
    changes: [],
    sessions: new Map(),
  };
}
