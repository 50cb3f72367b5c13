import type { XPost, XState } from './state.ts';

/**
 * GraphQL user and timeline bodies in X's current shape: since mid-2025 `name`, `screen_name` and
 * `created_at` live in `core` (no longer in `legacy`), the location in `location.location`, the
 * avatar in `avatar.image_url` and the protected flag in `privacy.protected` (2026 captures).
 */
export function userResult(state: XState): Record<string, unknown> {
  const a = state.account;
  return {
    __typename: 'User',
    id: Buffer.from(`User:${a.id}`).toString('base64'),
    rest_id: a.id,
    affiliates_highlighted_label: {},
    avatar: { image_url: avatarUrl(state, 'normal') },
    core: { created_at: a.created_at, name: a.name, screen_name: a.screen_name },
    dm_permissions: { can_dm: false },
    has_graduated_access: true,
    is_blue_verified: false,
    legacy: {
      default_profile: true,
      default_profile_image: false,
      description: a.description,
      entities: { description: { urls: [] } },
      fast_followers_count: 0,
      favourites_count: 97,
      followers_count: a.followers_count,
      friends_count: a.friends_count,
      has_custom_timelines: false,
      is_translator: false,
      listed_count: 2,
      media_count: 0,
      normal_followers_count: a.followers_count,
      pinned_tweet_ids_str: [],
      possibly_sensitive: false,
      profile_interstitial_type: '',
      statuses_count: state.posts.length,
      translator_type: 'none',
      want_retweets: false,
      withheld_in_countries: [],
    },
    location: { location: a.location },
    media_permissions: { can_media_tag: state.settings.allow_media_tagging !== 'none' },
    parody_commentary_fan_label: 'None',
    privacy: { protected: state.settings.protected },
    profile_bio: { description: a.description },
    profile_image_shape: 'Circle',
    relationship_perspectives: { blocked_by: false, blocking: false, followed_by: false, following: false, muting: false },
    tipjar_settings: {},
    verification: { verified: false },
  };
}

export function avatarUrl(state: XState, size: 'normal' | '400x400'): string {
  return `https://pbs.twimg.com/profile_images/${state.account.id}/avatar_${size}.jpg`;
}

/** UserTweets: `data.user.result.timeline.timeline.instructions` (X dropped `timeline_v2` in 2026). */
export function userTweets(state: XState, visible: boolean): Record<string, unknown> {
  const author = userResult(state);
  const entries = visible ? state.posts.map((post) => tweetEntry(post, author, state.account.id)) : [];
  return {
    data: {
      user: {
        result: {
          __typename: 'User',
          timeline: {
            timeline: {
              instructions: [
                { type: 'TimelineClearCache' },
                { type: 'TimelineAddEntries', entries },
              ],
            },
          },
        },
      },
    },
  };
}

function tweetEntry(post: XPost, author: Record<string, unknown>, userId: string): Record<string, unknown> {
  return {
    entryId: `tweet-${post.id}`,
    sortIndex: post.id,
    content: {
      entryType: 'TimelineTimelineItem',
      __typename: 'TimelineTimelineItem',
      itemContent: {
        itemType: 'TimelineTweet',
        __typename: 'TimelineTweet',
        tweet_results: {
          result: {
            __typename: 'Tweet',
            rest_id: post.id,
            core: { user_results: { result: author } },
            legacy: {
              created_at: post.created_at,
              full_text: post.text,
              id_str: post.id,
              user_id_str: userId,
              lang: 'en',
              favorite_count: 3,
              retweet_count: 0,
              reply_count: 1,
              quote_count: 0,
              bookmark_count: 0,
            },
          },
        },
        tweetDisplayType: 'Tweet',
      },
    },
  };
}
