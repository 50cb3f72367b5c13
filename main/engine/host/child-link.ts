/**
 * Starts the engine as a Node child process (tests, and possibly the CLI) and wraps its IPC
 * channel as a MessageLink. 'advanced' serialization is structured clone, as in Electron.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { MessageLink } from './protocol.ts';

export interface ForkEngineOptions {
  /** Node flags for the child; default none (not the parent's, which may be a test runner's). */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
}

export function forkEngine(entryPath: string, options: ForkEngineOptions = {}): { link: MessageLink; child: ChildProcess } {
  const child = fork(entryPath, [], {
    serialization: 'advanced',
    execArgv: options.execArgv ?? [],
    env: options.env ?? process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let closedDetail: string | null = null;
  const closeListeners: ((detail: string) => void)[] = [];
  const closed = (detail: string): void => {
    if (closedDetail !== null) return;
    closedDetail = detail;
    for (const listener of closeListeners) listener(detail);
  };
  // 'close' comes after the last message has been delivered, unlike 'exit'.
  child.once('close', (code, signal) => { closed(code === null ? `stopped by ${signal ?? 'a signal'}` : `exit code ${code}`); });
  child.once('error', (error) => {
    // Failing to start means there will be no 'close' (no process ever ran).
    if (child.pid === undefined) closed(`could not start: ${error.message}`);
  });
  const link: MessageLink = {
    post(message) {
      if (closedDetail !== null || !child.connected) throw new Error(closedDetail ?? 'the engine process is not connected');
      child.send(message as Parameters<ChildProcess['send']>[0]);
    },
    onMessage(listener) { child.on('message', listener); },
    onClose(listener) {
      if (closedDetail === null) closeListeners.push(listener);
      else listener(closedDetail);
    },
  };
  return { link, child };
}
