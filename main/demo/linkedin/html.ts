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
}

/** LinkedIn's page frame: the global nav for members, the guest header otherwise. */
export function page(parts: PageParts): string {
  const nav = parts.signedIn
    ? '<header id="global-nav" class="global-nav"><nav aria-label="Primary Navigation"><a href="/feed/">Home</a> <a href="/mynetwork/">My Network</a> <button type="button">Me</button></nav></header>'
    : '<header class="nav"><a class="nav__logo-link" href="/">LinkedIn</a> <a class="nav__button-secondary" href="/login">Sign in</a></header>';
  return `<!DOCTYPE html>
<html lang="${esc(parts.lang ?? 'en')}">
<head><meta charset="utf-8"><title>${esc(parts.title)}</title>
<link rel="icon" href="https://static.licdn.com/aero-v1/sc/h/al2o9zrvru7aqj8e1x2rzsrca">
${parts.head ?? ''}</head>
<body>${nav}<main id="main" class="scaffold-layout__main">${parts.body}</main></body>
</html>`;
}

/** `<html lang>` LinkedIn would send for this member. */
export function langOf(state: LinkedInState): string {
  return state.language === 'de' ? 'de-DE' : 'en-GB';
}
