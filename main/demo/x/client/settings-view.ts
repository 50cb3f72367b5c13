import type { SettingsPageSpec, XClientConfig } from './config.ts';
import type { XClientLib } from './lib.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

/**
 * One settings page, drawn from settings.json. A control whose value is missing from the answer is
 * left out rather than drawn with a guessed state.
 */
export function renderSettings(
  lib: XClientLib, config: XClientConfig, spec: SettingsPageSpec, settings: Record<string, unknown>, column: HTMLElement,
): void {
  const values: Record<string, unknown> = { ...config.pageOnlyValues, ...settings };
  const rows: HTMLElement[] = [];
  let checkboxes = 0;
  let groups = 0;
  for (const control of spec.controls) {
    if (control.kind === 'checkbox') {
      const known = control.source === 'page-only' ? control.field in config.pageOnlyValues : control.field in settings;
      if (known) rows.push(lib.checkbox(lib, config, control, values[control.field], ++checkboxes));
    } else if (control.kind === 'radios') {
      const value = settings[control.field];
      if (value !== undefined && value !== control.hiddenWhen) rows.push(lib.radios(lib, config, control, value, ++groups));
    } else if (control.kind === 'link') {
      rows.push(lib.linkRow(lib, control, settings));
    } else {
      rows.push(lib.el('div', {}, lib.el('button', { type: 'button', role: 'button' }, lib.el('span', {}, control.label)),
        control.help ? lib.el('div', {}, lib.el('span', {}, control.help)) : ''));
    }
  }
  column.replaceChildren(lib.el('section', { 'aria-labelledby': 'detail-header', role: 'region' },
    lib.el('div', {}, lib.el('h2', { id: 'detail-header', role: 'heading', 'aria-level': '2' }, lib.el('span', {}, spec.heading))),
    spec.intro ? lib.el('div', {}, lib.el('span', {}, spec.intro)) : '',
    ...rows));
}
