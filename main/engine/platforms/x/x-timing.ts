/** How long the reader waits for each thing X's app does. The runner's step timeout still rules. */
export interface XTiming {
  /** For a page's own data or a page to render. */
  waitMs: number;
  /** For settings.json once the page already looks signed in (X normally sends both at once). */
  settingsGraceMs: number;
  /** For posts to appear under a profile header a stranger can see. */
  postsWaitMs: number;
}

export const DEFAULT_X_TIMING: XTiming = { waitMs: 20_000, settingsGraceMs: 5_000, postsWaitMs: 6_000 };
