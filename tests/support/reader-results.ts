/** Reading a reader's result the way the tests assert on it. */
import { expect } from 'vitest';
import { ALL_SETTINGS } from '../../main/engine/types.ts';
import type { PlatformReader, PlatformReadResult } from '../../main/engine/types.ts';

/** Setting → value read. */
export function valuesOf(result: PlatformReadResult): Record<string, unknown> {
  return Object.fromEntries(result.observations.map((o) => [o.setting, o.value]));
}

/** Setting → why it could not be read. */
export function reasonsOf(result: PlatformReadResult): Record<string, string> {
  return Object.fromEntries(result.unread.map((u) => [u.setting, u.reason]));
}

/** Nothing read: every setting of the reader, and every other item (ALL_SETTINGS), carries the reason. */
export function everySetting(reader: PlatformReader, reason: string): Record<string, string> {
  return { ...Object.fromEntries(reader.settings.map((setting) => [setting, reason])), [ALL_SETTINGS]: reason };
}

/** The whole read failed for one reason: no value, no identity, no stranger view. */
export function expectNothingRead(reader: PlatformReader, result: PlatformReadResult, session: string, reason: string): void {
  expect(result.session).toBe(session);
  expect(result.observations).toEqual([]);
  expect(reasonsOf(result)).toEqual(everySetting(reader, reason));
  expect(result.identity).toBeNull();
  expect(result.stranger).toBeNull();
}
