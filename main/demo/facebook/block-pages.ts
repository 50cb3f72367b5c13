/** The pages Facebook shows instead of the one asked for: login, checkpoint, blocks (research §1.4). */
import { document, esc } from './html.ts';

export function loginPage(next: string | null, error: string | null): string {
  const alert = error === null ? '' : `<div role="alert">${esc(error)}</div>`;
  const nextField = next === null ? '' : `<input type="hidden" name="next" value="${esc(next)}">`;
  return document({
    lang: 'en', title: 'Log in to Facebook',
    body: '<div role="main"><h2>Log in to Facebook</h2>'
      + `${alert}<form id="login_form" method="post" action="/login/device-based/regular/login/">${nextField}`
      + '<input type="text" id="email" name="email" placeholder="Email address or phone number" autocomplete="username">'
      + '<input type="password" id="pass" name="pass" placeholder="Password" autocomplete="current-password">'
      + '<button type="submit" name="login" id="loginbutton">Log in</button></form>'
      + '<a href="/recover/initiate/">Forgotten password?</a></div>',
  });
}

export function checkpointPage(): string {
  return document({
    lang: 'en', title: 'Security check',
    body: '<div role="main"><h2>Confirm your identity</h2><span dir="auto">We noticed unusual activity on your account. '
      + 'To keep it safe, confirm that it is you before you continue.</span><div role="button">Continue</div></div>',
  });
}

export function blockedPage(): string {
  return document({
    lang: 'en', title: "You're temporarily blocked",
    body: "<div role=\"main\"><h2>You're temporarily blocked</h2><span dir=\"auto\">You can't use this feature right now. "
      + 'We limit how often you can do certain things on Facebook to protect our community.</span><div role="button">OK</div></div>',
  });
}

/** Facebook's "going too fast" page, answered with 429 here. */
export function tooFastPage(): string {
  return document({
    lang: 'en', title: "You're temporarily blocked",
    body: "<div role=\"main\"><h2>You're going too fast</h2><span dir=\"auto\">It looks like you were misusing this feature by going too fast. "
      + "You've been temporarily blocked from using it.</span></div>",
  });
}

export function homePage(bannerHtml: string, lang: string): string {
  return document({ lang, title: 'Facebook', body: `${bannerHtml}<div role="main"><h2>Feed</h2></div>` });
}

/**
 * Facebook's warning to a client it takes for a bot ("We suspect automated behavior on your
 * account", with a Dismiss button), drawn in place of the page.
 */
export function automationGatePage(): string {
  return document({
    lang: 'en', title: 'Facebook',
    body: '<div role="main"><h2><span dir="auto">We suspect automated behavior on your account</span></h2>'
      + '<span dir="auto">To prevent your account from being temporarily restricted, please confirm that you are the one using it '
      + 'and that you understand our automated behaviour policies.</span><div role="button" tabindex="0">Dismiss</div></div>',
  });
}

/**
 * The app shell answered with HTTP 200 whose embedded data carries a rate-limit error (GraphQL
 * error 1675004, "Rate limit exceeded"); on screen the app draws only its generic error.
 */
export function rateLimitMessagePage(): string {
  const errors = JSON.stringify({ errors: [{ message: 'Rate limit exceeded', severity: 'CRITICAL', code: 1675004 }] });
  return document({
    lang: 'en', title: 'Facebook',
    body: '<div role="main"><div role="alert"><span dir="auto">Sorry, something went wrong.</span>'
      + "<span dir=\"auto\">We're working on getting this fixed as soon as we can.</span></div></div>"
      + `<script type="application/json" data-sjs>${errors}</script>`,
  });
}
