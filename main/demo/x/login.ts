import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { header, readBody, sendJson } from '../http-util.ts';
import { X_ERRORS, X_WEB_BEARER } from './constants.ts';
import { setCookieHeaders } from '../cookies.ts';
import { issueSession, sessionCookies } from './sessions.ts';
import type { XLoginFlow, XState } from './state.ts';
import { pick, str } from './client/net.ts';

/**
 * POST onboarding/task.json, reduced to the login flow's two steps: user identifier, then password.
 * Each answer carries a fresh flow_token; success sets the session cookies on .x.com.
 */
export async function onboardingTask(state: XState, req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>): Promise<void> {
  const guestToken = header(req, 'x-guest-token');
  if (header(req, 'authorization') !== `Bearer ${X_WEB_BEARER}` || !guestToken || !state.guestTokens.has(guestToken)) {
    sendJson(res, 400, { errors: [X_ERRORS.badGuestToken] }, cors);
    return;
  }
  let body: unknown;
  try { body = JSON.parse(await readBody(req)); } catch { body = null; }
  const answer = (flow: XLoginFlow, subtask: string, headers: Record<string, string | string[]> = {}): void => {
    state.flows.delete(flow.token);
    flow.token = `g;${String(Date.now())}:-${String(Date.now() + 1)}:${randomBytes(12).toString('base64url')}:${String(flow.stage === 'done' ? 1 : 0)}`;
    state.flows.set(flow.token, flow);
    res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', ...cors, ...headers });
    res.end(JSON.stringify({ flow_token: flow.token, status: 'success', subtasks: [{ subtask_id: subtask }] }));
  };
  if (url.searchParams.get('flow_name') === 'login') {
    answer({ token: '', stage: 'identifier', userId: null }, 'LoginEnterUserIdentifierSSO');
    return;
  }
  const flow = state.flows.get(str(pick(body, 'flow_token')));
  const input = pick(body, 'subtask_inputs', '0');
  if (!flow) { sendJson(res, 400, { errors: [{ code: 366, message: 'flow_token has expired.' }] }, cors); return; }
  if (flow.stage === 'identifier' && pick(input, 'subtask_id') === 'LoginEnterUserIdentifierSSO') {
    const given = str(pick(input, 'settings_list', 'setting_responses', '0', 'response_data', 'text_data', 'result'));
    const wanted = given.trim().replace(/^@/, '').toLowerCase();
    const { account } = state;
    if (wanted !== account.screen_name.toLowerCase() && wanted !== account.email.toLowerCase()) {
      sendJson(res, 400, { errors: [X_ERRORS.accountNotFound] }, cors);
      return;
    }
    flow.stage = 'password';
    flow.userId = account.id;
    answer(flow, 'LoginEnterPassword');
    return;
  }
  if (flow.stage === 'password' && pick(input, 'subtask_id') === 'LoginEnterPassword') {
    if (pick(input, 'enter_password', 'password') !== state.account.password) {
      sendJson(res, 400, { errors: [X_ERRORS.wrongPassword] }, cors);
      return;
    }
    flow.stage = 'done';
    answer(flow, 'LoginSuccessSubtask', { 'set-cookie': setCookieHeaders(sessionCookies(issueSession(state))) });
    return;
  }
  sendJson(res, 400, { errors: [{ code: 366, message: 'Unexpected subtask.' }] }, cors);
}
