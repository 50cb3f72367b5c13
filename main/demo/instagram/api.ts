import type { IncomingMessage, ServerResponse } from 'node:http';
import { header, parseCookies, readBody, sendHtml, sendJson } from '../http-util.ts';
import { setCookieHeaders } from '../cookies.ts';
import { IG_ERRORS, INSTAGRAM_APP_ID } from './constants.ts';
import { issueSession, newCsrfToken, sessionCookies, sessionOf } from './sessions.ts';
import type { InstagramState } from './state.ts';

/** The hard stops Instagram answers any API call with, whatever was asked. */
function refused(state: InstagramState, res: ServerResponse): boolean {
  if (state.mode === 'rate-limited') { sendJson(res, 429, IG_ERRORS.rateLimited); return true; }
  if (state.mode === 'challenge') { sendJson(res, 400, IG_ERRORS.checkpoint); return true; }
  if (state.mode === 'blocked') { sendJson(res, 400, IG_ERRORS.feedback); return true; }
  return false;
}

/**
 * GET web_form_data: the edit-profile form as Instagram's settings page loads it. A live session
 * gets JSON; anything else gets the HTML login page (`not-logged-in`), as the real site answers.
 */
export function webFormData(state: InstagramState, req: IncomingMessage, res: ServerResponse): void {
  if (sessionOf(state, req) === null) {
    sendHtml(res, 200, '<!DOCTYPE html><html lang="en" class="no-js not-logged-in client-root"><head><title>Login • Instagram</title></head><body></body></html>');
    return;
  }
  if (refused(state, res)) return;
  const { account: a, settings: s } = state;
  const formData: Record<string, unknown> = {
    first_name: a.full_name, last_name: '', email: a.email, is_email_confirmed: true, is_phone_confirmed: false,
    username: a.username, phone_number: '', gender: 3, birthday: null, fb_birthday: null, biography: a.biography,
    external_url: a.external_url, chaining_enabled: s.chaining_enabled, presence_disabled: s.presence_disabled,
    business_account: a.is_professional, usertag_review_enabled: s.usertag_review_enabled, custom_gender: '',
    trusted_username: a.username, trust_days: 14,
  };
  const dropped = state.markup === 'changed' ? [...state.droppedFields, 'chaining_enabled'] : state.droppedFields;
  for (const field of dropped) Reflect.deleteProperty(formData, field);
  sendJson(res, 200, { form_data: formData, status: 'ok' });
}

/** GET web_profile_info?username=: needs the web app id; answers logged-out visitors too. */
export function webProfileInfo(state: InstagramState, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (header(req, 'x-ig-app-id') !== INSTAGRAM_APP_ID) { sendJson(res, 400, IG_ERRORS.appIdMissing); return; }
  if (refused(state, res)) return;
  const { account: a, settings: s } = state;
  if ((url.searchParams.get('username') ?? '').toLowerCase() !== a.username.toLowerCase()) {
    sendJson(res, 404, { data: { user: null }, status: 'ok' });
    return;
  }
  const viewerIsOwner = sessionOf(state, req) !== null;
  const shown = !s.is_private || viewerIsOwner ? state.posts : [];
  const user: Record<string, unknown> = {
    biography: a.biography, bio_links: [], external_url: a.external_url || null, full_name: a.full_name, id: a.id,
    is_private: s.is_private, is_professional_account: a.is_professional, is_business_account: false,
    category_name: a.is_professional ? a.category_name : null, username: a.username, is_verified: false,
    edge_followed_by: { count: a.followers }, edge_follow: { count: a.following },
    edge_owner_to_timeline_media: {
      count: state.posts.length,
      edges: shown.map((p) => ({ node: { shortcode: p.shortcode, edge_media_to_caption: { edges: [{ node: { text: p.caption } }] } } })),
    },
  };
  for (const field of state.droppedFields) Reflect.deleteProperty(user, field);
  sendJson(res, 200, { data: { user }, status: 'ok' });
}

/**
 * POST login/ajax: the form's username and `enc_password` ("#PWD_INSTAGRAM_BROWSER:0:<time>:<password>"),
 * with the csrftoken cookie echoed in X-CSRFToken. Success sets the session cookies.
 */
export async function loginAjax(state: InstagramState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const csrf = parseCookies(req).get('csrftoken');
  if (csrf === undefined || header(req, 'x-csrftoken') !== csrf) { sendJson(res, 403, IG_ERRORS.csrf); return; }
  const form = new URLSearchParams(await readBody(req));
  const username = (form.get('username') ?? '').trim().toLowerCase();
  const password = /^#PWD_INSTAGRAM_BROWSER:0:\d+:(.*)$/s.exec(form.get('enc_password') ?? '')?.[1];
  if (username !== state.account.username.toLowerCase() && username !== state.account.email.toLowerCase()) {
    sendJson(res, 200, { user: false, authenticated: false, status: 'ok' });
    return;
  }
  if (password !== state.account.password) {
    sendJson(res, 200, { user: true, authenticated: false, status: 'ok' });
    return;
  }
  const cookies = sessionCookies(issueSession(state), newCsrfToken());
  res.setHeader('set-cookie', setCookieHeaders(cookies));
  sendJson(res, 200, { user: true, userId: state.account.id, authenticated: true, oneTapPrompt: false, status: 'ok' });
}
