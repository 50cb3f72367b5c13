import type { XClientConfig } from './config.ts';
import type { XClientLib } from './lib.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => { setTimeout(resolve, ms); });
}

export function varies(config: XClientConfig, variation: string): boolean {
  return config.variations.includes(variation);
}

/**
 * X turning away a client it takes for automated: the app shell with nothing in it but X's error
 * page, drawn by script after load, and no data asked for (its API answers code 226 all the same).
 */
export function showAutomationGate(lib: XClientLib): void {
  document.title = 'X';
  const retry = lib.el('button', { type: 'button', role: 'button' }, lib.el('span', {}, 'Try again'));
  retry.addEventListener('click', () => { location.reload(); });
  (document.getElementById('react-root') ?? document.body).replaceChildren(lib.el('div', { role: 'alert' },
    lib.el('span', {}, 'Something went wrong, but don’t fret — let’s give it another shot.'), retry));
}

/** A message X draws late, instead of the page, with no API answer saying so first. */
export function showLateNotice(lib: XClientLib, config: XClientConfig, notice: 'rate-limited' | 'challenge' | 'blocked'): void {
  const column = lib.frame(lib, config, 'X', false);
  const words = {
    'rate-limited': ['Sorry, you are rate limited.', 'Please wait a few moments then try again.'],
    challenge: ['Your account has been locked.', 'We’ve detected some unusual activity coming from your account. To protect it, we’ve temporarily locked it.'],
    blocked: ['Your account is suspended', 'After careful review, we determined your account broke the X Rules.'],
  }[notice];
  column.replaceChildren(lib.el('div', { role: 'alert' }, lib.el('h1', {}, words[0] ?? ''), lib.el('p', {}, words[1] ?? '')));
}

/**
 * X's UK cookie banner, open on arrival until a choice is made (remembered in the d_prefs cookie).
 * It sits over the page; choosing only sets the cookie, as on X.
 */
export function consentBanner(lib: XClientLib, config: XClientConfig): void {
  if (!lib.varies(config, 'consent-dialog') || lib.cookie('d_prefs') !== null) return;
  const choose = (value: string) => () => {
    document.cookie = `d_prefs=${value}; Max-Age=31536000; Domain=.x.com; Path=/; Secure; SameSite=None`;
    banner.remove();
  };
  const accept = lib.el('button', { type: 'button', role: 'button' }, lib.el('span', {}, 'Accept all cookies'));
  const refuse = lib.el('button', { type: 'button', role: 'button' }, lib.el('span', {}, 'Refuse non-essential cookies'));
  accept.addEventListener('click', choose('MjoxLGNvbnNlbnRfdmVyc2lvbjoyLHRleHRfdmVyc2lvbjoxMDAw'));
  refuse.addEventListener('click', choose('MjowLGNvbnNlbnRfdmVyc2lvbjoyLHRleHRfdmVyc2lvbjoxMDAw'));
  const banner = lib.el('div', { role: 'dialog', 'aria-labelledby': 'cookie-banner-title', ...lib.tid(config, 'BottomBar') },
    lib.el('h2', { id: 'cookie-banner-title' }, 'Did someone say … cookies?'),
    lib.el('p', {}, 'X and its partners use cookies to provide you with a better, safer and faster service and to support our business. ' +
      'Some cookies are necessary to use our services, improve our services, and make sure they work properly.'),
    accept, refuse);
  document.getElementById('layers')?.append(banner);
}

/** A profile header in a layout the reader has not met: no test ids, the parts in other elements. */
export function unfamiliarProfile(lib: XClientLib, user: unknown, name: string, screenName: string): HTMLElement {
  const bio = lib.str(lib.pick(user, 'profile_bio', 'description'), lib.str(lib.pick(user, 'legacy', 'description')));
  const place = lib.str(lib.pick(user, 'location', 'location'));
  return lib.el('section', { 'aria-label': 'Profile' },
    lib.el('h1', {}, name),
    lib.el('p', {}, `@${screenName}`),
    bio ? lib.el('p', {}, bio) : '',
    place ? lib.el('p', {}, place) : '');
}

/** Posts in the same unfamiliar layout: a plain list. */
export function unfamiliarPosts(lib: XClientLib, column: HTMLElement, body: unknown): void {
  const instructions = lib.pick(body, 'data', 'user', 'result', 'timeline', 'timeline', 'instructions');
  const entries = Array.isArray(instructions) ? instructions.flatMap((i: unknown) => {
    const list = lib.pick(i, 'entries');
    return Array.isArray(list) ? list as unknown[] : [];
  }) : [];
  column.append(lib.el('ul', { 'aria-label': 'Posts' }, ...entries.map((entry) =>
    lib.el('li', {}, lib.str(lib.pick(entry, 'content', 'itemContent', 'tweet_results', 'result', 'legacy', 'full_text'))))));
}
