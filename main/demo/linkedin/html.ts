import { lateContentDelayMs } from '../variations.ts';
import type { LinkedInState } from './state.ts';

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface PageParts {
  title: string;
  body: string;
  /** Extra `<head>` content, e.g. an inline script. */
  head?: string;
  lang?: string;
  signedIn: boolean;
  /** Server-rendered page data (datalets), outside the part the app's script draws. */
  data?: string;
  /** Variation switches that change the frame: content drawn late, a consent dialog on arrival. */
  state?: LinkedInState;
}

/**
 * LinkedIn's page frame: the global nav for members, the guest header otherwise. Under
 * 'late-content' a member page's main content is drawn by script after load (LinkedIn's app is a
 * single-page app); under 'consent-dialog' the UK cookie notice is open over the page.
 */
export function page(parts: PageParts): string {
  const nav = parts.signedIn
    ? '<header id="global-nav" class="global-nav"><nav aria-label="Primary Navigation"><a href="/feed/">Home</a> <a href="/mynetwork/">My Network</a> <button type="button">Me</button></nav></header>'
    : '<header class="nav"><a class="nav__logo-link" href="/">LinkedIn</a> <a class="nav__button-secondary" href="/login">Sign in</a></header>';
  const variations = parts.state?.variations ?? new Set();
  const lateMs = parts.signedIn ? lateContentDelayMs(variations) : 0;
  const main = lateMs === 0
    ? `<main id="main" class="scaffold-layout__main">${parts.body}</main>`
    : `<main id="main" class="scaffold-layout__main"><div class="initial-load-animation" aria-busy="true"></div></main>
<template id="late-main">${parts.body}</template>
<script>setTimeout(function () {
  document.getElementById('main').replaceChildren(document.getElementById('late-main').content.cloneNode(true));
}, ${String(lateMs)});</script>`;
  const consent = variations.has('consent-dialog') ? CONSENT_DIALOG : '';
  return `<!DOCTYPE html>
<html lang="${esc(parts.lang ?? 'en')}">
<head><meta charset="utf-8"><title>${esc(parts.title)}</title>
<link rel="icon" href="https://static.licdn.com/aero-v1/sc/h/al2o9zrvru7aqj8e1x2rzsrca">
${parts.head ?? ''}</head>
<body>${consent}${nav}${main}${parts.data ?? ''}</body>
</html>`;
}

/**
 * LinkedIn's UK cookie notice ("LinkedIn respects your privacy"), with its Accept and Reject
 * buttons and the preference switches behind "Manage preferences". Reading only: nothing saves.
 */
const CONSENT_DIALOG = `<section role="dialog" aria-labelledby="consent-title" class="artdeco-global-alert artdeco-global-alert--COOKIE_CONSENT">
<h2 id="consent-title">LinkedIn respects your privacy</h2>
<p>LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure, analyse and improve our Services, and to show you relevant ads (including professional and job ads) on and off LinkedIn.</p>
<div><input type="checkbox" role="switch" id="consent-ads" aria-label="Advertising cookies" checked onclick="return false">
<input type="checkbox" role="switch" id="consent-analytics" aria-label="Analytics and research cookies" checked onclick="return false"></div>
<button type="button" onclick="this.closest('section').remove()">Accept</button>
<button type="button" onclick="this.closest('section').remove()">Reject</button>
</section>`;

/** `<html lang>` LinkedIn would send for this member. */
export function langOf(state: LinkedInState): string {
  return state.language === 'de' ? 'de-DE' : 'en-GB';
}
