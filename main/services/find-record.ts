import type { Account, StoredAudit } from '../shared/api-contract.ts';
import type { StoreData } from '../engine/store/model.ts';
import { ApiError } from './api-error.ts';

export function findAccount(data: StoreData, accountId: string): Account {
  const account = data.accounts.find((a) => a.id === accountId);
  if (account === undefined) throw new ApiError('That account is not connected to Chaperone (it may have been disconnected).');
  return account;
}

export function findAudit(data: StoreData, auditId: string): StoredAudit {
  const audit = data.history.find((a) => a.id === auditId);
  if (audit === undefined) throw new ApiError('That audit is not in your history (it may have been deleted).');
  return audit;
}
