/** How long the reader waits for each thing Facebook does. The runner's step timeout still rules. */
export interface FacebookTiming {
  /** For a page to load. */
  waitMs: number;
  /** For a setting's audience dialog to open or close. */
  dialogWaitMs: number;
}

export const DEFAULT_FACEBOOK_TIMING: FacebookTiming = { waitMs: 20_000, dialogWaitMs: 4_000 };
