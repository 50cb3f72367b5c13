import type { IncomingMessage, ServerResponse } from 'node:http';
import { delay, sendJson } from '../http-util.ts';
import { authenticate, rateLimitHeaders } from './auth.ts';
import { X_ERRORS, X_QUERY_IDS, X_RATE_WINDOW_S } from './constants.ts';
import type { XState } from './state.ts';
import { userResult, userTweets } from './user-result.ts';

const GRAPHQL_LIMIT = 50;

/**
 * x.com/i/api/graphql/<queryId>/<operation> (same origin as the page). Guests may read profiles with a
 * guest token; an operation whose queryId is not current answers 404, as X does after a rotation.
 */
export async function handleGraphql(state: XState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const [, , , , queryId = '', operation = ''] = url.pathname.split('/');
  await delay(state.delayMs);
  state.apiCalls += 1;
  const limits = rateLimitHeaders(state, GRAPHQL_LIMIT, X_RATE_WINDOW_S);
  if (req.method !== 'GET' || !isKnown(operation, queryId)) {
    res.writeHead(404, limits).end();
    return;
  }
  const auth = authenticate(state, req, true);
  if (!auth.ok) { sendJson(res, auth.status, { errors: [auth.error] }, limits); return; }
  if (state.mode === 'rate-limited') { sendJson(res, 429, { errors: [X_ERRORS.rateLimited] }, limits); return; }
  let variables: Record<string, unknown>;
  try {
    variables = JSON.parse(url.searchParams.get('variables') ?? '') as Record<string, unknown>;
  } catch {
    sendJson(res, 400, { errors: [{ message: 'Variable "$variables" is not valid JSON', code: 336 }] }, limits);
    return;
  }
  const owner = state.account;
  const isOwner = auth.viewer.kind === 'user' && auth.viewer.session.userId === owner.id;
  if (operation === 'UserByScreenName') {
    const asked = typeof variables.screen_name === 'string' ? variables.screen_name.toLowerCase() : '';
    sendJson(res, 200, asked === owner.screen_name.toLowerCase() ? { data: { user: { result: userResult(state) } } } : { data: {} }, limits);
    return;
  }
  if (variables.userId !== owner.id) { sendJson(res, 200, { data: { user: {} } }, limits); return; }
  sendJson(res, 200, userTweets(state, !state.settings.protected || isOwner), limits);
}

function isKnown(operation: string, queryId: string): operation is keyof typeof X_QUERY_IDS {
  return operation in X_QUERY_IDS && X_QUERY_IDS[operation as keyof typeof X_QUERY_IDS] === queryId;
}
