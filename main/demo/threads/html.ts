import type { ThreadsLanguage } from './state.ts';
import { LABELS } from './labels.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/**
 * One `<script type="application/json" data-sjs>` block, the way Meta's server-side JS hands data
 * to the page. `<` is escaped so no text can close the script early.
 */
export function sjsScript(payload: unknown): string {
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return `<script type="application/json" data-content-len="${String(json.length)}" data-sjs>${json}</script>`;
}

/** Wraps data the way a Relay preloader result sits in Threads' pages. */
export function relayPreload(queryName: string, data: unknown): unknown {
  return {
    require: [['ScheduledServerJS', 'handle', null, [{
      __bbox: { require: [['RelayPrefetchedStreamCache', 'next', [], [`adp_${queryName}RelayPreloader_1`, { __bbox: { complete: true, result: { data } } }]]] },
    }]]],
  };
}

/** Data every page carries that is not about the profile: must not be mistaken for it. */
export function siteConfigScript(): string {
  return sjsScript({ require: [['ScheduledServerJS', 'handle', null, [{
    __bbox: { define: [['BarcelonaSiteConfig', [], { app_id: '238260118697367', username_hint: null, locale: 'en_GB' }, 1]] },
  }]]] });
}

export interface Shell {
  title: string;
  language: ThreadsLanguage;
  body: string;
  /** Signed-in pages have the side navigation, with the Profile link to /@username. */
  viewer: string | null;
  scripts?: string;
}

export function page(shell: Shell): string {
  const words = LABELS[shell.language];
  const nav = shell.viewer === null ? '' : `<nav aria-label="Primary">
  <a href="/" aria-label="${escapeHtml(words.home)}">⌂</a>
  <a href="/@${escapeHtml(shell.viewer)}" aria-label="${escapeHtml(words.profile)}">◯</a>
  <a href="/settings" aria-label="${escapeHtml(words.settings)}">≡</a>
</nav>`;
  return `<!DOCTYPE html>
<html lang="${shell.language}" dir="ltr"><head><meta charset="utf-8">
<title>${escapeHtml(shell.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.threads.com/static/threads.css">
</head><body>${siteConfigScript()}
<div id="barcelona-page-layout">${nav}<main role="main">${shell.body}</main></div>
${shell.scripts ?? ''}</body></html>`;
}
