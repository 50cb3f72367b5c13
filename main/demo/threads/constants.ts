/** Facts about Threads' web app that the emulator reproduces (research/platforms-meta-x-linkedin.md §3). */

/** The canonical host. Only threads.com / threads.net names: Instagram's hosts belong to its own emulator. */
export const THREADS_WEB_HOST = 'www.threads.com';
/** Older and bare names; each answers with a redirect to https://www.threads.com. */
export const THREADS_REDIRECT_HOSTS = ['threads.com', 'threads.net', 'www.threads.net'] as const;
export const THREADS_EMULATED_HOSTS = [THREADS_WEB_HOST, ...THREADS_REDIRECT_HOSTS] as const;

export const THREADS_SETTINGS_PRIVACY_URL = 'https://www.threads.com/settings/privacy';
export const THREADS_SETTINGS_ACCOUNT_URL = 'https://www.threads.com/settings/account';
export const THREADS_LOGIN_URL = 'https://www.threads.com/login';
