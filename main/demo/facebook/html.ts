/** Small HTML helpers for the Facebook emulator's server-rendered pages. */
import type { FacebookState } from './state.ts';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Where the page script lives, as Facebook serves its bundles (rsrc.php on static.xx.fbcdn.net). */
export const CLIENT_SCRIPT_URL = 'https://static.xx.fbcdn.net/rsrc.php/v4/yS/r/chaperone-emulated-comet.js';

export interface DocumentParts {
  lang: string;
  title: string;
  body: string;
  /** Inline configuration the page script reads (Facebook puts its bootstrap data inline too). */
  config?: Record<string, unknown>;
}

/** A whole page; `lang` is what the reader checks before matching any label. */
export function document(parts: DocumentParts): string {
  const config = parts.config === undefined ? ''
    : `<script>window.__emulatedComet=${JSON.stringify(parts.config).replace(/</g, '\\u003c')};</script>`;
  return `<!DOCTYPE html><html lang="${esc(parts.lang)}" id="facebook"><head><meta charset="utf-8">`
    + `<title>${esc(parts.title)}</title><link rel="icon" href="https://static.xx.fbcdn.net/rsrc.php/yb/r/favicon.ico"></head>`
    + `<body>${parts.body}${config}<script src="${CLIENT_SCRIPT_URL}"></script></body></html>`;
}

/** The top bar of a signed-in page: the profile shortcut carries the user's name. */
export function banner(state: FacebookState): string {
  const { account } = state;
  const href = account.username === null ? `/profile.php?id=${account.id}` : `/${account.username}`;
  return `<div role="banner"><a href="/" aria-label="Facebook">facebook</a>`
    + `<a href="${esc(href)}" aria-label="${esc(account.name)}"><span dir="auto">${esc(account.name.split(' ')[0] ?? '')}</span></a></div>`;
}

export function htmlLang(state: FacebookState): string {
  return state.language === 'fr' ? 'fr' : 'en';
}
