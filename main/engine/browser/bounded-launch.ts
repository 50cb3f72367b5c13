/**
 * Starting and stopping a browser with a deadline on both. A browser that never answers its
 * launch (or its close) would otherwise hold the command for puppeteer's protocol timeout, three
 * minutes a call; here it is killed, with its whole process group, once the deadline passes.
 */
import { launch, type Browser, type LaunchOptions } from 'puppeteer-core';
import { browserEnvironment } from './browser-env.ts';
import { BrowserLaunchError } from './errors.ts';

/** How long a browser may take to start before Chaperone gives up on it. */
export const DEFAULT_LAUNCH_TIMEOUT_MS = 30_000;
/** How long a browser may take to close before it is killed. */
const CLOSE_GRACE_MS = 5_000;

/** Kills a launched browser's process group; puppeteer does this when its launch signal aborts. */
const killers = new WeakMap<Browser, () => void>();

export class BrowserStartTimeoutError extends Error {
  override readonly name = 'BrowserStartTimeoutError';
  readonly seconds: number;
  constructor(timeoutMs: number) {
    const seconds = Math.round(timeoutMs / 1000);
    super(`it did not answer within ${String(seconds)} seconds`);
    this.seconds = seconds;
  }
}

/**
 * puppeteer-core's launch, bounded: after `timeoutMs` the browser process is killed and a
 * BrowserLaunchError says it did not answer. The browser's own signal-handling stays off: the
 * app owns its lifetime.
 */
export async function launchWithin(
  options: Omit<LaunchOptions, 'signal' | 'timeout' | 'handleSIGINT' | 'handleSIGTERM' | 'handleSIGHUP'> & { executablePath: string },
  timeoutMs: number = DEFAULT_LAUNCH_TIMEOUT_MS,
): Promise<Browser> {
  const lifetime = new AbortController();
  const kill = (): void => { lifetime.abort(); };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      kill();
      reject(new BrowserStartTimeoutError(timeoutMs));
    }, timeoutMs);
  });
  const starting = launch({
    env: browserEnvironment(),
    ...options,
    // puppeteer kills the process group when this aborts, at launch or at any time after.
    signal: lifetime.signal,
    timeout: timeoutMs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // After the deadline the launch fails on its own (its process is gone); that failure is expected.
  starting.catch(() => undefined);
  try {
    const browser = await Promise.race([starting, deadline]);
    killers.set(browser, kill);
    return browser;
  } catch (error) {
    kill();
    throw new BrowserLaunchError(options.executablePath, error);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes a browser from launchWithin, killing it if it has not closed within a few seconds. */
export async function closeWithin(browser: Browser, graceMs: number = CLOSE_GRACE_MS): Promise<void> {
  const kill = killers.get(browser);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(() => { kill?.(); resolve(); }, graceMs);
  });
  try {
    await Promise.race([browser.close().catch(() => { kill?.(); }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
