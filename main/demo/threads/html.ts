import type { Variation } from '../variations.ts';
import { lateContentDelayMs } from '../variations.ts';
import type { ThreadsLanguage } from './state.ts';
import { CONSENT, LABELS } from './labels.ts';

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
  /** What the app draws (late, under the late-content variations). */
  body: string;
  /** Signed-in pages have the side navigation, with the Profile link to /@username. */
  viewer: string | null;
  /** Embedded data blocks, sent with the document (left out under 'missing-embedded-data'). */
  data?: string;
  scripts?: string;
  variations?: ReadonlySet<Variation>;
}

const NO_VARIATIONS: ReadonlySet<Variation> = new Set();

function navigation(language: ThreadsLanguage, viewer: string, noProfileAddress: boolean): string {
  const words = LABELS[language];
  // Without a profile address in the link, the app's script opens the profile when it is clicked.
  const profile = noProfileAddress
    ? `<div role="link" tabindex="0" aria-label="${escapeHtml(words.profile)}" onclick="location.assign('/@${escapeHtml(viewer)}')">◯</div>`
    : `<a href="/@${escapeHtml(viewer)}" aria-label="${escapeHtml(words.profile)}">◯</a>`;
  return `<nav aria-label="Primary">
  <a href="/" aria-label="${escapeHtml(words.home)}">⌂</a>
  ${profile}
  <a href="/settings" aria-label="${escapeHtml(words.settings)}">≡</a>
</nav>`;
}

/** The page's own script draws the app late: the document arrives with an empty root. */
function drawnLate(html: string, delayMs: number): string {
  return `<div id="barcelona-page-layout"></div><template id="barcelona-late">${html}</template>
<script>setTimeout(() => { document.getElementById('barcelona-page-layout').append(document.getElementById('barcelona-late').content.cloneNode(true)); }, ${String(delayMs)});</script>`;
}

/** Meta's cookie dialog on arrival until a choice is stored; the page behind it is inert meanwhile. */
const CONSENT_SCRIPT = `<script>
if (!/(?:^|; )threads_cookie_consent=/.test(document.cookie)) {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'cookie-consent-title');
  dialog.innerHTML = ${JSON.stringify(`<h2 id="cookie-consent-title">${escapeHtml(CONSENT.title)}</h2><p>${escapeHtml(CONSENT.text)}</p><button type="button" data-choice="essential">${escapeHtml(CONSENT.decline)}</button><button type="button" data-choice="all">${escapeHtml(CONSENT.allow)}</button>`)};
  const behind = [...document.body.children];
  behind.forEach((el) => { el.inert = true; });
  dialog.addEventListener('click', (event) => {
    const choice = event.target.closest('button')?.dataset.choice;
    if (!choice) return;
    document.cookie = 'threads_cookie_consent=' + choice + '; path=/; domain=.threads.com; secure; max-age=31536000';
    behind.forEach((el) => { el.inert = false; });
    dialog.remove();
  });
  document.body.append(dialog);
}
</script>`;

export function page(shell: Shell): string {
  const variations = shell.variations ?? NO_VARIATIONS;
  const nav = shell.viewer === null ? '' : navigation(shell.language, shell.viewer, variations.has('profile-no-redirect'));
  const app = `${nav}<main role="main">${shell.body}</main>`;
  const delay = lateContentDelayMs(variations);
  const data = variations.has('missing-embedded-data') ? '' : `${siteConfigScript()}${shell.data ?? ''}`;
  return `<!DOCTYPE html>
<html lang="${shell.language}" dir="ltr"><head><meta charset="utf-8">
<title>${escapeHtml(shell.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.threads.com/static/threads.css">
</head><body>${data}
${delay === 0 ? `<div id="barcelona-page-layout">${app}</div>` : drawnLate(app, delay)}
${shell.scripts ?? ''}${variations.has('consent-dialog') ? CONSENT_SCRIPT : ''}</body></html>`;
}
