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
  /** The demo's local copies of the platforms could not start. */
  demoSites: 7,
  /** `chaperone policy`: the answers file does not answer the questions as the policy needs (each problem is listed). */
  answers: 8,
  /** Something Chaperone did not expect: a fault in Chaperone itself. */
  internal: 70,
  /** Cancelled (Ctrl-C). */
  cancelled: 130,
} as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The demo could not start its local copies of the platforms (certificate, listening socket). */
export class DemoSitesError extends Error {
  constructor(cause: unknown) {
    super(`The demo could not start its local copies of the platforms (${firstLine(cause)}). Nothing was audited.`, { cause });
    this.name = 'DemoSitesError';
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 200);
}
