/** How long the reader waits for each thing Instagram's app does. The runner's step timeout still rules. */
export interface InstagramTiming {
  /** For a page's own data or a page to render. */
  waitMs: number;
  /** For the profile data once the form data has come (the app asks for both at once). */
  graceMs: number;
}

export const DEFAULT_INSTAGRAM_TIMING: InstagramTiming = { waitMs: 20_000, graceMs: 5_000 };
