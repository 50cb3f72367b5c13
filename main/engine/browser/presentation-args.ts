/**
 * Flags that make the audit browser present as the person's own installed browser rather than
 * as automation: measured in tests/integration/browser/presentation.test.ts, described in
 * docs/automation.md.
 */
import { acceptLanguage } from './system-language.ts';

/** A common laptop screen; the window fills it as a person's maximised window would. */
export const WINDOW_SIZE = { width: 1366, height: 768 } as const;

/** puppeteer's default flag that turns on navigator.webdriver and the "controlled by automated software" bar. */
export const IGNORED_DEFAULT_ARGS: readonly string[] = ['--enable-automation'];

export interface Presentation {
  headless: boolean;
  /** The installed browser's own user agent (no "Headless"); null leaves the browser's own. */
  userAgent: string | null;
  /** The person's languages, most wanted first. */
  languages: readonly string[];
  /** For a visible window: its title, so the person knows the window is Chaperone's. */
  windowTitle?: string | undefined;
}

export function presentationArgs(presentation: Presentation): string[] {
  const { width, height } = WINDOW_SIZE;
  const [language = 'en-GB'] = presentation.languages;
  return [
    '--disable-blink-features=AutomationControlled',
    `--window-size=${String(width)},${String(height)}`,
    `--lang=${language}`,
    `--accept-lang=${acceptLanguage(presentation.languages)}`,
    // A hidden browser's screen is 800×600 unless told otherwise: smaller than its own window.
    ...(presentation.headless ? [`--screen-info={${String(width)}x${String(height)}}`] : []),
    ...(presentation.userAgent === null ? [] : [`--user-agent=${presentation.userAgent}`]),
    ...(presentation.windowTitle === undefined ? [] : [`--window-name=${presentation.windowTitle}`, '--window-position=40,40']),
  ];
}
