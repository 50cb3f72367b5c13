import type { IncomingMessage, ServerResponse } from 'node:http';

/** One emulated site (or family of sites). The harness routes a request to it by the Host header. */
export interface Emulator {
  name: string;
  /** Exact host names this emulator answers for, e.g. ['x.com', 'api.x.com']. */
  hosts: string[];
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void;
}

/** What the browser asked for. `status` is 0 until the response has been sent. */
export interface RequestRecord {
  host: string;
  method: string;
  /** Path without the query string. */
  path: string;
  time: number;
  status: number;
}

export interface StartOptions {
  /** Let `localhost` resolve normally (e.g. a dev server). Off: nothing but the emulated hosts resolves. */
  allowLocalhost?: boolean;
}

export interface RunningEmulators {
  port: number;
  /** Chromium flags: host mapping (everything else unresolvable), no proxy, and trust for the test certificate. */
  browserArgs: string[];
  /** Every request any emulator received, in order. */
  requests: RequestRecord[];
  requestsTo(host: string): RequestRecord[];
  /** Errors thrown by emulator handlers (answered with 500). A healthy run leaves this empty. */
  errors: Error[];
  close(): Promise<void>;
}

/** A cookie as a browser automation API takes it (fits puppeteer's CookieData). */
export interface EmulatorCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'None' | 'Lax' | 'Strict';
  expires: number;
}

/** What every platform emulator offers the demo and the audit tests, whatever else it has. */
export interface PlatformEmulator {
  emulator: Emulator;
  /** A fresh signed-in session without the login form: the cookies the platform's login sets. */
  issueSessionCookies(): EmulatorCookie[];
}
