/** Facts about Instagram's web app that the emulator reproduces (research/platforms-meta-x-linkedin.md §2). */

export const INSTAGRAM_WEB_HOST = 'www.instagram.com';
/** The bare name moves to www (as the real site does). */
export const INSTAGRAM_REDIRECT_HOSTS = ['instagram.com'] as const;
export const INSTAGRAM_OTHER_HOSTS = ['accountscenter.instagram.com', 'static.cdninstagram.com', 'scontent.cdninstagram.com', 'scontent-lhr8-1.cdninstagram.com'] as const;
export const INSTAGRAM_EMULATED_HOSTS = [INSTAGRAM_WEB_HOST, ...INSTAGRAM_REDIRECT_HOSTS, ...INSTAGRAM_OTHER_HOSTS];

/** The public web app id Instagram's pages send as X-IG-App-ID (instagrapi PUBLIC_WEB_APP_ID). */
export const INSTAGRAM_APP_ID = '936619743392459';

export const FORM_DATA_PATHS = ['/api/v1/web/accounts/edit/web_form_data/', '/api/v1/accounts/edit/web_form_data/'];
export const PROFILE_INFO_PATH = '/api/v1/users/web_profile_info/';
export const LOGIN_AJAX_PATH = '/api/v1/web/accounts/login/ajax/';

/** Settings pages. privacy_setting, activity_status and edit are confirmed; the other two slugs are plausible stand-ins (⚠️ in the research). */
export const SETTINGS_PATHS = {
  edit: '/accounts/edit/',
  privacy: '/accounts/privacy_setting/',
  tags: '/accounts/tags_and_mentions/',
  story: '/accounts/story_and_live/',
  activity: '/accounts/activity_status/',
} as const;
export type SettingsPageName = keyof typeof SETTINGS_PATHS;

/** Instagram's hard-stop answers (instaloader, instagrapi exceptions). */
export const IG_ERRORS = {
  checkpoint: { message: 'checkpoint_required', checkpoint_url: '/challenge/?next=/accounts/privacy_setting/', lock: true, flow_render_type: 0, status: 'fail' },
  feedback: {
    message: 'feedback_required', spam: true, feedback_title: 'Try Again Later',
    feedback_message: 'We limit how often you can do certain things on Instagram to protect our community. Tell us if you think we made a mistake.',
    feedback_url: 'repute/report_problem/scraping/', status: 'fail',
  },
  rateLimited: { message: 'Please wait a few minutes before you try again.', require_login: false, status: 'fail' },
  appIdMissing: { message: 'useragent mismatch', status: 'fail' },
  csrf: { message: 'CSRF token missing or incorrect', status: 'fail' },
} as const;
