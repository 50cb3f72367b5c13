import { ACCOUNT_KINDS, PLATFORM_IDS, type AccountKind, type AccountSpec, type PlatformId } from '../engine/types.ts';
import { UsageError } from './exit-codes.ts';

/** `x:personal:Personal X` → an account. The id (and so the profile folder) comes from the label. */
export function parseAccountArg(text: string): AccountSpec {
  const [platform = '', kind = '', ...rest] = text.split(':');
  const label = rest.join(':').trim();
  if (!isPlatform(platform)) {
    throw new UsageError(`--account "${text}": "${platform}" is not a platform Chaperone knows. Use one of: ${PLATFORM_IDS.join(', ')}.`);
  }
  if (!isKind(kind)) {
    throw new UsageError(`--account "${text}": the account kind must be "personal" or "professional", not "${kind}".`);
  }
  if (label === '') throw new UsageError(`--account "${text}": give the account a label, e.g. ${platform}:${kind}:"My ${platform} account".`);
  return { id: accountIdFromLabel(label), platform, kind, label };
}

export function accountIdFromLabel(label: string): string {
  const id = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (id === '') throw new UsageError(`The label "${label}" needs at least one letter or digit.`);
  return id;
}

function isPlatform(value: string): value is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(value);
}

function isKind(value: string): value is AccountKind {
  return (ACCOUNT_KINDS as readonly string[]).includes(value);
}
