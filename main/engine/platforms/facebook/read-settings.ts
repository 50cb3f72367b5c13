import type { Page } from 'puppeteer-core';
import type { ReaderContext } from '../../types.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import { ALL_SETTING_LABELS, FACEBOOK_TABS } from './facebook-settings.ts';
import type { SettingSpec } from './facebook-settings.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { settingsTabUrl } from './facebook-urls.ts';
import { openFacebookPage } from './open-page.ts';
import type { SessionProblem } from './page-verdict.ts';
import { missing, readOnPage } from './read-tab.ts';
import type { PageReading, SettingsReading } from './read-tab.ts';

type PageOutcome = PageReading | { sessionLost: SessionProblem } | { notDrawn: true };

/** A settings page counts as drawn once it shows any setting Chaperone knows. */
export const SETTINGS_EXPECTED = { lines: ALL_SETTING_LABELS.map((label) => label.source) };

/**
 * Reads the Audience and visibility settings: on the page already open in `page` first (Facebook
 * may draw every row on one page), then behind the tab links for those still not found. Each page
 * is searched for every setting still missing; a setting is reported missing only once its own
 * tab has been looked at. A page that fails leaves its own settings unread with the reason; a
 * session lost on the way ends it all.
 */
export async function readSettings(ctx: ReaderContext, page: Page, timing: FacebookTiming): Promise<SettingsReading | { sessionLost: SessionProblem }> {
  const reading: SettingsReading = { observations: [], unread: [] };
  const pending = new Map<string, SettingSpec>(FACEBOOK_TABS.flatMap((t) => t.settings.map((s) => [s.setting, s] as const)));
  for (const [index, tab] of FACEBOOK_TABS.entries()) {
    const own = tab.settings.filter((s) => pending.has(s.setting));
    if (own.length === 0) continue;
    try {
      const result = await ctx.step(`Reading Facebook settings: ${tab.title}`, async (signal): Promise<PageOutcome> => {
        if (index > 0) {
          const opened = await openFacebookPage(page, settingsTabUrl(tab.tab), signal, timing, SETTINGS_EXPECTED);
          if (opened.verdict.state !== 'signed-in') return { sessionLost: opened.verdict };
          if (!opened.recognised) return { notDrawn: true as const };
        }
        return readOnPage(page, [...pending.values()], signal, timing);
      });
      if ('sessionLost' in result) return result;
      if ('notDrawn' in result) {
        reading.unread.push(...unreadEvery(own.map((s) => s.setting), 'page-changed',
          `Facebook's "${tab.title}" settings page showed none of the settings Chaperone knows within ${String(Math.round(timing.contentWaitMs / 1000))} seconds.`));
        for (const spec of own) pending.delete(spec.setting);
        continue;
      }
      reading.observations.push(...result.observations);
      reading.unread.push(...result.unread);
      for (const done of [...result.observations, ...result.unread]) pending.delete(done.setting);
      // This tab's own rows not on its own page are missing; other tabs' rows are looked for on their pages.
      for (const spec of result.missing.filter((s) => own.includes(s))) {
        reading.unread.push(missing(spec));
        pending.delete(spec.setting);
      }
    } catch (error) {
      const failure = reasonForFailure(error, ctx.signal, 'Facebook');
      reading.unread.push(...unreadEvery(own.map((s) => s.setting), failure.reason, failure.detail));
      for (const spec of own) pending.delete(spec.setting);
    }
  }
  return reading;
}
