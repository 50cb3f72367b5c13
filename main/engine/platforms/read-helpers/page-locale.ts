import type { Page } from 'puppeteer-core';

/** The page's declared language (`<html lang>`), or null when it has none. */
export async function readPageLanguage(page: Page): Promise<string | null> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  return lang.trim() === '' ? null : lang.trim();
}

/**
 * Labels are matched in English only. A page without a declared language is not assumed to be
 * English: matching foreign labels against English patterns could misread a setting.
 */
export function isEnglishLanguage(lang: string | null): boolean {
  return lang !== null && /^en(?:[-_]|$)/i.test(lang);
}
