import { INSTAGRAM_APP_ID, SETTINGS_PATHS } from './constants.ts';
import type { SettingsPageName } from './constants.ts';
import { wordsFor } from './labels.ts';
import { esc } from './markup.ts';
import { SETTINGS_APP_SCRIPT } from './app-script.ts';
import type { InstagramState } from './state.ts';
import { consentDialog, drawnLate, lateProblemMarkup, problemOf } from './variation-markup.ts';

const STYLESHEET = 'https://static.cdninstagram.com/rsrc.php/v3/yN/l/0,cross/emulated-settings.css';

/** Pages whose links leave the menu when their controls sit on Account privacy itself. */
const INLINED: readonly SettingsPageName[] = ['tags', 'story'];

/**
 * A signed-in settings page: Instagram's frame, its settings menu, the page's controls, and the app
 * script. The variation switches draw the controls late, open the cookie dialog, leave out the
 * embedded data, or draw a hard stop (the automation gate, or a late one) instead of the controls.
 */
export function settingsHtml(state: InstagramState, page: SettingsPageName, content: string, consentGiven: boolean): string {
  const w = wordsFor(state);
  const viewer = { id: state.account.id, username: state.account.username, appId: INSTAGRAM_APP_ID };
  const problem = problemOf(state);
  const embedded = state.variations.has('missing-embedded-data') ? ''
    : `<script type="application/json" id="ig-viewer">${JSON.stringify(viewer).replace(/</g, '\\u003c')}</script>`;
  // A late hard stop leaves the app's own data requests answered as usual; the gate stops them.
  const appScript = problem !== 'automation' && embedded !== '' ? `<script>${SETTINGS_APP_SCRIPT}</script>` : '';
  const section = problem === null ? drawnLate(state, 'settings-content', 'section', content)
    : `<section></section>${lateProblemMarkup(problem, state.problemInDataOnly)}`;
  const menu = (Object.keys(SETTINGS_PATHS) as SettingsPageName[])
    .filter((name) => !(state.variations.has('inline-controls') && INLINED.includes(name)))
    .map((name) => `<a href="${SETTINGS_PATHS[name]}"${name === page ? ' aria-current="page"' : ''}>${esc(w.menu[name])}</a>`).join('');
  return `<!DOCTYPE html>
<html lang="${state.language}" class="js logged-in client-root">
<head>
<meta charset="utf-8">
<title>${esc(w.menu[page])} • Instagram</title>
<link rel="stylesheet" href="${STYLESHEET}">
${embedded}
</head>
<body>
<div id="mount_0_0">
<nav aria-label="Instagram"><a href="/">Instagram</a> <a href="/${esc(state.account.username)}/"><img alt="" src="https://scontent-lhr8-1.cdninstagram.com/v/t51.2885-19/avatar.jpg" width="24" height="24"> Profile</a></nav>
<main>
<h1>${esc(w.settingsTitle)}</h1>
<nav aria-label="${esc(w.settingsTitle)}">${menu}</nav>
${section}
<div id="notice" role="alert" hidden></div>
</main>
</div>
${consentDialog(state, consentGiven)}
${appScript}
</body>
</html>`;
}

export function simpleHtml(title: string, body: string, extraClass = ''): string {
  return `<!DOCTYPE html>
<html lang="en" class="js ${extraClass}">
<head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><main>${body}</main></body>
</html>`;
}
