/**
 * The script Instagram's settings pages run on load (as its single-page app does): it fetches the
 * profile form data and the viewer's profile info with the web app id, goes to the account check
 * when told to, and shows Instagram's "Try Again Later" notice when blocked or rate limited.
 */
export const SETTINGS_APP_SCRIPT = `(() => {
  const viewer = JSON.parse(document.getElementById('ig-viewer').textContent);
  const csrf = (document.cookie.match(/(?:^|; )csrftoken=([^;]*)/) || [])[1] || '';
  const headers = { 'X-IG-App-ID': viewer.appId, 'X-Requested-With': 'XMLHttpRequest', 'X-CSRFToken': csrf };
  const notice = (title, text) => { const el = document.getElementById('notice'); el.hidden = false; el.textContent = (title ? title + ': ' : '') + text; };
  const handle = async (r) => {
    const type = r.headers.get('content-type') || '';
    if (r.ok && type.includes('json')) return r.json();
    if (type.includes('text/html')) { location.assign('/accounts/login/?next=' + encodeURIComponent(location.pathname)); return null; }
    let body = {};
    try { body = await r.json(); } catch (e) { body = {}; }
    if (body.checkpoint_url) location.assign(body.checkpoint_url);
    else if (body.message === 'feedback_required') notice(body.feedback_title, body.feedback_message);
    else if (body.message) notice('', body.message);
    return null;
  };
  const get = (path) => fetch(path, { headers, credentials: 'include' }).then(handle);
  Promise.all([
    get('/api/v1/web/accounts/edit/web_form_data/'),
    get('/api/v1/users/web_profile_info/?username=' + encodeURIComponent(viewer.username)),
  ]).then(([form]) => { if (form) document.documentElement.dataset.loaded = 'true'; }).catch(() => undefined);
})();`;

/** The logged-out profile page loads the public profile info the same way. */
export const PROFILE_APP_SCRIPT = `(() => {
  const user = document.getElementById('ig-profile').dataset.username;
  fetch('/api/v1/users/web_profile_info/?username=' + encodeURIComponent(user), { headers: { 'X-IG-App-ID': '936619743392459' }, credentials: 'include' })
    .then((r) => r.ok ? r.json() : null).catch(() => null);
})();`;
