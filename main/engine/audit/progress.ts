import type { ItemStatus } from './model.ts';

/** Streamed while an audit runs, so every screen can show progress for anything over a second. */
export type ProgressEvent =
  | { type: 'audit-started'; accounts: number; at: string }
  | { type: 'account-started'; accountId: string; label: string; at: string }
  | { type: 'step-started'; accountId: string; step: string; at: string }
  | { type: 'account-finished'; accountId: string; label: string; score: number | null; coverage: number;
      counts: Record<ItemStatus, number>; error: string | null; at: string }
  | { type: 'audit-finished'; cancelled: boolean; at: string };
