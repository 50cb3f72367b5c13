/** Exit codes of the `chaperone` command; documented in README.md. */
export const EXIT = {
  /** Audit finished: every applicable automatic check was verified and passed. */
  ok: 0,
  /** Audit finished with items that need fixing. */
  findings: 1,
  /** The command line was wrong. */
  usage: 2,
  /** A checklist file is broken; nothing was audited. */
  checklist: 3,
  /** No usable browser, or it would not start (or stopped during the audit). */
  browser: 4,
  /** Audit finished with nothing failing, but some items could not be checked. */
  incomplete: 5,
  /** A report file could not be read or written. */
  io: 6,
  /** Cancelled (Ctrl-C). */
  cancelled: 130,
} as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
