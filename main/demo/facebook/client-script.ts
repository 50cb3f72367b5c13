/**
 * The page script served from static.xx.fbcdn.net: opens a row's audience dialog, saves a choice
 * or a switch through /api/graphql/ as Facebook's app does, and closes on Escape or Close without
 * saving anything. Plain browser JavaScript, kept as text.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  // The UK cookie dialog: a choice is sent to Facebook, which keeps it with the signed-in account.
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var choice = target && target.closest('[data-consent-choice]');
    var dialog = choice && choice.closest('[data-cookie-consent]');
    if (!dialog) return;
    fetch('/cookie/consent/', { method: 'POST', credentials: 'include', body: choice.getAttribute('data-consent-choice') });
    dialog.remove();
  });
  var config = window.__emulatedComet;
  if (!config) return;
  var open = null;
  function save(setting, value) {
    var body = new URLSearchParams({ fb_dtsg: config.dtsg, fb_api_req_friendly_name: 'CometPrivacySettingsMutation',
      doc_id: '7452390918156211', variables: JSON.stringify({ setting: setting, value: value }) });
    return fetch('/api/graphql/', { method: 'POST', credentials: 'include', body: body }).then(function (r) { return r.ok; });
  }
  function close() {
    if (open) { open.remove(); open = null; }
  }
  function openDialog(button) {
    close();
    var setting = button.getAttribute('data-setting');
    var spec = config.dialogs[setting];
    if (!spec) return;
    var dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'audience-dialog-title');
    var title = document.createElement('h2');
    title.id = 'audience-dialog-title';
    title.innerHTML = '<span dir="auto"></span>';
    title.firstChild.textContent = spec.title;
    dialog.appendChild(title);
    var group = document.createElement('div');
    group.setAttribute('role', 'radiogroup');
    spec.options.forEach(function (option) {
      var radio = document.createElement('div');
      radio.setAttribute('role', 'radio');
      radio.setAttribute('tabindex', '0');
      radio.setAttribute('aria-checked', String(option.id === spec.value));
      var label = document.createElement('span');
      label.setAttribute('dir', 'auto');
      label.textContent = option.label;
      radio.appendChild(label);
      radio.addEventListener('click', function () {
        if (option.id === spec.value) { close(); return; }
        save(setting, option.id).then(function (ok) {
          if (!ok) return;
          spec.value = option.id;
          button.firstChild.textContent = option.label;
          close();
        });
      });
      group.appendChild(radio);
    });
    dialog.appendChild(group);
    var closer = document.createElement('div');
    closer.setAttribute('role', 'button');
    closer.setAttribute('aria-label', config.closeLabel);
    closer.setAttribute('tabindex', '0');
    closer.textContent = '\u00d7';
    closer.addEventListener('click', close);
    dialog.appendChild(closer);
    document.body.appendChild(dialog);
    open = dialog;
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var control = target && target.closest('[data-setting]');
    if (!control) return;
    if (control.getAttribute('role') === 'switch') {
      var next = control.getAttribute('aria-checked') !== 'true';
      save(control.getAttribute('data-setting'), next).then(function (ok) {
        if (ok) control.setAttribute('aria-checked', String(next));
      });
    } else {
      openDialog(control);
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close();
  });
})();
`;
