/** What "Check again" records for one item, taken from a fresh read of its account. */
import type { AuditReport } from '../engine/report/schema.ts';
import type { SettingValue } from '../engine/types.ts';
import type { Recheck } from '../shared/api-contract.ts';

const NOT_READ = 'Chaperone could not read this setting again. Try "Check again" in a moment, or check it by hand.';

/** Only this item of the report is used; a missing item or a pass without a value read is unknown, never a pass. */
export function recheckFrom(report: AuditReport, accountId: string, itemId: string, at: string): Recheck {
  const account = report.audit.accounts.find((a) => a.account.id === accountId);
  const item = account?.items.find((i) => i.itemId === itemId);
  if (item === undefined) {
    const reason = account === undefined || account.error !== null
      ? `${account?.error ?? 'The account was not read.'} ${NOT_READ}`
      : 'This check is no longer part of Chaperone\'s checklist, so it could not be read again.';
    return { accountId, itemId, at, status: 'unknown', observed: null, reason };
  }
  const observed = item.observed === null ? null : displayValue(item.observed.value);
  if (item.status === 'pass' && observed === null) return { accountId, itemId, at, status: 'unknown', observed, reason: NOT_READ };
  const reason = item.status === 'unknown' ? (item.reason ?? NOT_READ) : null;
  return { accountId, itemId, at, status: item.status, observed, reason };
}

/** The value read, as plain text for the screen. */
export function displayValue(value: SettingValue): string {
  return value === null ? 'not set' : String(value);
}
