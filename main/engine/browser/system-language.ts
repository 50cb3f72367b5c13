/**
 * The language the person's own browser would ask pages for: their system's, from the locale
 * variables (LC_ALL, LC_MESSAGES, LANG) or the system's own locale, British English when neither
 * names one (Chaperone is for UK health professionals).
 */

export const DEFAULT_LANGUAGE = 'en-GB';

/** "en_GB.UTF-8" → "en-GB"; null for "C", "POSIX" or nothing usable. */
export function languageTag(value: string | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[_-]([A-Za-z]{2}|\d{3}))?(?:[.@].*)?$/i.exec(value?.trim() ?? '');
  if (match === null) return null;
  const [, lang = '', region] = match;
  return region === undefined ? lang.toLowerCase() : `${lang.toLowerCase()}-${region.toUpperCase()}`;
}

/**
 * The person's languages, most wanted first: e.g. ["en-GB", "en"]. On Linux a missing locale
 * variable leaves Intl at "en-US" whatever the person chose, so only the variables count there.
 */
export function systemLanguages(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  intlLocale: string = Intl.DateTimeFormat().resolvedOptions().locale,
): string[] {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].map(languageTag).find((tag) => tag !== null);
  const fromSystem = platform === 'linux' ? null : languageTag(intlLocale);
  const tag = fromEnv ?? fromSystem ?? DEFAULT_LANGUAGE;
  const base = tag.split('-')[0] ?? tag;
  return base === tag ? [tag] : [tag, base];
}

/** The Accept-Language a browser sends for these languages; it adds the weights itself. */
export function acceptLanguage(languages: readonly string[]): string {
  return languages.join(',');
}
