import type { XClientConfig } from './config.ts';
import type { XClientLib } from './lib.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

/**
 * /i/flow/login: X's two-step sign-in dialog ("Phone, email, or username" → Next → "Password" →
 * Log in), driving api.x.com/1.1/onboarding/task.json with a guest token, as the web app does.
 */
export async function renderLogin(lib: XClientLib, config: XClientConfig): Promise<void> {
  const column = lib.frame(lib, config, 'Log in to X / X', false);
  const form = lib.el('form', { autocomplete: 'on' });
  const dialog = lib.el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'modal-header' },
    lib.el('h1', { id: 'modal-header' }, lib.el('span', {}, 'Sign in to X')), form);
  column.replaceChildren(dialog);
  const guest = await lib.activateGuest(config);
  const headers = { ...lib.webHeaders(config, null, guest), 'content-type': 'application/json' };
  const send = (body: unknown, query = ''): ReturnType<XClientLib['requestJson']> =>
    lib.requestJson(`${config.onboardingUrl}${query}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const start = await send({ input_flow_data: { flow_context: { start_location: { location: 'manual_link' } } }, subtask_versions: {} }, '?flow_name=login');
  let flowToken = lib.str(lib.pick(start.body, 'flow_token'));

  const identifier = lib.el('input', { type: 'text', name: 'text', autocomplete: 'username', autocapitalize: 'none', id: 'login-identifier' });
  const next = lib.el('button', { type: 'submit', role: 'button' }, lib.el('span', {}, 'Next'));
  form.replaceChildren(lib.el('label', { for: 'login-identifier' }, lib.el('span', {}, 'Phone, email, or username')), identifier, next);
  let stage: 'identifier' | 'password' = 'identifier';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      if (stage === 'identifier') {
        const answer = await send({ flow_token: flowToken, subtask_inputs: [{ subtask_id: 'LoginEnterUserIdentifierSSO', settings_list: {
          setting_responses: [{ key: 'user_identifier', response_data: { text_data: { result: (identifier as HTMLInputElement).value } } }],
          link: 'next_link' } }] });
        if (answer.status !== 200) { lib.toast(lib, dialog, answer.body); return; }
        flowToken = lib.str(lib.pick(answer.body, 'flow_token'));
        stage = 'password';
        const password = lib.el('input', { type: 'password', name: 'password', autocomplete: 'current-password', id: 'login-password' });
        form.replaceChildren(lib.el('label', { for: 'login-password' }, lib.el('span', {}, 'Password')), password,
          lib.el('button', { type: 'submit', role: 'button', 'data-testid': 'LoginForm_Login_Button' }, lib.el('span', {}, 'Log in')));
        password.focus();
        return;
      }
      const password = form.querySelector('input[name="password"]') as HTMLInputElement;
      const answer = await send({ flow_token: flowToken, subtask_inputs: [{ subtask_id: 'LoginEnterPassword', enter_password: { password: password.value, link: 'next_link' } }] });
      if (answer.status !== 200) { lib.toast(lib, dialog, answer.body); return; }
      const after = new URLSearchParams(location.search).get('redirect_after_login') ?? '';
      location.assign(after.startsWith('/') && !after.startsWith('//') ? after : '/home');
    })();
  });
}

/** X reports sign-in errors in a toast ("Wrong password!"). */
export function toast(lib: XClientLib, dialog: HTMLElement, body: unknown): void {
  const message = lib.str(lib.pick(body, 'errors', '0', 'message'), 'Something went wrong. Try again.');
  dialog.querySelector('[data-testid="toast"]')?.remove();
  dialog.append(lib.el('div', { role: 'alert', 'data-testid': 'toast' }, lib.el('span', {}, message)));
}
