/**
 * `chaperone demo`: a full audit of a made-up clinician's accounts on local copies of the
 * platforms (main/demo). No sign-in by the user and no network: the sites answer for the real
 * host names inside the audit browser only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserOpener } from '../engine/audit/open-browser.ts';
import { chooseBrowser, systemBrowserInputs } from '../engine/browser/find-browsers.ts';
import { DEMO_ACCOUNTS } from '../demo/demo-clinician.ts';
import { startEmulators, type RunningEmulators } from '../demo/harness.ts';
import { signedInOpener } from '../demo/signed-in-opener.ts';
import { createThirdPartyEmulator } from '../demo/third-party.ts';
import type { PlatformEmulator } from '../demo/types.ts';
import { refuseSameFile } from './distinct-files.ts';
import { DemoSitesError, EXIT } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import type { CommonOptions } from './options.ts';
import type { UserProfile } from '../engine/profile.ts';
import { checklistsFor, runAndReport } from './run-and-report.ts';
import { assertWindowCanShow } from './show-browser.ts';

interface DemoSite { platform: PlatformEmulator; running: RunningEmulators }

export async function demoCommand(options: CommonOptions & { profile: UserProfile }, io: CliIo, signal: AbortSignal, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const json = options.json ?? 'reports/demo-audit.json';
  const html = options.html ?? 'reports/demo-audit.html';
  // What can fail without starting anything comes first.
  await refuseSameFile([{ flag: '--json', path: json, role: 'output' }, { flag: '--html', path: html, role: 'output' }]);
  const browser = chooseBrowser({ ...systemBrowserInputs(), override: options.browser });
  if (options.showBrowser) assertWindowCanShow(browser.executablePath, options.browserArgs, env);
  const checklists = await checklistsFor(options.checklists);
  // Everything started from here on is released on the way out, however the demo ends.
  const started = new AsyncDisposableStack();
  try {
    const dataDir = await mkdtemp(join(tmpdir(), 'chaperone-demo-'));
    started.defer(() => rm(dataDir, { recursive: true, force: true }));
    // Each demo account has its own emulated site, as real accounts have their own sessions.
    const sites = new Map<string, DemoSite>();
    for (const demo of DEMO_ACCOUNTS) {
      const platform = demo.site();
      const running = await startEmulators([platform.emulator, createThirdPartyEmulator()])
        .catch((error: unknown) => { throw new DemoSitesError(error); });
      started.defer(() => running.close());
      sites.set(demo.account.id, { platform, running });
    }
    const site = (id: string): DemoSite => {
      const found = sites.get(id);
      if (found === undefined) throw new Error(`No demo site for ${id}`);
      return found;
    };
    const { profile } = options;
    if (!options.quiet) io.err(`Demo: auditing ${profile.registeredName}'s made-up accounts on local copies of the platforms.\n`);
    const base = browserOpener({
      executablePath: browser.executablePath, dataDir, launchTimeoutMs: options.launchTimeoutMs, showBrowser: options.showBrowser,
      extraArgs: (account) => [...options.browserArgs, ...site(account.id).running.browserArgs],
    });
    // The demo clinician "signed in once".
    const openBrowser = signedInOpener(base, (account) => site(account.id).platform.issueSessionCookies());
    const { report, exitCode } = await runAndReport({
      accounts: DEMO_ACCOUNTS.map((d) => d.account), profile, openBrowser, checklists,
      concurrency: options.concurrency, quiet: options.quiet, signal, json, html,
    }, io);
    if (exitCode === EXIT.cancelled || exitCode === EXIT.browser) return exitCode;
    // Findings are the point of the demo; a demo account that could not be audited is a fault.
    return report.audit.accounts.every((a) => a.error === null && a.session === 'signed-in') ? EXIT.ok : EXIT.incomplete;
  } finally {
    await started.disposeAsync();
  }
}
