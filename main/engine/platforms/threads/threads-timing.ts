/** How long the Threads reader waits. The runner's step timeout still rules. */
export interface ThreadsTiming {
  /** For a page to load. */
  waitMs: number;
  /** For what a page is read for (controls, a profile, its posts) to be drawn once it has loaded: the deadline. */
  controlsWaitMs: number;
}

export const DEFAULT_THREADS_TIMING: ThreadsTiming = { waitMs: 20_000, controlsWaitMs: 10_000 };
