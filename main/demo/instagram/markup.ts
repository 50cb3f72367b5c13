import type { InstagramState } from './state.ts';

/** Small HTML builders for Instagram's settings controls, in the current and the changed markup. */

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A labelled switch: an `input[type=checkbox][role=switch]` today, a `div[role=checkbox]` after the redesign. */
export function switchRow(state: InstagramState, id: string, label: string, checked: boolean, help = ''): string {
  const helpHtml = help === '' ? '' : `<div class="x1lliihq">${esc(help)}</div>`;
  if (state.markup === 'changed') {
    return `<div class="row"><div role="checkbox" tabindex="0" aria-checked="${String(checked)}" aria-label="${esc(label)}"></div>${helpHtml}</div>`;
  }
  return `<div class="row"><div><span id="lbl-${id}">${esc(label)}</span>${helpHtml}</div>` +
    `<input type="checkbox" role="switch" id="${id}" aria-labelledby="lbl-${id}"${checked ? ' checked' : ''}></div>`;
}

/** A question with one radio per option, the chosen one checked. */
export function radioGroup(name: string, question: string, options: readonly string[], chosen: number): string {
  const rows = options.map((label, i) =>
    `<label class="row"><span>${esc(label)}</span><input type="radio" name="${name}" value="${String(i)}"${i === chosen ? ' checked' : ''}></label>`);
  return `<fieldset><legend><h3>${esc(question)}</h3></legend>${rows.join('')}</fieldset>`;
}

export const AUDIENCES = ['everyone', 'following', 'none'] as const;
