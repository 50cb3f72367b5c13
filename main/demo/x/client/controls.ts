import type { ControlSpec, XClientConfig } from './config.ts';
import type { XClientLib } from './lib.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

type Checkbox = Extract<ControlSpec, { kind: 'checkbox' }>;
type Radios = Extract<ControlSpec, { kind: 'radios' }>;
type Link = Extract<ControlSpec, { kind: 'link' }>;

export function isChecked(spec: Checkbox, value: unknown): boolean {
  if (spec.off !== undefined) return value !== spec.off;
  return value === (spec.on ?? true);
}

/**
 * A settings checkbox as X draws it (Brave PSST): `input[type=checkbox]` inside a label, pointing with
 * aria-describedby at the element holding its label text, "CHECKBOX_<n>_LABEL", numbered per page.
 * The redesign variant is a role=switch with an aria-label and no input.
 */
export function checkbox(lib: XClientLib, config: XClientConfig, spec: Checkbox, value: unknown, n: number): HTMLElement {
  const checked = lib.isChecked(spec, value);
  const help = spec.help ? lib.el('div', {}, lib.el('span', {}, spec.help)) : '';
  if (config.markup === 'changed') {
    const toggle = lib.el('div', { role: 'switch', 'aria-checked': String(checked), 'aria-label': spec.label, tabindex: '0' });
    return lib.el('div', {}, lib.el('div', {}, lib.el('span', {}, spec.label), toggle), help);
  }
  const labelId = `CHECKBOX_${String(n)}_LABEL`;
  const input = lib.el('input', { type: 'checkbox', 'aria-describedby': labelId, checked });
  if (spec.source !== 'page-only') {
    // Turning photo tagging back on (off: 'none') lets anyone tag, as X does.
    const onValue = spec.on ?? (spec.off === undefined ? true : 'all');
    input.addEventListener('change', () => {
      void lib.saveSetting(lib, config, spec.field, (input as HTMLInputElement).checked ? onValue : (spec.off ?? false));
    });
  }
  return lib.el('div', {},
    lib.el('label', {}, lib.el('div', { id: labelId }, lib.el('span', {}, spec.label)), lib.el('div', {}, input)),
    help);
}

/** A radio group (who can message you, who can tag you): role=radiogroup named by its legend. */
export function radios(lib: XClientLib, config: XClientConfig, spec: Radios, value: unknown, n: number): HTMLElement {
  const legendId = `RADIOGROUP_${String(n)}_LABEL`;
  const options = spec.options.map((option) => {
    const selected = option.value === value;
    const control = config.markup === 'changed'
      ? lib.el('div', { role: 'radio', 'aria-checked': String(selected), 'aria-label': option.label, tabindex: '0' })
      : lib.el('input', { type: 'radio', name: spec.field, value: option.value, checked: selected });
    control.addEventListener('change', () => { void lib.saveSetting(lib, config, spec.field, option.value); });
    return lib.el('label', {}, lib.el('span', {}, option.label), control);
  });
  return lib.el('div', {},
    lib.el('div', { id: legendId }, lib.el('span', {}, spec.legend)),
    lib.el('div', { role: 'radiogroup', 'aria-labelledby': legendId }, ...options),
    spec.help ? lib.el('div', {}, lib.el('span', {}, spec.help)) : '');
}

/** A row leading to a sub-page; some show the current value beside the title. */
export function linkRow(lib: XClientLib, spec: Link, settings: Record<string, unknown>): HTMLElement {
  const raw = spec.valueField ? settings[spec.valueField] : undefined;
  const valueText = typeof raw === 'string' ? spec.valueText?.[raw] : undefined;
  return lib.el('a', { href: spec.href, role: 'link' },
    lib.el('div', {}, lib.el('span', {}, spec.label)),
    valueText ? lib.el('div', {}, lib.el('span', {}, valueText)) : '',
    spec.help ? lib.el('div', {}, lib.el('span', {}, spec.help)) : '');
}
