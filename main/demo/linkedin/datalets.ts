import { esc } from './html.ts';

/**
 * LinkedIn's server-rendered pages carry the Voyager answers the app needs as hidden `<code>`
 * blocks: `datalet-bpr-guid-N` names the request (and the status it got) and points at `bpr-guid-N`,
 * which holds the body.
 */
export function datalet(guid: number, request: string, body: unknown, status = 200): string {
  const meta = { request, status, body: `bpr-guid-${String(guid)}`, method: 'GET', headers: { 'x-li-uuid': 'AAYk6Zr3Q2mQd1m1bXJ5cg==' } };
  return `<code style="display: none" id="datalet-bpr-guid-${String(guid)}">${esc(JSON.stringify(meta))}</code>
<code style="display: none" id="bpr-guid-${String(guid)}">${esc(JSON.stringify(body))}</code>`;
}

/**
 * The redesigned page's own script: it asks Voyager for the settings the way LinkedIn's app does
 * (csrf-token = JSESSIONID without quotes, Rest.li 2.0.0, normalized JSON).
 */
export function fetchScript(request: string, accept: string): string {
  return `<script>
(function () {
  var match = /(?:^|; )JSESSIONID="?([^";]*)"?/.exec(document.cookie);
  fetch(${JSON.stringify(request)}, { credentials: 'include', headers: {
    'csrf-token': match ? match[1] : '', 'x-restli-protocol-version': '2.0.0', accept: ${JSON.stringify(accept)},
    'x-li-lang': document.documentElement.lang.replace('-', '_')
  } }).then(function (r) { return r.json(); }).then(function (json) {
    document.body.setAttribute('data-settings-loaded', 'true');
    window.__settings = json;
  }).catch(function () { document.body.setAttribute('data-settings-loaded', 'failed'); });
})();
</script>`;
}
