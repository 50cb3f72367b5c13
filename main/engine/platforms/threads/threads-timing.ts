/** How long the Threads reader waits. The runner's step timeout still rules. */
export interface ThreadsTiming {
  /** For a page to load. */
  waitMs: number;
  /** For a settings page's switches and choices to be drawn once the page has loaded. */
  controlsWaitMs: number;
}

export const DEFAULT_THREADS_TIMING: ThreadsTiming = { waitMs: 20_000, controlsWaitMs: 5_000 };
