/**
 * Runs readers over accounts with bounded concurrency, per-step timeouts and cancellation, then
 * evaluates and scores. One account failing (crash, timeout, signed out) never spoils the others.
 */
import type { ChecklistSet } from '../checklist/model.ts';
import { identityObservations } from '../identity/index.ts';
import type { UserProfile } from '../profile.ts';
import { ALL_SETTINGS, type AccountSpec, type PlatformReader, type PlatformReadResult, type UnreadReason } from '../types.ts';
import { auditQuestions, evaluateAccount } from './evaluate.ts';
import { accountItems, auditGuidance, onceItems } from '../checklist/audience.ts';
import type { AccountResult, AuditResult, RequestsBlocked } from './model.ts';
import type { ProgressEvent } from './progress.ts';
import { scoreItems } from '../../shared/score.ts';
import {
  AuditCancelledError, BrowserCrashedError, createStepRunner, errorForReport, PlatformNotSupportedError, reasonForError, START_STEP,
} from './steps.ts';

/** A browser opened on one account's profile, with the platform's host allow-list applied to its pages. */
export interface AccountBrowser {
  newPage(): Promise<import('puppeteer-core').Page>;
  newStrangerPage(): Promise<import('puppeteer-core').Page>;
  requestsBlocked(): RequestsBlocked;
  /** Called once if the browser dies during the audit. */
  onCrash(listener: () => void): void;
  close(): Promise<void>;
}

/** platformName is for the person to read, e.g. in a visible window's title. */
export type OpenAccountBrowser = (account: AccountSpec, reader: PlatformReader, platformName?: string) => Promise<AccountBrowser>;

export interface RunAuditOptions {
  accounts: readonly AccountSpec[];
  checklists: ChecklistSet;
  profile: UserProfile;
  readers: readonly PlatformReader[];
  openBrowser: OpenAccountBrowser;
  appVersion: string;
  /** Accounts audited at once, each with its own browser; never two of the same platform. */
  concurrency?: number;
  stepTimeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

export const DEFAULT_CONCURRENCY = 2;
export const DEFAULT_STEP_TIMEOUT_MS = 30_000;

export async function runAudit(options: RunAuditOptions): Promise<AuditResult> {
  const { accounts, signal } = options;
  const emit = (event: ProgressEvent): void => { options.onProgress?.(event); };
  const startedAt = now();
  emit({ type: 'audit-started', accounts: accounts.length, at: startedAt });

  const results: AccountResult[] = new Array<AccountResult>(accounts.length);
  // A person reads one account of a platform at a time: never two browsers on one platform at once.
  const lanes = platformLanes(accounts);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let lane = lanes[next++]; lane !== undefined; lane = lanes[next++]) {
      for (const i of lane) {
        const account = accounts[i];
        if (account !== undefined) results[i] = await auditAccount(account, options, emit);
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, lanes.length));
  await Promise.all(Array.from({ length: workers }, worker));

  const questions = auditQuestions(onceItems(options.checklists, options.profile));
  const cancelled = signal?.aborted ?? false;
  const finishedAt = now();
  emit({ type: 'audit-finished', cancelled, at: finishedAt });
  return {
    startedAt, finishedAt, appVersion: options.appVersion, checklistVersion: options.checklists.version,
    guidance: auditGuidance(options.checklists, options.profile),
    cancelled, accounts: results, questions, overall: scoreItems([...results.flatMap((r) => r.items), ...questions]),
  };
}

