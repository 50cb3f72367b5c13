/**
 * How a finished Facebook page reaches the browser under the variation switches: Facebook's web
 * app (Comet) sends a near-empty document and draws the page from script, so 'late-content' moves
 * the whole body into a template drawn 0.5 s or 4 s after load; 'consent-dialog' puts the UK
 * cookie dialog ("Allow the use of cookies from Facebook on this browser?") over the page on arrival.
 */
import { lateContentDelayMs } from '../variations.ts';
import type { FacebookState } from './state.ts';

export const CONSENT_TITLE = 'Allow the use of cookies from Facebook on this browser?';

/** The cookie dialog as Facebook shows it in the UK; its buttons are handled by the page script. */
export function consentDialog(): string {
  return '<div role="dialog" aria-modal="true" aria-labelledby="cookie-consent-title" data-cookie-consent="1" '
    + 'style="position:fixed;inset:0;z-index:100;background:rgba(255,255,255,0.95)">'
    + `<h2 id="cookie-consent-title"><span dir="auto">${CONSENT_TITLE}</span></h2>`
    + '<span dir="auto">We use cookies to help personalise content, tailor and measure ads, and provide a safer experience.</span>'
    + '<div role="button" tabindex="0" data-consent-choice="essential">Decline optional cookies</div>'
    + '<div role="button" tabindex="0" data-consent-choice="all">Allow all cookies</div></div>';
}

/** The page as sent, with the switches that change how any page arrives applied to it. */
export function asServed(state: FacebookState, html: string, drawLateMs = lateContentDelayMs(state.variations)): string {
  const consent = state.variations.has('consent-dialog') ? consentDialog() : '';
  const start = html.indexOf('<body>') + '<body>'.length;
  const scripts = html.indexOf('<script', start);
  const end = scripts === -1 ? html.indexOf('</body>') : scripts;
  const body = html.slice(start, end);
  const drawn = drawLateMs <= 0 ? body
    : '<div id="comet-mount" aria-busy="true"></div>'
      + `<template id="comet-late">${body}</template>`
      + `<script>setTimeout(function () { var t = document.getElementById('comet-late');`
      + ` document.getElementById('comet-mount').replaceWith(t.content.cloneNode(true)); }, ${String(drawLateMs)});</script>`;
  return html.slice(0, start) + drawn + consent + html.slice(end);
}
