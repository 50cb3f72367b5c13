/**
 * Messages between the main process and the engine process (an Electron utilityProcess in the
 * app, a Node child process in tests). Plain data only: everything must survive structured clone.
 */
import type { ProgressEvent } from '../audit/progress.ts';
import type { FoundBrowser } from '../browser/find-browsers.ts';
import type { UserProfile } from '../profile.ts';
import type { AuditReport } from '../report/schema.ts';
import type { AccountSpec } from '../types.ts';

export interface AuditRunRequest {
  runId: string;
  accounts: AccountSpec[];
  profile: UserProfile;
  checklistDir: string;
  dataDir: string;
  /** The browser the user chose; null picks the first one installed. */
  browserPath: string | null;
  /** Flags from the environment of the main process (CHAPERONE_BROWSER_ARGS); never from the renderer. */
  extraBrowserArgs: string[];
  appVersion: string;
  /** Read in a visible window titled as Chaperone's (when a platform turned the hidden browser away). */
  showBrowser?: boolean;
}

export interface SignInRequest {
  account: Pick<AccountSpec, 'id' | 'platform'>;
  /** A settings page to open instead of the sign-in page: https, on one of the platform's own hosts. */
  url?: string;
  dataDir: string;
  browserPath: string | null;
  extraBrowserArgs: string[];
}

/** Requests from main, each answered once by a Reply with the same id. */
export type EngineRequest =
  | { id: number; method: 'audit.run'; params: AuditRunRequest }
  | { id: number; method: 'audit.cancel'; params: { runId: string } }
  | { id: number; method: 'sign-in.open'; params: SignInRequest }
  | { id: number; method: 'sign-in.close'; params: { accountId: string } }
  | { id: number; method: 'browsers.find'; params: Record<string, never> }
  | { id: number; method: 'shutdown'; params: Record<string, never> };

export interface EngineResults {
  'audit.run': AuditReport;
  'audit.cancel': null;
  /** `notice`: how the signed-in session is protected, when the system keychain does not protect it. */
  'sign-in.open': { exitCode: number | null; notice: string | null };
  'sign-in.close': null;
  'browsers.find': FoundBrowser[];
  shutdown: null;
}

export type EngineMethod = EngineRequest['method'];
export type EngineParams<M extends EngineMethod> = Extract<EngineRequest, { method: M }>['params'];

export type EngineMessage =
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string }
  | { type: 'progress'; runId: string; event: ProgressEvent };

/** What main uses to talk to the engine, wherever it runs. */
export interface EngineClient {
  call<M extends EngineMethod>(method: M, params: EngineParams<M>): Promise<EngineResults[M]>;
  onProgress(listener: (runId: string, event: ProgressEvent) => void): () => void;
  /** Asks the engine to close its browsers and exit; kills it if it does not within the grace period. */
  stop(): Promise<void>;
}

/** A message port either side of the process boundary. */
export interface MessageLink {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The other side went away (crash or exit). */
  onClose(listener: (detail: string) => void): void;
}
