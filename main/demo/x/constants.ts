/** Facts about X's web app that the emulator reproduces (sources: research/platforms-meta-x-linkedin.md §4). */

export const X_HOSTS = ['x.com', 'api.x.com', 'abs.twimg.com', 'pbs.twimg.com'] as const;
/** Old and alias names; each answers with a redirect to https://x.com. */
export const X_REDIRECT_HOSTS = ['twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'www.x.com', 'mobile.x.com'] as const;

/** The public bearer token X's web app sends with every API call (twikit constants.py). */
export const X_WEB_BEARER =
  'AAAAAAAAAAAAAAAAAAAAANRILgAAAAAAnNwIzUejRCOuH5E6I8xnZz4puTs%3D1Zv7ttfk8LF81IUq16cHjhLTvJu4FA33AGWWjCpTnA';

/** Query string the web app uses for account/settings.json (captures from 2024–2026 clients). */
export const X_SETTINGS_QUERY = [
  'include_ext_sharing_audiospaces_listening_data_with_followers=true',
  'include_mention_filter=true',
  'include_nsfw_user_flag=true',
  'include_nsfw_admin_flag=true',
  'include_ranked_timeline=true',
  'include_alt_text_compose=true',
  'ext=ssoConnections',
  'include_country_code=true',
  'include_ext_dm_nsfw_media_filter=true',
].join('&');

export const X_SETTINGS_URL = `https://api.x.com/1.1/account/settings.json?${X_SETTINGS_QUERY}`;

/** GraphQL operation ids as seen in 2026 captures; X rotates them, and an unknown id answers 404. */
export const X_QUERY_IDS = {
  UserByScreenName: 'KybxDj9RrADIITXlGG8kpw',
  UserTweets: 'jeAA-59Y9FL7FmjgBNIVPw',
} as const;

export const X_USER_FEATURES: Record<string, boolean> = {
  hidden_profile_subscriptions_enabled: true,
  payments_enabled: false,
  profile_label_improvements_pcf_label_in_post_enabled: true,
  rweb_tipjar_consumption_enabled: true,
  verified_phone_label_enabled: false,
  subscriptions_verification_info_is_identity_verified_enabled: true,
  subscriptions_verification_info_verified_since_enabled: true,
  highlights_tweets_tab_ui_enabled: true,
  responsive_web_twitter_article_notes_tab_enabled: true,
  subscriptions_feature_can_gift_premium: true,
  creator_subscriptions_tweet_preview_api_enabled: true,
  responsive_web_graphql_skip_user_profile_image_extensions_enabled: false,
  responsive_web_graphql_timeline_navigation_enabled: true,
};

/** Main bundle path on abs.twimg.com (the hash is made up; readers must not depend on it). */
export const X_MAIN_BUNDLE_PATH = '/responsive-web/client-web/main.5c0e3a7d.js';

/** Error bodies and codes the v1.1 API answers with (twscrape queue_client.py, X API error codes). */
export const X_ERRORS = {
  badAuthentication: { code: 215, message: 'Bad Authentication data.' },
  couldNotAuthenticate: { code: 32, message: 'Could not authenticate you.' },
  csrfMismatch: { code: 353, message: 'This request requires a matching csrf cookie and header.' },
  locked: {
    code: 326,
    message: 'To protect our users from spam and other malicious activity, this account is temporarily locked. ' +
      'Please log in to https://twitter.com to unlock your account.',
  },
  rateLimited: { code: 88, message: 'Rate limit exceeded' },
  /** X's answer to a client it takes for a bot (X API error code 226). */
  automated: {
    code: 226,
    message: 'This request looks like it might be automated. To protect our users from spam and other malicious activity, ' +
      'we can\'t complete this action right now. Please try again later.',
  },
  badGuestToken: { code: 239, message: 'Bad guest token.' },
  wrongPassword: { code: 399, message: 'Wrong password!' },
  accountNotFound: { code: 399, message: 'Sorry, we could not find your account.' },
} as const;

export const X_RATE_LIMIT = 150;
export const X_RATE_WINDOW_S = 15 * 60;
