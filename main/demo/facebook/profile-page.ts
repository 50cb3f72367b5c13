/**
 * A Facebook profile as its owner sees it and as a logged-out stranger sees it: the name in h1,
 * the Intro card (bio, "Works at …"), the Friends section and the posts. Strangers get only what
 * is public, under Facebook's "log in to see more" box.
 */
import { banner, document, esc, htmlLang } from './html.ts';
import type { FacebookState } from './state.ts';

interface ProfileWords { intro: string; worksAt: string; livesIn: string; friends: string; posts: string; noPosts: string; editBio: string }

const EN: ProfileWords = {
  intro: 'Intro', worksAt: 'Works at', livesIn: 'Lives in', friends: 'Friends', posts: 'Posts', noPosts: 'No posts available', editBio: 'Edit bio',
};
const FR: ProfileWords = {
  intro: 'Intro', worksAt: 'Travaille chez', livesIn: 'Habite à', friends: 'Amis', posts: 'Publications', noPosts: 'Aucune publication disponible', editBio: 'Modifier la bio',
};

export function profilePath(state: FacebookState): string {
  return state.account.username === null ? `/profile.php?id=${state.account.id}` : `/${state.account.username}`;
}

/** Does this request path (and query) name the emulated profile? */
export function isProfileRequest(state: FacebookState, url: URL): boolean {
  if (url.pathname === '/profile.php') return url.searchParams.get('id') === state.account.id;
  const name = url.pathname.replace(/^\/|\/$/g, '').toLowerCase();
  return state.account.username !== null && name === state.account.username.toLowerCase();
}

export function ownerProfilePage(state: FacebookState): string {
  const words = state.language === 'fr' ? FR : EN;
  const { account } = state;
  const bio = account.bio === '' ? '' : `<div class="xieb3on"><span dir="auto">${esc(account.bio)}</span></div>`;
  const details = [
    account.workplace === '' ? '' : `<li><i class="icon-work"></i><span dir="auto">${esc(words.worksAt)} <a href="/search/?q=${encodeURIComponent(account.workplace)}">${esc(account.workplace)}</a></span></li>`,
    account.city === '' ? '' : `<li><i class="icon-home"></i><span dir="auto">${esc(words.livesIn)} <a href="/search/?q=${encodeURIComponent(account.city)}">${esc(account.city)}</a></span></li>`,
  ].join('');
  const intro = `<div class="intro"><h2><span dir="auto">${words.intro}</span></h2>${bio}`
    + `<div role="button" tabindex="0">${esc(words.editBio)}</div><ul>${details}</ul></div>`;
  const body = `${banner(state)}<div role="main">${nameHeading(state)}${intro}`
    + `${friendsSection(state, words)}${postsSection(state, words, false)}</div>`;
  return document({ lang: htmlLang(state), title: `${account.name} | Facebook`, body });
}

/** The profile's h1; under 'name-handle-one-line' the @handle is drawn on the same line, right after the name. */
function nameHeading(state: FacebookState): string {
  const { account } = state;
  if (!state.variations.has('name-handle-one-line') || account.username === null) return `<h1>${esc(account.name)}</h1>`;
  return `<h1><span dir="auto">${esc(account.name)}</span><span dir="auto">@${esc(account.username)}</span></h1>`;
}

export function strangerProfilePage(state: FacebookState): string {
  if (state.variations.has('unrecognised-profile')) return unfamiliarStrangerPage(state);
  const { account, settings } = state;
  const workplace = account.workplace !== '' && account.workplaceAudience === 'public'
    ? `<ul><li><i class="icon-work"></i><span dir="auto">Works at <a href="/search/?q=${encodeURIComponent(account.workplace)}">${esc(account.workplace)}</a></span></li></ul>` : '';
  const bio = account.bio === '' ? '' : `<div class="xieb3on"><span dir="auto">${esc(account.bio)}</span></div>`;
  const intro = bio === '' && workplace === '' ? '' : `<div class="intro"><h2><span dir="auto">Intro</span></h2>${bio}${workplace}</div>`;
  const friends = settings.friends_list_audience === 'public' ? friendsSection(state, EN) : '';
  const overlay = `<div role="dialog" aria-label="Log in or sign up for Facebook"><span dir="auto">See more from ${esc(account.name)}</span>`
    + '<form method="post" action="/login/device-based/regular/login/"><input type="text" name="email" placeholder="Email or phone number">'
    + '<input type="password" name="pass" placeholder="Password"><button type="submit" name="login">Log in</button></form>'
    + '<a href="/r.php" role="button">Create new account</a></div>';
  const body = `<div role="main">${nameHeading(state)}${intro}${friends}${postsSection(state, EN, true)}</div>${overlay}`;
  return document({ lang: 'en', title: `${account.name} | Facebook`, body });
}

/**
 * 'unrecognised-profile': the same public profile in a layout of plain styled boxes (no
 * [role=main], no headings, posts not marked as articles), as a redesign or an experiment draws it.
 */
function unfamiliarStrangerPage(state: FacebookState): string {
  const { account } = state;
  const posts = state.posts.filter((p) => p.audience === 'public')
    .map((p) => `<div class="x1yztbdb"><span>${esc(account.name)}</span><span>${esc(p.date)}</span><div>${esc(p.text)}</div></div>`).join('');
  const body = `<div class="x9f619"><div class="x1lliihq"><span class="x1heor9g">${esc(account.name)}</span></div>`
    + `<div class="xieb3on">${esc(account.bio)}</div><div class="x1n2onr6">${posts}</div></div>`;
  return document({ lang: 'en', title: `${account.name} | Facebook`, body });
}

function friendsSection(state: FacebookState, words: ProfileWords): string {
  const list = state.account.friends.map((name) => `<li><a href="/search/?q=${encodeURIComponent(name)}">${esc(name)}</a></li>`).join('');
  return `<div class="friends"><h2><span dir="auto">${words.friends}</span></h2><span dir="auto">${state.account.friends.length} ${words.friends.toLowerCase()}</span><ul>${list}</ul></div>`;
}

function postsSection(state: FacebookState, words: ProfileWords, stranger: boolean): string {
  const shown = state.posts.filter((p) => !stranger || p.audience === 'public');
  const articles = shown.map((p) => `<div role="article" aria-posinset="1"><span dir="auto">${esc(state.account.name)}</span>`
    + `<a href="/${esc(state.account.username ?? state.account.id)}/posts/${p.id}">${esc(p.date)}</a><div dir="auto">${esc(p.text)}</div></div>`).join('');
  const empty = shown.length === 0 ? `<span dir="auto">${words.noPosts}</span>` : '';
  return `<div class="feed"><h2><span dir="auto">${words.posts}</span></h2>${articles}${empty}</div>`;
}
