import { LABELS } from './labels.ts';
import { escapeHtml, page, relayPreload, sjsScript } from './html.ts';
import type { ThreadsState } from './state.ts';

/**
 * https://www.threads.com/@<username>: the profile header drawn from the user JSON embedded in the
 * page (text_post_app_is_private, full_name, biography, username), then posts, or the private
 * notice for a visitor who may not see them.
 */
export function profilePage(state: ThreadsState, viewer: string | null): string {
  if (viewer === null && state.variations.has('unrecognised-profile')) return unfamiliarProfilePage(state);
  const words = LABELS[state.language];
  const { account, settings } = state;
  const owner = viewer === account.username;
  const postsShown = owner || !settings.text_post_app_is_private;
  const user: Record<string, unknown> = {
    pk: account.pk, id: account.pk, username: account.username, full_name: account.full_name, biography: account.biography,
    ...(state.markup === 'changed' ? { is_private_profile_v2: { value: settings.text_post_app_is_private } } : { text_post_app_is_private: settings.text_post_app_is_private }),
    is_verified: false, follower_count: account.follower_count, bio_links: [],
    profile_pic_url: `https://www.threads.com/static/avatars/${account.pk}.jpg`,
  };
  const posts = postsShown
    ? state.posts.map((p) => `<div data-pressable-container="true"><a href="/@${escapeHtml(account.username)}/post/${p.code}"><time datetime="${new Date(p.taken_at * 1000).toISOString()}"></time></a><span>${escapeHtml(p.text)}</span></div>`).join('\n')
    : `<div class="private-notice"><span>${escapeHtml(words.privateNotice)}</span></div>`;
  const followers = words.followers(account.follower_count.toLocaleString('en-GB'));
  // Strangers get the count as a prompt to log in, never the list.
  const followersHtml = viewer === null
    ? `<a href="/login?next=%2F%40${escapeHtml(account.username)}">${escapeHtml(followers)}</a>`
    : `<div role="button" tabindex="0">${escapeHtml(followers)}</div>`;
  const prompt = viewer === null
    ? `<div role="region" aria-label="${escapeHtml(words.loginPrompt)}" class="login-banner"><span>${escapeHtml(words.loginPrompt)}</span><a href="/login">Log in with Instagram</a></div>`
    : '';
  // Name and handle on two lines, or run together on one (the 'name-handle-one-line' variation).
  const nameLines = state.variations.has('name-handle-one-line')
    ? `<h1>${escapeHtml(account.full_name)}<span class="handle">@${escapeHtml(account.username)}</span></h1>`
    : `<h1>${escapeHtml(account.full_name)}</h1><span>${escapeHtml(account.username)}</span>`;
  return page({
    title: `${account.full_name} (@${account.username}) • Threads`,
    language: state.language,
    viewer,
    variations: state.variations,
    data: sjsScript(relayPreload('BarcelonaProfileRootQuery', { user })),
    body: `<header class="profile-header">${nameLines}
<div class="bio">${escapeHtml(account.biography)}</div>${followersHtml}</header>
<div role="region" aria-label="Threads">${posts}</div>${prompt}`,
  });
}

/**
 * A public profile as a logged-out visitor may get it in a layout of another design: no profile
 * data, a generic title, posts as articles without their own links. A normal, visible profile.
 */
function unfamiliarProfilePage(state: ThreadsState): string {
  const { account } = state;
  const posts = state.settings.text_post_app_is_private ? '' : state.posts.map((p) => `<article><p>${escapeHtml(p.text)}</p></article>`).join('\n');
  return page({
    title: 'Threads', language: state.language, viewer: null, variations: state.variations,
    body: `<div class="x1n2onr6"><div class="x78zum5"><span dir="auto">${escapeHtml(account.full_name)}</span><span dir="auto">${escapeHtml(account.username)}</span></div>
<span dir="auto">${escapeHtml(account.biography)}</span></div><div class="x1a2a7pz">${posts}</div>`,
  });
}

export function notFoundPage(state: ThreadsState): string {
  return page({
    title: 'Threads', language: state.language, viewer: null,
    body: '<h1>Sorry, this page isn\'t available</h1><p>The link you followed may be broken, or the page may have been removed.</p>',
  });
}
