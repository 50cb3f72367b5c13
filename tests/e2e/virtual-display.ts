/**
 * A screen for an Electron window. On Linux without DISPLAY, starts Xvfb on a free display number
 * (Xvfb picks it and writes it to the -displayfd pipe); elsewhere there is nothing to do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Display {
  /** Variables to add to the app's environment (DISPLAY when Xvfb was started). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export type DisplayLookup = { ready: true; display: Display } | { ready: false; reason: string };

export interface DisplayProbe {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** Full path of an executable on PATH, or undefined. */
  which(name: string): string | undefined;
}

const NOTHING_TO_STOP: Display = { env: {}, stop: () => Promise.resolve() };

export function whichOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  return path.split(delimiter).filter(Boolean).map((dir) => join(dir, name)).find((file) => existsSync(file));
}

export async function ensureDisplay(probe: DisplayProbe): Promise<DisplayLookup> {
  if (probe.platform !== 'linux' || probe.env.DISPLAY || probe.env.WAYLAND_DISPLAY) {
    return { ready: true, display: NOTHING_TO_STOP };
  }
  const xvfb = probe.which('Xvfb');
  if (!xvfb) {
    return {
      ready: false,
      reason: 'No screen for the window: DISPLAY is not set and Xvfb is not installed. ' +
        'Install it (apt-get install xvfb) or run the tests inside a desktop session or under xvfb-run.',
    };
  }
  return { ready: true, display: await startXvfb(xvfb) };
}

function startXvfb(xvfb: string): Promise<Display> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x960x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const stop = (): Promise<void> => stopChild(child);
  return new Promise<Display>((resolve, reject) => {
    let written = '';
    let stderr = '';
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => { reject(new Error(`${error.message}${stderr ? `\n${stderr}` : ''}`)); });
    };
    const timer = setTimeout(() => { fail(new Error('Xvfb did not report a display within 10 s')); }, 10_000);
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.once('error', fail);
    // 'close', not 'exit': by then its stderr has been read, so the message can say why.
    child.once('close', (code) => { fail(new Error(`Xvfb exited early (code ${String(code)})`)); });
    const displayPipe = child.stdio[3];
    if (!displayPipe) { fail(new Error('Xvfb display pipe is missing')); return; }
    displayPipe.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      const match = /^(\d+)\n/.exec(written);
      if (!match?.[1] || settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ env: { DISPLAY: `:${match[1]}` }, stop });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => { resolve(); });
    child.kill('SIGTERM');
  });
}
