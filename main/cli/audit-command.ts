import { chooseBrowser, systemBrowserInputs } from '../engine/browser/find-browsers.ts';
import { browserOpener } from '../engine/audit/open-browser.ts';
import { refuseSameFile } from './distinct-files.ts';
import type { CliIo } from './io.ts';
import { auditOptions, type ParsedArgs } from './options.ts';
import { checklistsFor, runAndReport } from './run-and-report.ts';
import { assertWindowCanShow } from './show-browser.ts';

/** `chaperone audit`: the accounts the user signed in to, in the app's own profiles. */
export async function auditCommand(values: ParsedArgs['values'], env: NodeJS.ProcessEnv, io: CliIo, signal: AbortSignal): Promise<number> {
  const options = auditOptions(values, env);
  await refuseSameFile([{ flag: '--json', path: options.json, role: 'output' }, { flag: '--html', path: options.html, role: 'output' }]);
  const browser = chooseBrowser({ ...systemBrowserInputs(), override: options.browser });
  if (options.showBrowser) assertWindowCanShow(browser.executablePath, options.browserArgs, env);
  const { exitCode } = await runAndReport({
    accounts: options.accounts,
    profile: options.profile,
    openBrowser: browserOpener({
      executablePath: browser.executablePath, dataDir: options.dataDir, extraArgs: options.browserArgs,
      launchTimeoutMs: options.launchTimeoutMs, showBrowser: options.showBrowser,
    }),
    concurrency: options.concurrency,
    json: options.json,
    html: options.html,
    quiet: options.quiet, checklists: await checklistsFor(options.checklists),
    signal,
  }, io);
  return exitCode;
}
