import type { Page } from 'puppeteer-core';
import type { Observation, ReaderContext, Unread } from '../../types.ts';
import type { CapturedResponse } from '../read-helpers/capture-response.ts';
import { reasonForFailure } from '../read-helpers/failure-reason.ts';
import { isEnglishLanguage } from '../read-helpers/page-locale.ts';
import { FORM_DATA_SETTINGS, INSTAGRAM_SETTINGS } from './instagram-settings.ts';
import type { InstagramTiming } from './instagram-timing.ts';
import { isPrivateObservation, parseProfileInfo, readFormDataSettings } from './json-parse.ts';
import type { ProfileInfo } from './json-parse.ts';
import { readSettingsPages } from './settings-pages.ts';
import type { SessionProblem } from './session-verdict.ts';

/** What the settings page's own app loaded. */
export interface CapturedData {
  formData: Record<string, unknown> | null;
  profileInfo: CapturedResponse | null;
  language: string | null;
}

export type SettingsResult =
  | { observations: Observation[]; unread: Unread[]; profile: ProfileInfo | null }
  | { sessionLost: SessionProblem };

/**
 * Every setting, by the most robust source: the JSON first (form data, profile info), then the
 * pages' accessibility tree for what only a page shows or what the JSON left out, in English only.
 */
export async function readSettings(ctx: ReaderContext, page: Page, data: CapturedData, timing: InstagramTiming): Promise<SettingsResult> {
  const readAt = new Date().toISOString();
  const fromForm = data.formData === null
    ? { observations: [], unread: FORM_DATA_SETTINGS.map((setting): Unread => ({ setting, reason: 'timeout', detail: "Instagram's profile data did not come in time." })) }
    : readFormDataSettings(data.formData, readAt);
  const profile = data.profileInfo?.status === 200 ? parseProfileInfo(data.profileInfo.body) : null;
  const privateSeen = profile === null ? null : isPrivateObservation(profile, readAt);
  const observations: Observation[] = [...fromForm.observations, ...(privateSeen === null ? [] : [privateSeen])];
  const jsonMiss = new Map(fromForm.unread.map((u) => [u.setting, u]));
  const observed = new Set(observations.map((o) => o.setting));
  const remaining = INSTAGRAM_SETTINGS.filter((s) => !observed.has(s));
  if (remaining.length === 0) return { observations, unread: [], profile };

  if (!isEnglishLanguage(data.language)) {
    const lang = data.language ?? 'not stated';
    const unread = remaining.map((setting): Unread => ({
      setting,
      reason: 'locale-unsupported',
      detail: `${jsonMiss.get(setting)?.detail ?? "Instagram shows this setting only on its page."} The page is in a language Chaperone cannot read yet (${lang}).`,
    }));
    return { observations, unread, profile };
  }
  try {
    const known = { observed, isPrivate: profile?.isPrivate ?? null, isProfessional: profile?.isProfessional ?? null };
    const pages = await ctx.step('Reading Instagram settings pages', (signal) => readSettingsPages(page, known, signal, timing));
    if ('sessionLost' in pages) return pages;
    const unread = pages.unread.map((u) => {
      const miss = jsonMiss.get(u.setting);
      return miss === undefined ? u : { ...u, detail: `${miss.detail} ${u.detail}` };
    });
    const all = [...observations, ...pages.observations];
    const covered = new Set([...all, ...unread].map((r) => r.setting));
    const notRead = remaining.filter((s) => !covered.has(s)).map((setting): Unread => ({ setting, reason: 'not-read', detail: 'Chaperone did not reach this setting.' }));
    return { observations: all, unread: [...unread, ...notRead], profile };
  } catch (error) {
    const failure = reasonForFailure(error, ctx.signal, 'Instagram');
    return { observations, unread: remaining.map((setting) => ({ setting, reason: failure.reason, detail: failure.detail })), profile };
  }
}
