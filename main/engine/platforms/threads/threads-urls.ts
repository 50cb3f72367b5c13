/** Threads' real addresses. Tests point these host names at an emulator; the reader never changes. */
export const THREADS_PRIVACY_URL = 'https://www.threads.com/settings/privacy';
export const THREADS_ACCOUNT_URL = 'https://www.threads.com/settings/account';
export const THREADS_SIGN_IN_URL = 'https://www.threads.com/login';

export function profileUrl(username: string): string {
  return `https://www.threads.com/@${encodeURIComponent(username)}`;
}

const THREADS_HOST = /^https:\/\/(?:www\.)?threads\.(?:com|net)/;

/** Where Threads sends a browser without a session. */
export const LOGIN_URL_PATTERN = new RegExp(`${THREADS_HOST.source}\\/(?:login|accounts\\/login)(?:[/?#]|$)`);
/**
 * Where Threads sends an account it wants to check. Threads shares Instagram's checkpoint
 * machinery (checkpoint_required / challenge_required), whose web page is /challenge/.
 */
export const CHALLENGE_URL_PATTERN = new RegExp(`${THREADS_HOST.source}\\/(?:challenge|checkpoint)(?:[/?#]|$)`);
/** Instagram's page for a suspended or disabled account, shared by Threads. */
export const SUSPENDED_URL_PATTERN = new RegExp(`${THREADS_HOST.source}\\/accounts\\/(?:suspended|disabled)(?:[/?#]|$)`);

/** A profile address, `/@username`: the username, or null. */
export function usernameInPath(path: string): string | null {
  return /^\/@([A-Za-z0-9._]{1,30})\/?$/.exec(path)?.[1] ?? null;
}
