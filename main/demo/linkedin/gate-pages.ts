import { esc, page } from './html.ts';

/** /login (and /uas/login): LinkedIn's sign-in form. */
export function loginPage(error: string | null): string {
  return page({
    title: 'LinkedIn Login, Sign in | LinkedIn',
    signedIn: false,
    body: `<div class="login__form_action_container"><h1 class="header__content__heading">Sign in</h1>
${error === null ? '' : `<div id="error-for-password" role="alert" class="form__label--error">${esc(error)}</div>`}
<form class="login__form" method="post" action="/checkpoint/lg/login-submit">
<label for="username">Email or phone</label><input id="username" name="session_key" type="text" autocomplete="username">
<label for="password">Password</label><input id="password" name="session_password" type="password" autocomplete="current-password">
<button class="btn__primary--large from__button--floating" type="submit" aria-label="Sign in">Sign in</button>
</form></div>`,
  });
}

/** /checkpoint/challenge/…: "Let's do a quick security check". */
export function challengePage(): string {
  return page({
    title: 'Security Verification | LinkedIn',
    signedIn: false,
    body: '<h1>Let\'s do a quick security check</h1><p>We need to verify it\'s you before you continue.</p><form><button type="submit">Start puzzle</button></form>',
  });
}

/** The page LinkedIn shows a member whose account it has restricted. */
export function restrictedPage(): string {
  return page({
    title: 'Account restricted | LinkedIn',
    signedIn: false,
    body: '<h1>Your account has been restricted</h1><p>We\'ve restricted your account temporarily because we noticed unusual activity.</p>',
  });
}

/** LinkedIn's answer to too many page loads (HTTP 429, or 999 "Request denied"). */
export function tooManyPagesPage(): string {
  return page({
    title: 'LinkedIn',
    signedIn: false,
    body: '<h1>Request denied</h1><p>It looks like you\'re visiting a very high number of pages on LinkedIn. Please try again later.</p>',
  });
}

/**
 * The restriction LinkedIn puts on an account it believes is run by automation (its User
 * Agreement prohibits software that automates activity on LinkedIn).
 */
const AUTOMATED_NOTICE = '<h1>Your account has been temporarily restricted</h1><p>We\'ve noticed activity from your account that looks automated, such as the use of software or browser extensions that automate activity on LinkedIn. Confirm that you\'re a real person to continue.</p><button type="button">Continue</button>';

const LATE_NOTICES: Record<LateNotice, { title: string; body: string }> = {
  'rate-limited': { title: 'LinkedIn', body: '<h1>Request denied</h1><p>It looks like you\'re visiting a very high number of pages on LinkedIn. Please try again later.</p>' },
  challenge: { title: 'Security Verification | LinkedIn', body: '<h1>Let\'s do a quick security check</h1><p>We need to verify it\'s you before you continue.</p><button type="button">Start puzzle</button>' },
  restricted: { title: 'Account restricted | LinkedIn', body: '<h1>Your account has been restricted</h1><p>We\'ve restricted your account temporarily because we noticed unusual activity.</p>' },
  automated: { title: 'Account restricted | LinkedIn', body: AUTOMATED_NOTICE },
};

export type LateNotice = 'rate-limited' | 'challenge' | 'restricted' | 'automated';

/**
 * An ordinary-looking member page (HTTP 200, no redirect) whose app, once loaded, draws one of
 * LinkedIn's notices instead of the page, `delayMs` after the document loads.
 */
export function lateNoticePage(notice: LateNotice, delayMs: number): string {
  const { title, body } = LATE_NOTICES[notice];
  return page({
    title: 'LinkedIn',
    signedIn: true,
    body: `<div class="initial-load-animation" aria-busy="true"></div>
<template id="notice">${body}</template>
<script>setTimeout(function () {
  document.title = ${JSON.stringify(title)};
  document.getElementById('main').replaceChildren(document.getElementById('notice').content.cloneNode(true));
}, ${String(delayMs)});</script>`,
  });
}
