/** How long the reader waits for each thing Facebook does. The runner's step timeout still rules. */
export interface FacebookTiming {
  /** For a page to load. */
  waitMs: number;
  /** After it loads, for its script to draw what the reader came for (Facebook draws its pages late). */
  contentWaitMs: number;
  /** For a setting's audience dialog to open or close. */
  dialogWaitMs: number;
}

export const DEFAULT_FACEBOOK_TIMING: FacebookTiming = { waitMs: 20_000, contentWaitMs: 10_000, dialogWaitMs: 4_000 };
