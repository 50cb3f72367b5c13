import type { Page } from 'puppeteer-core';
import type { ReaderContext } from '../../types.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { unreadEvery } from '../read-helpers/unread-every.ts';
import { FACEBOOK_TABS } from './facebook-settings.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { settingsTabUrl } from './facebook-urls.ts';
import { openFacebookPage } from './open-page.ts';
import type { SessionProblem } from './page-verdict.ts';
import { readTab } from './read-tab.ts';
import type { SettingsReading } from './read-tab.ts';

/**
 * Reads the four Audience and visibility pages in turn, the first already open in `page`. A page
 * that fails leaves its own settings unread with the reason; a session lost on the way ends it all.
 */
export async function readSettings(ctx: ReaderContext, page: Page, timing: FacebookTiming): Promise<SettingsReading | { sessionLost: SessionProblem }> {
  const reading: SettingsReading = { observations: [], unread: [] };
  for (const [index, tab] of FACEBOOK_TABS.entries()) {
    try {
      const result = await ctx.step(`Reading Facebook settings: ${tab.title}`, async (signal) => {
        if (index > 0) {
          const opened = await openFacebookPage(page, settingsTabUrl(tab.tab), signal, timing);
          if (opened.verdict.state !== 'signed-in') return { sessionLost: opened.verdict };
        }
        return readTab(page, tab, signal, timing);
      });
      if ('sessionLost' in result) return result;
      reading.observations.push(...result.observations);
      reading.unread.push(...result.unread);
    } catch (error) {
      const failure = reasonForFailure(error, ctx.signal, 'Facebook');
      reading.unread.push(...unreadEvery(tab.settings.map((s) => s.setting), failure.reason, failure.detail));
    }
  }
  return reading;
}
