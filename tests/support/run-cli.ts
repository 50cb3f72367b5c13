/** Runs the chaperone command in this process, as a user would type it, and keeps what it printed. */
import { main } from '../../main/cli.ts';

export interface CliOutcome { code: number; out: string; err: string }

export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliOutcome> {
  let out = '';
  let err = '';
  const code = await main(args, env, { out: (t) => { out += t; }, err: (t) => { err += t; } }, new AbortController().signal);
  return { code, out, err };
}
