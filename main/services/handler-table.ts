/**
 * The handler table: one function per channel of the API contract. Electron's IPC calls it (after
 * the sender check) and so do the tests, which bridge it into Chromium for the renderer.
 */
import type { z } from 'zod';
import { CHANNEL_SCHEMAS } from '../shared/api-schemas.ts';
import type { Channel, ChannelArgs, ChannelResult } from '../shared/api-contract.ts';
import { ApiError } from './api-error.ts';

export type Handlers = { [C in Channel]: (args: ChannelArgs<C>) => Promise<ChannelResult<C>> };

/** Compile-time check: what each schema lets through is what its handler takes. */
type Parsed<C extends Channel> = z.output<(typeof CHANNEL_SCHEMAS)[C]>;
type Mismatched = { [C in Channel]: Parsed<C> extends ChannelArgs<C> ? never : C }[Channel];
export const SCHEMAS_MATCH_CONTRACT: [Mismatched] extends [never] ? true : Mismatched = true;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(CHANNEL_SCHEMAS, value);
}

/**
 * Checks the caller and the argument, then runs the handler. A refused or malformed call throws
 * an ApiError before any handler code runs, so it changes nothing.
 */
export async function invokeHandler(handlers: Handlers, channel: unknown, raw: unknown, senderTrusted: boolean): Promise<unknown> {
  if (!senderTrusted) throw new ApiError('Refused: this request did not come from Chaperone\'s own window.');
  if (!isChannel(channel)) throw new ApiError('Refused: Chaperone has no such function.');
  const parsed = CHANNEL_SCHEMAS[channel].safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.length === 0 ? 'argument' : issue.path.join('.')} ${issue.message}`);
    throw new ApiError(`${channel} was given something it cannot use: ${problems.join('; ')}.`);
  }
  const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
  return handler(parsed.data);
}
