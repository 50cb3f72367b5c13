import { esc, langOf, page } from './html.ts';
import type { LinkedInState } from './state.ts';

function fullName(state: LinkedInState, lastNameFull: boolean): string {
  const { firstName, lastName } = state.profile;
  return lastNameFull ? `${firstName} ${lastName}` : `${firstName} ${lastName.slice(0, 1)}.`;
}

/** A member's view of /in/<vanity>/: the top card with its "Current company" button. */
export function memberProfilePage(state: LinkedInState): string {
  const p = state.profile;
  const company = p.currentCompany === '' ? ''
    : `<ul class="pv-text-details__right-panel"><li><button type="button" aria-label="Current company: ${esc(p.currentCompany)}. Click to skip to experience card">
<span>${esc(p.currentCompany)}</span></button></li></ul>`;
  // 'name-handle-one-line': the name and the profile's own address drawn side by side.
  const name = state.variations.has('name-handle-one-line')
    ? `<div class="pv-top-card__name-line"><h1 class="text-heading-xlarge">${esc(fullName(state, true))}</h1> <a href="/in/${esc(p.publicIdentifier)}/">linkedin.com/in/${esc(p.publicIdentifier)}</a></div>`
    : `<h1 class="text-heading-xlarge">${esc(fullName(state, true))}</h1>`;
  return page({
    title: `${fullName(state, true)} | LinkedIn`,
    lang: langOf(state),
    signedIn: true,
    state,
    body: `<section class="artdeco-card pv-top-card">${name}
<div class="text-body-medium break-words">${esc(p.headline)}</div>${company}
<span class="text-body-small">${esc(p.location)}</span> <a id="top-card-text-details-contact-info" href="/in/${esc(p.publicIdentifier)}/overlay/contact-info/">Contact info</a>
<a href="/mynetwork/invite-connect/connections/"><span class="t-bold">${String(p.connections)}</span> connections</a></section>`,
  });
}

/**
 * What a logged-out visitor gets at /in/<vanity>/ when the public profile is on: name (last
 * initial only when the member chose so), headline, current company, location, a connections
 * count and recent activity. English, as LinkedIn serves guests by their browser's language.
 */
export function publicProfilePage(state: LinkedInState): string {
  const p = state.profile;
  const name = fullName(state, state.settings.fullLastNameShown);
  const count = p.connections > 500 ? '500+ connections' : `${String(p.connections)} connections`;
  const company = p.currentCompany === '' ? ''
    : `<div class="top-card__links-container"><div data-section="currentPositionsDetails"><a class="top-card-link" href="/company/${esc(slug(p.currentCompany))}"><span class="top-card-link__description">${esc(p.currentCompany)}</span></a></div></div>`;
  const posts = state.posts.map((post) => `<li><article class="base-card main-activity-card"><p class="base-main-card__title">${esc(post.text)}</p><span class="base-main-card__metadata">${esc(post.age)}</span></article></li>`).join('');
  const activity = state.posts.length === 0 ? '' : `<section class="core-section-container" data-section="posts"><h2>Activity</h2><ul>${posts}</ul></section>`;
  if (state.variations.has('unrecognised-profile')) return redesignedPublicProfile(state, name, count);
  return page({
    title: `${name} - ${p.headline} | LinkedIn`,
    signedIn: false,
    state,
    body: `<section class="top-card-layout"><h1 class="top-card-layout__title">${esc(name)}</h1>
<h2 class="top-card-layout__headline">${esc(p.headline)}</h2>${company}
<h3 class="top-card-layout__first-subline"><div class="top-card__subline-item">${esc(p.location)}</div>
<span class="top-card__subline-item">${count}</span></h3></section>${activity}`,
  });
}

/**
 * The public profile in a layout the reader has never seen ('unrecognised-profile'): the same
 * name, headline, location and posts, under other markup, as after a redesign.
 */
function redesignedPublicProfile(state: LinkedInState, name: string, count: string): string {
  const p = state.profile;
  const posts = state.posts.map((post) => `<div class="feed-item"><p>${esc(post.text)}</p><small>${esc(post.age)}</small></div>`).join('');
  return page({
    title: `${name} - ${p.headline} | LinkedIn`,
    signedIn: false,
    state,
    body: `<div class="profile-hero"><div class="profile-hero__name" role="heading" aria-level="1">${esc(name)}</div>
<div class="profile-hero__tagline">${esc(p.headline)}</div><div class="profile-hero__meta">${esc(p.location)} · ${count}</div></div>
<div class="profile-feed"><div class="profile-feed__title">Activity</div>${posts}</div>`,
  });
}

/** The sign-in wall LinkedIn puts in front of profiles for logged-out visitors. */
export function authwallPage(): string {
  return page({
    title: 'Sign Up | LinkedIn',
    signedIn: false,
    body: '<section class="authwall-join-form"><h1>Join LinkedIn</h1><p>Sign in to view the full profile.</p><a href="/login">Sign in</a></section>',
  });
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
