import type { Unread, UnreadReason } from '../../types.ts';

/** The same reason for every setting: used when nothing of the platform could be read. */
export function unreadEvery(settings: readonly string[], reason: UnreadReason, detail: string): Unread[] {
  return settings.map((setting) => ({ setting, reason, detail }));
}
