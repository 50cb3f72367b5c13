/**
 * `chaperone demo`: a full audit of a made-up clinician's accounts on local copies of the
 * platforms (main/demo). No sign-in by the user and no network: the emulators answer for the
 * real host names inside the audit browser only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserOpener } from '../engine/audit/open-browser.ts';
import { chooseBrowser, systemBrowserInputs } from '../engine/browser/find-browsers.ts';
import { DEMO_ACCOUNTS, DEMO_PROFILE } from '../demo/demo-clinician.ts';
import { startEmulators, type RunningEmulators } from '../demo/harness.ts';
import { signedInOpener } from '../demo/signed-in-opener.ts';
import { createThirdPartyEmulator } from '../demo/third-party.ts';
import type { PlatformEmulator } from '../demo/types.ts';
import { refuseSameFile } from './distinct-files.ts';
import { EXIT } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import type { CommonOptions } from './options.ts';
import { runAndReport } from './run-and-report.ts';

export async function demoCommand(options: CommonOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  const json = options.json ?? 'reports/demo-audit.json';
  const html = options.html ?? 'reports/demo-audit.html';
  await refuseSameFile([{ flag: '--json', path: json, role: 'output' }, { flag: '--html', path: html, role: 'output' }]);
  const browser = chooseBrowser({ ...systemBrowserInputs(), override: options.browser });
  // Each demo account has its own emulated site, as real accounts have their own sessions.
  const sites = await Promise.all(DEMO_ACCOUNTS.map(async (demo) => {
    const platform = demo.site();
    return { id: demo.account.id, platform, running: await startEmulators([platform.emulator, createThirdPartyEmulator()]) };
  }));
  const dataDir = await mkdtemp(join(tmpdir(), 'chaperone-demo-'));
  try {
    if (!options.quiet) io.err(`Demo: auditing ${DEMO_PROFILE.registeredName}'s made-up accounts on local copies of the platforms.\n`);
    const site = (id: string): { platform: PlatformEmulator; running: RunningEmulators } => {
      const found = sites.find((s) => s.id === id);
      if (found === undefined) throw new Error(`No demo site for ${id}`);
      return found;
    };
    const base = browserOpener({
      executablePath: browser.executablePath, dataDir,
      extraArgs: (account) => [...options.browserArgs, ...site(account.id).running.browserArgs],
    });
    // The demo clinician "signed in once".
    const openBrowser = signedInOpener(base, (account) => site(account.id).platform.issueSessionCookies());
    const { report } = await runAndReport({
      accounts: DEMO_ACCOUNTS.map((d) => d.account), profile: DEMO_PROFILE, openBrowser,
      concurrency: options.concurrency, quiet: options.quiet, checklists: options.checklists, signal,
      json, html,
    }, io);
    if (report.audit.cancelled) return EXIT.cancelled;
    // Findings are the point of the demo; a demo account that could not be audited is a fault.
    return report.audit.accounts.every((a) => a.error === null && a.session === 'signed-in') ? EXIT.ok : EXIT.incomplete;
  } finally {
    await Promise.all(sites.map((s) => s.running.close()));
    await rm(dataDir, { recursive: true, force: true });
  }
}
