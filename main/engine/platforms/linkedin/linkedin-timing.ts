/** How long the reader waits for each thing LinkedIn does. The runner's step timeout still rules. */
export interface LinkedInTiming {
  /** For a page to load. */
  waitMs: number;
  /** For the settings data a page fetches itself, once the page has loaded without it embedded. */
  fetchGraceMs: number;
}

export const DEFAULT_LINKEDIN_TIMING: LinkedInTiming = { waitMs: 20_000, fetchGraceMs: 2_000 };
