import { INSTAGRAM_APP_ID, SETTINGS_PATHS } from './constants.ts';
import type { SettingsPageName } from './constants.ts';
import { wordsFor } from './labels.ts';
import { esc } from './markup.ts';
import { SETTINGS_APP_SCRIPT } from './app-script.ts';
import type { InstagramState } from './state.ts';

const STYLESHEET = 'https://static.cdninstagram.com/rsrc.php/v3/yN/l/0,cross/emulated-settings.css';

/** A signed-in settings page: Instagram's frame, its settings menu, the page's controls, and the app script. */
export function settingsHtml(state: InstagramState, page: SettingsPageName, content: string): string {
  const w = wordsFor(state);
  const viewer = { id: state.account.id, username: state.account.username, appId: INSTAGRAM_APP_ID };
  const menu = (Object.keys(SETTINGS_PATHS) as SettingsPageName[])
    .map((name) => `<a href="${SETTINGS_PATHS[name]}"${name === page ? ' aria-current="page"' : ''}>${esc(w.menu[name])}</a>`).join('');
  return `<!DOCTYPE html>
<html lang="${state.language}" class="js logged-in client-root">
<head>
<meta charset="utf-8">
<title>${esc(w.menu[page])} • Instagram</title>
<link rel="stylesheet" href="${STYLESHEET}">
<script type="application/json" id="ig-viewer">${JSON.stringify(viewer).replace(/</g, '\\u003c')}</script>
</head>
<body>
<div id="mount_0_0">
<nav aria-label="Instagram"><a href="/">Instagram</a> <a href="/${esc(state.account.username)}/"><img alt="" src="https://scontent-lhr8-1.cdninstagram.com/v/t51.2885-19/avatar.jpg" width="24" height="24"> Profile</a></nav>
<main>
<h1>${esc(w.settingsTitle)}</h1>
<nav aria-label="${esc(w.settingsTitle)}">${menu}</nav>
<section>${content}</section>
<div id="notice" role="alert" hidden></div>
</main>
</div>
<script>${SETTINGS_APP_SCRIPT}</script>
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
