/**
 * The `chaperone` command: audit, sign-in, demo, report, policy, verify. Runs under plain Node 24; never imports Electron.
 */
import { ChecklistError } from './engine/checklist/model.ts';
import { FileAccessError } from './engine/files/file-access-error.ts';
import { isFileError } from './engine/host/error-message.ts';
import {
  BrowserLaunchError, BrowserNotFoundError, ProfileDirError, ProfileInUseError,
} from './engine/browser/errors.ts';
import { auditCommand } from './cli/audit-command.ts';
import { DemoSitesError, EXIT, UsageError } from './cli/exit-codes.ts';
import { HELP } from './cli/help.ts';
import { processIo, type CliIo } from './cli/io.ts';
import { demoOptions, parse } from './cli/options.ts';
import { signInCommandLine } from './cli/sign-in-command.ts';

export async function main(argv: string[], env: NodeJS.ProcessEnv, io: CliIo, signal: AbortSignal): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.help === true || command === undefined || command === 'help') {
      io.out(HELP);
      return command === undefined && values.help !== true ? EXIT.usage : EXIT.ok;
    }
    switch (command) {
      case 'audit': noExtra(command, rest); return await auditCommand(values, env, io, signal);
      case 'demo': {
        noExtra(command, rest);
        // Loaded only here: the demo brings the local platform copies, which no real audit needs.
        const [{ demoCommand }, { DEMO_PROFILE }] = await Promise.all([import('./cli/demo-command.ts'), import('./demo/demo-clinician.ts')]);
        return await demoCommand(demoOptions(values, env, DEMO_PROFILE.registeredName), io, signal, env);
      }
      case 'sign-in': return await signInCommandLine(rest, values, env, io, signal);
      case 'report': {
        noExtra(command, rest);
        const { reportCommand } = await import('./cli/report-command.ts');
        return await reportCommand(values, env, io);
      }
      case 'policy': {
        noExtra(command, rest);
        const { policyCommand } = await import('./cli/policy-command.ts');
        return await policyCommand(values, env, io);
      }
      case 'verify': {
        const { verifyCommand } = await import('./cli/verify-command.ts');
        return await verifyCommand(rest, io);
      }
      default: throw new UsageError(`"${command}" is not a chaperone command. Try: audit, sign-in, demo, report, policy, verify (or --help).`);
    }
  } catch (error) {
    return reportError(error, io, env);
  }
}

function noExtra(command: string, rest: string[]): void {
  if (rest.length > 0) throw new UsageError(`"chaperone ${command}" takes no extra words: ${rest.join(' ')}`);
}

function reportError(error: unknown, io: CliIo, env: NodeJS.ProcessEnv): number {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    io.err(`chaperone: ${message}\nRun "chaperone --help" for how to use it.\n`);
    return EXIT.usage;
  }
  if (error instanceof ChecklistError) {
    io.err(`chaperone: a checklist file is broken, so nothing was audited.\n  ${message}\n`);
    return EXIT.checklist;
  }
  if (error instanceof BrowserNotFoundError || error instanceof BrowserLaunchError
    || error instanceof ProfileInUseError || error instanceof ProfileDirError) {
    io.err(`chaperone: ${message}\n`);
    return EXIT.browser;
  }
  if (error instanceof FileAccessError) {
    io.err(`chaperone: ${message}\n`);
    return EXIT.io;
  }
  if (isFileError(error)) {
    io.err(`chaperone: could not write or read a file: ${message}\n`);
    return EXIT.io;
  }
  if (error instanceof DemoSitesError) {
    io.err(`chaperone: ${message}\n`);
    return EXIT.demoSites;
  }
  // A fault of ours: say so in one line, keep the detail for a bug report, and still exit.
  io.err(`chaperone: something Chaperone did not expect stopped the command: ${message.split('\n')[0] ?? ''}\n`
    + 'Nothing was changed on your accounts. Please report this; run it again with CHAPERONE_DEBUG=1 for the detail.\n'
    + (env.CHAPERONE_DEBUG === '1' && error instanceof Error ? `${error.stack ?? ''}\n` : ''));
  return EXIT.internal;
}

/** Runs the command for this process: Ctrl-C cancels the audit and still reports what was checked. */
export async function run(): Promise<number> {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\nStopping: finishing what is under way… (press Ctrl-C again to quit at once)\n');
    controller.abort();
    process.once('SIGINT', () => { process.exit(EXIT.cancelled); });
  });
  return main(process.argv.slice(2), process.env, processIo, controller.signal);
}

if (import.meta.main) process.exitCode = await run();
