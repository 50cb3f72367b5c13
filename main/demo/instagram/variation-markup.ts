import { lateContentDelayMs } from '../variations.ts';
import { CONSENT, LATE_PROBLEM_WORDS } from './labels.ts';
import { esc } from './markup.ts';
import type { InstagramLateProblem, InstagramState } from './state.ts';

/**
 * The pieces of Instagram's pages that the variation switches change: content its app draws after
 * load, the UK cookie dialog, and the hard stops it draws instead of a page.
 */

/** How long after load the page's app draws a hard stop. */
export const PROBLEM_DELAY_MS = 500;

/** The hard stop this page shows, if any: a late one, or the automation gate. */
export function problemOf(state: InstagramState): InstagramLateProblem | null {
  if (state.variations.has('automation-gate')) return 'automation';
  return state.lateProblem;
}

/**
 * `html` as the page's script draws it into `#${id}`: at once when nothing is late, else after the
 * variation's delay and `laterMs` more (the document arrives with the element empty).
 */
export function drawnLate(state: InstagramState, id: string, tag: string, html: string, laterMs = 0): string {
  const late = lateContentDelayMs(state.variations);
  if (late === 0) return `<${tag} id="${id}">${html}</${tag}>`;
  const delay = late + laterMs;
  return `<${tag} id="${id}"></${tag}><template id="${id}-late">${html}</template>` +
    `<script>setTimeout(() => { const t = document.getElementById('${id}-late'); document.getElementById('${id}').append(t.content.cloneNode(true)); }, ${String(delay)});</script>`;
}

/**
 * A hard stop drawn by script after load: Instagram's words in an alert dialog. With `inDataOnly`,
 * the code and words are only in an error list of the page's embedded data (Instagram's pages carry
 * `<script type="application/json">` blobs), and the page stays an empty shell.
 */
export function lateProblemMarkup(problem: InstagramLateProblem, inDataOnly: boolean): string {
  const words = LATE_PROBLEM_WORDS[problem];
  const data = { require: [['ScheduledServerJS', 'handle', null, [{ __bbox: { result: { data: null, errors: [{ message: words.code, summary: words.text, severity: 'CRITICAL' }] } } }]]] };
  const blob = `<script type="application/json" data-sjs>${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
  if (inDataOnly) return blob;
  const dialog = `<div role="alertdialog" aria-modal="true" aria-label="Instagram"><p>${esc(words.text)}</p><button type="button">OK</button></div>`;
  return `<div id="problem"></div><script>setTimeout(() => { document.getElementById('problem').innerHTML = ${JSON.stringify(dialog)}; }, ${String(PROBLEM_DELAY_MS)});</script>`;
}

/** Instagram's UK cookie dialog, open on arrival until the browser has made a choice (cookie ig_cb). */
export function consentDialog(state: InstagramState, cookieSet: boolean): string {
  if (!state.variations.has('consent-dialog') || cookieSet) return '';
  return `<div id="consent" role="dialog" aria-modal="true" aria-labelledby="consent-title">
<h2 id="consent-title">${esc(CONSENT.title)}</h2><p>${esc(CONSENT.text)}</p>
<button type="button" data-choice="2">${esc(CONSENT.decline)}</button><button type="button" data-choice="1">${esc(CONSENT.allow)}</button>
</div>
<script>document.querySelectorAll('#consent button').forEach((b) => b.addEventListener('click', () => {
  document.cookie = 'ig_cb=' + b.dataset.choice + '; path=/; domain=.instagram.com; secure; max-age=31536000';
  document.getElementById('consent').remove();
}));</script>`;
}
