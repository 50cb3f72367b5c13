/**
 * https://www.facebook.com/settings/?tab=… drawn as the research describes: inside [role=main]
 * each row has its title in span[dir=auto]; a radio setting shows its current value in a
 * [role=button] that opens a [role=dialog] of [role=radio] options; an on/off setting is a
 * [role=switch] with aria-checked, named by its title.
 */
import { banner, document, esc, htmlLang } from './html.ts';
import { optionLabel, optionsShown, rowTitle, TAB_HEADINGS, TABS } from './rows.ts';
import type { FacebookTab, Row } from './rows.ts';
import type { FacebookSession, FacebookState } from './state.ts';

export function settingsPage(state: FacebookState, session: FacebookSession, tab: FacebookTab): string {
  const spec = TABS.find((t) => t.tab === tab) ?? TABS[0];
  const lang = htmlLang(state);
  const inline = state.variations.has('inline-controls');
  const heading = inline ? (state.language === 'fr' ? 'Audience et visibilité' : 'Audience and visibility') : TAB_HEADINGS[spec?.tab ?? 'posts'][state.language];
  // 'inline-controls': the Audience and visibility hub draws every row itself, whichever tab was asked for.
  const shownRows = inline ? TABS.flatMap((t) => t.rows) : spec?.rows ?? [];
  const rows = shownRows.map((row, i) => renderRow(state, row, i)).join('');
  const nav = TABS.map((t) => `<a href="/settings/?tab=${t.tab}">${esc(TAB_HEADINGS[t.tab][state.language])}</a>`).join('');
  const dialogs: Record<string, { title: string; options: { id: string; label: string }[]; value: unknown }> = {};
  for (const row of shownRows) {
    if (row.kind !== 'radio' || state.hiddenRows.includes(row.setting)) continue;
    dialogs[row.setting] = {
      title: rowTitle(state, row.setting),
      options: optionsShown(state, row).map((id) => ({ id, label: optionLabel(state, id, row.setting) })),
      value: state.settings[row.setting],
    };
  }
  return document({
    lang,
    title: state.language === 'fr' ? 'Paramètres et confidentialité | Facebook' : 'Settings & privacy | Facebook',
    body: `${banner(state)}<div role="navigation" aria-label="Settings">${nav}</div>`
      + `<div role="main"><h1><span dir="auto">${esc(heading)}</span></h1>${rows}</div>`,
    // 'missing-embedded-data': no bootstrap data, so the page script has nothing to open a dialog from.
    ...(state.variations.has('missing-embedded-data') ? {}
      : { config: { dtsg: session.dtsg, dialogs, closeLabel: state.language === 'fr' ? 'Fermer' : 'Close' } }),
  });
}

function renderRow(state: FacebookState, row: Row, index: number): string {
  const id = row.kind === 'action' ? row.id : row.setting;
  if (row.kind !== 'action' && state.hiddenRows.includes(row.setting)) return '';
  const titleId = `settings-row-title-${String(index)}`;
  const words = esc(rowTitle(state, id));
  // The redesign keeps the words but no longer wraps them in span[dir=auto].
  const title = state.markup === 'changed'
    ? `<div class="x193iq5w" id="${titleId}">${words}</div>`
    : `<span dir="auto" id="${titleId}">${words}</span>`;
  if (row.kind === 'action') {
    const label = state.language === 'fr' ? 'Limiter les anciennes publications' : 'Limit Past Posts';
    return `<div class="x1n2onr6">${title}<div role="button" tabindex="0">${esc(label)}</div></div>`;
  }
  if (row.kind === 'switch') {
    const on = state.settings[row.setting] === true;
    return `<div class="x1n2onr6">${title}<div role="switch" tabindex="0" style="display:inline-block;width:40px;height:22px;border-radius:11px;background:#ccc" aria-checked="${String(on)}" aria-labelledby="${titleId}" data-setting="${row.setting}"></div></div>`;
  }
  const value = optionLabel(state, String(state.settings[row.setting]), row.setting);
  return `<div class="x1n2onr6">${title}<div role="button" tabindex="0" aria-haspopup="dialog" data-setting="${row.setting}"><span dir="auto">${esc(value)}</span></div></div>`;
}
