import type { IncomingMessage } from 'node:http';
import { parseCookies } from '../http-util.ts';
import type { XState } from './state.ts';

/**
 * `window.__INITIAL_STATE__` as x.com embeds it in its HTML for a live session: the session's user
 * id and that user's entity. X's app draws the signed-in side navigation (the "Profile" link, the
 * account switcher) from it at once, before any API answer. A dead or missing session gets none,
 * and so does every page under the 'missing-embedded-data' variation.
 */
export function initialStateScript(state: XState, req: IncomingMessage): string {
  if (state.variations.has('missing-embedded-data')) return '';
  const authToken = parseCookies(req).get('auth_token');
  const session = authToken === undefined ? undefined : state.sessions.get(authToken);
  if (session?.userId !== state.account.id) return '';
  const { id, screen_name, name } = state.account;
  const initial = {
    session: { user_id: id, loggedIn: true },
    entities: { users: { entities: { [id]: { id_str: id, screen_name, name } } } },
  };
  // `<` escaped so a name can never close the script element.
  return `<script type="text/javascript" charset="utf-8">window.__INITIAL_STATE__=${JSON.stringify(initial).replace(/</g, '\\u003c')};</script>\n`;
}
