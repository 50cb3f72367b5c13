import { ACCOUNT_KINDS, PLATFORM_IDS, type AccountKind, type AccountSpec, type PlatformId } from '../engine/types.ts';
import { MAX_ACCOUNT_ID_BYTES } from '../engine/browser/profiles.ts';
import { labelKey } from '../shared/account-labels.ts';
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

/** As in the desktop app; it also keeps the profile folder's name within every system's limit. */
export const MAX_LABEL_LENGTH = 60;

/**
 * The account id, and so its profile folder, from the label: letters and digits of any script,
 * lower-cased, with accents on Latin letters dropped (so "Café" and "Cafe" share a folder, as
 * before) and every run of anything else made one dash.
 */
export function accountIdFromLabel(label: string): string {
  const id = labelKey(label);
  // Characters as a reader counts them: an emoji with its joiners is one.
  const length = [...new Intl.Segmenter('en').segment(label)].length;
  // A few signs expand to several letters (ﷺ), so the folder name is measured as well.
  if (length > MAX_LABEL_LENGTH || Buffer.byteLength(id) > MAX_ACCOUNT_ID_BYTES) {
    throw new UsageError(`The label "${label}" is too long (${String(length)} characters): use at most ${String(MAX_LABEL_LENGTH)}.`);
  }
  if (id === '') throw new UsageError(`The label "${label}" needs at least one letter or digit.`);
  return id;
}

function isPlatform(value: string): value is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(value);
}

function isKind(value: string): value is AccountKind {
  return (ACCOUNT_KINDS as readonly string[]).includes(value);
}