async function auditAccount(
  account: AccountSpec,
  options: RunAuditOptions,
  emit: (event: ProgressEvent) => void,
): Promise<AccountResult> {
  const startedAt = now();
  emit({ type: 'account-started', accountId: account.id, label: account.label, at: startedAt });
  const checklist = options.checklists.platforms.find((c) => c.platform.id === account.platform);
  const reader = options.readers.find((r) => r.platform === account.platform);
  const platformName = checklist?.platform.name ?? account.platform;
  const items = accountItems(options.checklists, checklist?.items ?? [], options.profile);

  const controller = new AbortController();
  const cancel = (): void => { controller.abort(new AuditCancelledError()); };
  if (options.signal?.aborted === true) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });

  let read: PlatformReadResult;
  let error: string | null = null;
  let browser: AccountBrowser | null = null;
  let opening: Promise<AccountBrowser> | null = null;
  try {
    if (checklist === undefined || reader === undefined) {
      throw new PlatformNotSupportedError(account.platform);
    }
    controller.signal.throwIfAborted();
    const step = createStepRunner(controller.signal, options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS, (name) => {
      emit({ type: 'step-started', accountId: account.id, step: name, at: now() });
    });
    const launch = options.openBrowser(account, reader, platformName);
    opening = launch;
    const opened = await step(START_STEP, () => launch);
    browser = opened;
    opened.onCrash(() => { controller.abort(new BrowserCrashedError()); });
    read = await reader.read({
      account, step, signal: controller.signal,
      newPage: () => opened.newPage(),
      newStrangerPage: () => opened.newStrangerPage(),
    });
    // The reader kept what it read before its browser died; the account still says it stopped.
    if (controller.signal.reason instanceof BrowserCrashedError) error = errorForReport(controller.signal.reason);
  } catch (caught) {
    const stop: unknown = controller.signal.aborted ? controller.signal.reason : caught;
    error = errorForReport(stop);
    read = failedRead(reasonForError(stop), error);
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    if (browser !== null) await browser.close().catch(() => undefined);
    // A browser that finished starting after its step timed out or was cancelled is closed too.
    else void opening?.then((late) => late.close()).catch(() => undefined);
  }

  // Ctrl-C reaches the browser too, and its going away may be seen before the cancel: once the
  // user has cancelled, what stopped the account is the cancel.
  if (options.signal?.aborted === true) ({ read, error } = asCancelled(read, error));
  if (read.identity !== null) {
    read = { ...read, observations: [...read.observations, ...identityObservations(read.identity, options.profile, now())] };
  }
  const itemResults = evaluateAccount(items, account, platformName, read);
  const score = scoreItems(itemResults);
  const finishedAt = now();
  emit({
    type: 'account-finished', accountId: account.id, label: account.label, score: score.score,
    coverage: score.coverage, error, at: finishedAt,
    counts: { pass: score.pass, fail: score.fail, unknown: score.unknown, manual: score.manual, 'not-applicable': score.notApplicable },
  });
  return {
    account, platformName, session: read.session, sessionDetail: read.sessionDetail, startedAt, finishedAt,
    items: itemResults, score, identity: read.identity, stranger: read.stranger,
    requestsBlocked: browser?.requestsBlocked() ?? { offHost: 0, hosts: [], resources: 0 },
    error,
  };
}

/** Account indexes grouped by platform, in the order each platform first appears. */
function platformLanes(accounts: readonly AccountSpec[]): number[][] {
  const lanes = new Map<string, number[]>();
  accounts.forEach((account, i) => {
    const lane = lanes.get(account.platform);
    if (lane === undefined) lanes.set(account.platform, [i]);
    else lane.push(i);
  });
  return [...lanes.values()];
}

/** A read stopped by the user's cancel, whatever the reader or the runner blamed first. */
function asCancelled(read: PlatformReadResult, error: string | null): { read: PlatformReadResult; error: string | null } {
  const cancelled = errorForReport(new AuditCancelledError());
  const blamed = (reason: UnreadReason): boolean => reason === 'browser-failed' || reason === 'cancelled';
  if (!read.unread.some((u) => blamed(u.reason))) return { read, error };
  return {
    read: {
      ...read,
      sessionDetail: read.session === 'signed-in' ? read.sessionDetail : cancelled,
      unread: read.unread.map((u) => (blamed(u.reason) ? { ...u, reason: 'cancelled', detail: cancelled } : u)),
    },
    error: error === null ? null : cancelled,
  };
}

/** Nothing was read: every item becomes unknown with this reason. */
function failedRead(reason: UnreadReason, detail: string): PlatformReadResult {
  return {
    session: 'unknown', sessionDetail: detail, observations: [], identity: null, stranger: null,
    unread: [{ setting: ALL_SETTINGS, reason, detail }],
  };
}

function now(): string {
  return new Date().toISOString();
}
