/**
 * Run-time check of every request that crosses into the engine process. Main is trusted, but a
 * process boundary is where a version skew or a bug shows up first: better a clear error reply
 * than an audit run on half a request.
 */
import { z } from 'zod';
import { PROFESSIONS } from '../profile.ts';
import { ACCOUNT_KINDS, PLATFORM_IDS } from '../types.ts';
import type { EngineRequest } from './protocol.ts';

const folder = z.string().min(1, 'must not be empty').max(4096);
const browserArgs = z.array(z.string().max(4096)).max(200);
const none = z.strictObject({});

const account = z.strictObject({
  id: z.string().min(1).max(100),
  platform: z.enum(PLATFORM_IDS),
  label: z.string().max(200),
  kind: z.enum(ACCOUNT_KINDS),
});

// Not strict: main may hand over its whole stored profile; only these fields are used and reported.
const profile = z.object({
  registeredName: z.string().max(200),
  profession: z.enum(PROFESSIONS),
  regulator: z.string().max(100),
});

const PARAMS = {
  'audit.run': z.strictObject({
    runId: z.string().min(1).max(100),
    accounts: z.array(account).min(1).max(100),
    profile,
    checklistDir: folder,
    dataDir: folder,
    browserPath: folder.nullable(),
    extraBrowserArgs: browserArgs,
    appVersion: z.string().max(100),
    showBrowser: z.boolean().optional(),
  }),
  'audit.cancel': z.strictObject({ runId: z.string().min(1).max(100) }),
  'sign-in.open': z.strictObject({
    account: account.pick({ id: true, platform: true }),
    // Scheme and host are checked against the platform's own hosts when the window opens (sign-in-request.ts).
    url: z.string().min(1).max(2048).optional(),
    dataDir: folder,
    browserPath: folder.nullable(),
    extraBrowserArgs: browserArgs,
  }),
  'sign-in.close': z.strictObject({ accountId: z.string().min(1).max(100) }),
  'browsers.find': none,
  shutdown: none,
} as const;

const requestSchema = z.discriminatedUnion('method', [
  z.strictObject({ id: z.int(), method: z.literal('audit.run'), params: PARAMS['audit.run'] }),
  z.strictObject({ id: z.int(), method: z.literal('audit.cancel'), params: PARAMS['audit.cancel'] }),
  z.strictObject({ id: z.int(), method: z.literal('sign-in.open'), params: PARAMS['sign-in.open'] }),
  z.strictObject({ id: z.int(), method: z.literal('sign-in.close'), params: PARAMS['sign-in.close'] }),
  z.strictObject({ id: z.int(), method: z.literal('browsers.find'), params: PARAMS['browsers.find'] }),
  z.strictObject({ id: z.int(), method: z.literal('shutdown'), params: PARAMS.shutdown }),
]);

export type ParsedRequest =
  | { ok: true; request: EngineRequest }
  /** id is null when the message has none: then nobody is waiting for an answer. */
  | { ok: false; id: number | null; error: string };

export function parseRequest(raw: unknown): ParsedRequest {
  const id = idOf(raw);
  const method = isRecord(raw) ? raw.method : undefined;
  if (typeof method !== 'string' || !Object.hasOwn(PARAMS, method)) {
    const named = typeof method === 'string' ? `"${method.slice(0, 60)}"` : 'without a method';
    return { ok: false, id, error: `The audit engine does not know the request ${named}.` };
  }
  const parsed = requestSchema.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
  return { ok: false, id, error: `The audit engine could not understand a "${method}" request (${where}${issue?.message ?? 'malformed'}).` };
}

function idOf(raw: unknown): number | null {
  return isRecord(raw) && typeof raw.id === 'number' && Number.isSafeInteger(raw.id) ? raw.id : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
