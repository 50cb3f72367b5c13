import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies, redirect, sendHtml } from '../http-util.ts';
import { PROFILE_APP_SCRIPT } from './app-script.ts';
import { esc } from './markup.ts';
import { sessionOf } from './sessions.ts';
import type { InstagramState } from './state.ts';
import { consentDialog, drawnLate } from './variation-markup.ts';

/**
 * /<username>/: the profile as a visitor gets it. A logged-out visitor may be sent to log in;
 * otherwise the header (name, category, bio, counts), then either the grid of posts or "This
 * account is private". A stranger's followers count leads to the login page, not the list.
 */
export function profilePage(state: InstagramState, req: IncomingMessage, res: ServerResponse): void {
  const owner = sessionOf(state, req) !== null;
  const a = state.account;
  if (!owner && state.strangerLoginWall) { redirect(res, `/accounts/login/?next=${encodeURIComponent(`/${a.username}/`)}`); return; }
  const isPrivate = state.settings.is_private;
  const followersHref = owner ? `/${a.username}/followers/` : `/accounts/login/?next=${encodeURIComponent(`/${a.username}/followers/`)}`;
  const followers = isPrivate && !owner
    ? `<li><span>${String(a.followers)}</span> followers</li>`
    : `<li><a href="${esc(followersHref)}"><span>${String(a.followers)}</span> followers</a></li>`;
  const body = isPrivate && !owner
    ? '<article><h2>This account is private</h2><div>Follow to see their photos and videos.</div></article>'
    : `<article>${state.posts.map((p) => `<a href="${postHref(state, p.shortcode)}"><img alt="${esc(p.caption)}" src="https://scontent-lhr8-1.cdninstagram.com/v/t51.29350-15/${p.shortcode}.jpg"></a>`).join('')}</article>`;
  const title = `${a.full_name} (@${a.username}) • Instagram photos and videos`;
  const unknownLayout = state.variations.has('unrecognised-profile');
  const names = state.variations.has('name-handle-one-line')
    ? `<div class="names"><span>${esc(a.full_name)}</span><span>@${esc(a.username)}</span></div>`
    : `<h2>${esc(a.username)}</h2>`;
  const nameLine = state.variations.has('name-handle-one-line') ? '' : `<span>${esc(a.full_name)}</span>`;
  const category = a.is_professional && a.category_name !== '' ? `<div>${esc(a.category_name)}</div>` : '';
  const header = unknownLayout
    ? `<div class="pf-top"><div class="pf-name">${esc(a.full_name)}</div><div class="pf-user">${esc(a.username)}</div>${category}<p>${esc(a.biography)}</p>` +
      `<div>${String(state.posts.length)} posts · ${String(a.followers)} followers · ${String(a.following)} following</div></div>`
    : `<header>${names}<ul><li><span>${String(state.posts.length)}</span> posts</li>${followers}<li><span>${String(a.following)}</span> following</li></ul>` +
      `<section>${nameLine}${category}<h1 dir="auto">${esc(a.biography)}</h1></section></header>`;
  // Without embedded data, or in a layout of its own, the page loads its data some other way.
  const fetches = !unknownLayout && !state.variations.has('missing-embedded-data');
  sendHtml(res, 200, `<!DOCTYPE html>
<html lang="en" class="js ${owner ? 'logged-in' : 'not-logged-in'} client-root">
<head><meta charset="utf-8"><title>${esc(unknownLayout ? 'Instagram' : title)}</title>
${unknownLayout ? '' : `<meta property="og:title" content="${esc(title)}">`}
<meta property="og:description" content="${String(a.followers)} Followers, ${String(a.following)} Following, ${String(state.posts.length)} Posts - See Instagram photos and videos from ${esc(a.full_name)} (@${esc(a.username)})">
</head>
<body>
<main id="ig-profile" data-username="${esc(a.username)}">
${drawnLate(state, 'profile-header', 'div', header)}
${drawnLate(state, 'profile-grid', 'div', body, GRID_LATER_MS)}
</main>
${owner ? '' : consentDialog(state, parseCookies(req).has('ig_cb'))}
${fetches ? `<script>${PROFILE_APP_SCRIPT}</script>` : ''}
</body></html>`);
}

/** Instagram's grid comes from a request of its own after the header: drawn this much later when content is late. */
const GRID_LATER_MS = 600;

/** Post links as the grid draws them; the unknown layout uses full addresses. */
function postHref(state: InstagramState, shortcode: string): string {
  return state.variations.has('unrecognised-profile') ? `https://www.instagram.com/p/${shortcode}/` : `/p/${shortcode}/`;
}

export function notFoundPage(res: ServerResponse): void {
  sendHtml(res, 404, `<!DOCTYPE html><html lang="en"><head><title>Page not found • Instagram</title></head>
<body><main><h2>Sorry, this page isn't available.</h2><p>The link you followed may be broken, or the page may have been removed.</p></main></body></html>`);
}
