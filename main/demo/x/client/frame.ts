import type { XClientConfig } from './config.ts';
import type { XClientLib } from './lib.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

/** The app's layout. Returns the primary column that views fill. */
export function frame(lib: XClientLib, config: XClientConfig, title: string, signedIn: boolean): HTMLElement {
  document.title = title;
  const root = document.getElementById('react-root') ?? document.body;
  const nav = lib.el('nav', { role: 'navigation', 'aria-label': 'Primary' },
    lib.el('a', { href: '/home', 'aria-label': 'Home', ...lib.tid(config, 'AppTabBar_Home_Link') }, 'Home'),
    lib.el('a', { href: '/explore', 'aria-label': 'Search and explore', ...lib.tid(config, 'AppTabBar_Explore_Link') }, 'Explore'));
  const column = lib.el('div', lib.tid(config, 'primaryColumn'));
  const app = lib.el('div', { id: 'layers' });
  const parts: HTMLElement[] = [lib.el('header', { role: 'banner' }, nav), lib.el('main', { role: 'main' }, column)];
  if (!signedIn) {
    parts.push(lib.el('div', lib.tid(config, 'BottomBar'),
      lib.el('span', {}, 'Don’t miss what’s happening'),
      lib.el('span', {}, 'People on X are the first to know.'),
      lib.el('a', { href: '/i/flow/login', ...lib.tid(config, 'loginButton') }, 'Log in'),
      lib.el('a', { href: '/i/flow/signup', ...lib.tid(config, 'signupButton') }, 'Sign up')));
  }
  root.replaceChildren(app, ...parts);
  if (signedIn) lib.accountLinks(lib, config, lib.signedInUser(lib));
  lib.consentBanner(lib, config);
  return column;
}

/**
 * The signed-in side navigation's account parts, on every signed-in page: the "Profile" link to
 * /<handle> and the account switcher naming who is signed in. Drawn from the page's embedded state,
 * so they are there before (and whether or not) any API answer comes; without that state, from the
 * settings data once it has come.
 */
export function accountLinks(lib: XClientLib, config: XClientConfig, user: { screenName: string; name: string } | null): void {
  if (!user || document.querySelector('nav[aria-label="Primary"] a[aria-label="Profile"]')) return;
  document.querySelector('nav[aria-label="Primary"]')?.append(
    lib.el('a', { href: `/${user.screenName}`, 'aria-label': 'Profile', role: 'link', ...lib.tid(config, 'AppTabBar_Profile_Link') }, 'Profile'));
  document.querySelector('header')?.append(
    lib.el('button', { type: 'button', 'aria-label': 'Account menu', ...lib.tid(config, 'SideNav_AccountSwitcher_Button') },
      lib.el('span', {}, user.name), lib.el('span', {}, `@${user.screenName}`)));
}

/** Signed-in landing page. */
export function renderHome(lib: XClientLib, column: HTMLElement): void {
  column.replaceChildren(
    lib.el('h2', { role: 'heading', 'aria-level': '2' }, 'Home'),
    lib.el('div', { role: 'tablist' }, lib.el('a', { role: 'tab', 'aria-selected': 'true', href: '/home' }, 'For you')),
    lib.el('section', { role: 'region', 'aria-label': 'Timeline: Your Home Timeline' }));
}

/** X's generic failure state, shown for example when the API is rate limited. */
export function showError(lib: XClientLib, column: HTMLElement): void {
  const retry = lib.el('button', { type: 'button', role: 'button' }, lib.el('span', {}, 'Retry'));
  retry.addEventListener('click', () => { location.reload(); });
  column.replaceChildren(lib.el('div', {}, lib.el('span', {}, 'Something went wrong. Try reloading.'), retry));
}

export function showNotFound(lib: XClientLib, config: XClientConfig, column: HTMLElement): void {
  document.title = 'Page not found / X';
  column.replaceChildren(lib.el('div', lib.tid(config, 'error-detail'),
    lib.el('span', {}, 'Hmm...this page doesn’t exist. Try searching for something else.'),
    lib.el('a', { href: '/explore', role: 'link' }, 'Search')));
}

/** /account/access: where X sends a locked account to pass a challenge. */
export function showAccess(lib: XClientLib, config: XClientConfig): void {
  const column = lib.frame(lib, config, 'Account access / X', false);
  column.replaceChildren(lib.el('div', {},
    lib.el('h1', {}, 'Your account has been locked.'),
    lib.el('p', {}, 'We’ve detected some unusual activity coming from your account. To protect it, we’ve temporarily locked it.'),
    lib.el('button', { type: 'button', role: 'button' }, 'Start')));
}

export function showLanding(lib: XClientLib, config: XClientConfig): void {
  const column = lib.frame(lib, config, 'X. It’s what’s happening / X', false);
  column.replaceChildren(lib.el('h1', {}, 'Happening now'), lib.el('h2', {}, 'Join today.'),
    lib.el('a', { href: '/i/flow/login', ...lib.tid(config, 'loginButton') }, 'Sign in'));
}

/** The analytics pixel every page fires (a third-party host the audit browser must never reach). */
export function track(config: XClientConfig): void {
  const pixel = new Image();
  pixel.src = `${config.trackingPixel}?v=2&en=page_view&dl=${encodeURIComponent(location.href)}`;
}
