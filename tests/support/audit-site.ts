/**
 * The whole engine against one platform's emulator, for the audit tests: real Chromium on
 * per-account profiles, the shipped checklists, evaluation and scoring, and accounts signed in
 * as if the user had done it once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKLIST_DIR } from '../../main/cli/run-and-report.ts';
import { expect } from 'vitest';
import type { AccountResult, AuditResult } from '../../main/engine/audit/model.ts';
import { browserOpener } from '../../main/engine/audit/open-browser.ts';
import { runAudit } from '../../main/engine/audit/runner.ts';
import { loadChecklists } from '../../main/engine/checklist/load.ts';
import type { ChecklistItem } from '../../main/engine/checklist/model.ts';
import type { AccountSpec, PlatformId, PlatformReader, SettingValue } from '../../main/engine/types.ts';
import { drRahman } from '../fixtures/checklist-fixtures.ts';
import { startEmulators, type RunningEmulators } from '../../main/demo/harness.ts';
import { signedInOpener } from '../../main/demo/signed-in-opener.ts';
import type { Emulator, PlatformEmulator } from '../../main/demo/types.ts';

/** A checklist item read automatically: what it reads and which values pass. */
export interface CheckedItem {
  id: string;
  setting: string;
  expect: SettingValue[];
  appliesTo: ChecklistItem['appliesTo'];
}

export interface AuditSite {
  running: RunningEmulators;
  /** Audits the accounts; `afterSignIn` runs once the session cookies are issued (e.g. to end the session). */
  audit(accounts: readonly AccountSpec[], afterSignIn?: () => void): Promise<AuditResult>;
  /** The platform's automatic items in the shipped checklist. */
  checkedItems(platform: PlatformId): CheckedItem[];
  close(): Promise<void>;
}

export interface AuditSiteOptions {
  platform: PlatformEmulator;
  readers: readonly PlatformReader[];
  /** Other sites the platform's pages ask for (trackers, say). */
  alongside?: Emulator[];
  stepTimeoutMs?: number;
}

export async function startAuditSite(options: AuditSiteOptions): Promise<AuditSite> {
  const { platform, readers } = options;
  const [running, checklists, dataDir] = await Promise.all([
    startEmulators([platform.emulator, ...(options.alongside ?? [])]),
    loadChecklists(CHECKLIST_DIR),
    mkdtemp(join(tmpdir(), `chaperone-audit-${platform.emulator.name}-`)),
  ]);
  return {
    running,
    audit: (accounts, afterSignIn = () => undefined) => {
      const open = browserOpener({ executablePath: '/usr/bin/chromium', dataDir, extraArgs: running.browserArgs });
      const cookies = (): ReturnType<PlatformEmulator['issueSessionCookies']> => {
        const issued = platform.issueSessionCookies();
        afterSignIn();
        return issued;
      };
      return runAudit({
        accounts, checklists, profile: drRahman, readers, appVersion: 'test', stepTimeoutMs: options.stepTimeoutMs ?? 15_000,
        openBrowser: signedInOpener(open, cookies),
      });
    },
    checkedItems: (id) => (checklists.platforms.find((p) => p.platform.id === id)?.items ?? [])
      .flatMap((i) => (i.check === null ? [] : [{ id: i.id, setting: i.check.setting, expect: i.check.expect, appliesTo: i.appliesTo }])),
    close: async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The item's status on each account of the audit, in order ('missing' where it is absent). */
export function statusOf(result: AuditResult, itemId: string): string[] {
  return result.accounts.map((a) => a.items.find((i) => i.itemId === itemId)?.status ?? 'missing');
}

/**
 * A session that could not be read: every automatic item is unknown with that reason and a way
 * to check by hand, nothing passes, and there is no score.
 */
export function expectNothingPasses(account: AccountResult | undefined, reason: string, atLeast = 1): void {
  const automatic = account?.items.filter((i) => i.setting !== null && i.status !== 'not-applicable') ?? [];
  expect(automatic.length).toBeGreaterThanOrEqual(atLeast);
  expect(new Set(automatic.map((i) => i.status))).toEqual(new Set(['unknown']));
  expect(new Set(automatic.map((i) => i.unreadReason))).toEqual(new Set([reason]));
  expect(automatic.every((i) => (i.manualCheck ?? '') !== '')).toBe(true);
  expect(account?.items.some((i) => i.status === 'pass')).toBe(false);
  expect(account?.score.score).toBeNull();
}
