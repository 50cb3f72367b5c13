/**
 * Plain words for the audit screens. The renderer may not load engine code at run time, so the
 * few labels the screens need live here (status words are in components/status-tag.tsx).
 */
import type { ItemStatus } from '../../../main/engine/audit/model.ts';
import type { Category } from '../../../main/engine/checklist/model.ts';
import type { AccountKind, ObservationSource, SessionState, SettingValue } from '../../../main/engine/types.ts';
import { settingValueText } from '../../../main/shared/glossary.ts';

export const CATEGORY_ORDER: readonly Category[] = ['privacy', 'identity', 'boundaries', 'confidentiality', 'conduct'];

export const CATEGORY_HEADING: Record<Category, string> = {
  privacy: 'Privacy',
  identity: 'Your name and identity',
  boundaries: 'Boundaries with patients',
  confidentiality: 'Confidentiality',
  conduct: 'Conduct',
};

/** Needs fixing first, then what could not be checked, questions, passes, and what does not apply. */
export const STATUS_ORDER: readonly ItemStatus[] = ['fail', 'unknown', 'manual', 'pass', 'not-applicable'];

export const KIND_LABEL: Record<AccountKind, string> = {
  personal: 'Personal',
  professional: 'Professional (public on purpose)',
};

export const SESSION_LABEL: Record<SessionState, string> = {
  'signed-in': 'Signed in',
  'signed-out': 'Signed out',
  challenge: 'Security check needed',
  'rate-limited': 'Paused by the platform',
  blocked: 'Blocked by the platform',
  'automation-blocked': 'Turned away as automated',
  unknown: 'Not known',
};

/** What to do when an account could not be read; null when nothing is needed. */
export const SESSION_ADVICE: Record<SessionState, string | null> = {
  'signed-in': null,
  'signed-out': 'Sign in again from Accounts, then run a new audit.',
  challenge: 'The platform wants you to confirm it is you. Sign in again from Accounts, complete the check, then run a new audit.',
  'rate-limited': 'The platform is limiting how often its pages load. Wait about 15 minutes, then run a new audit.',
  blocked: 'The platform would not show its pages to Chaperone. Check these settings by hand for now, and try again another day.',
  'automation-blocked': 'The platform turned away Chaperone’s hidden browser as automated. Read this account again with the window showing.',
  unknown: 'Run a new audit. If this keeps happening, sign in again from Accounts.',
};

export const SOURCE_LABEL: Record<ObservationSource, string> = {
  'json-endpoint': 'The data the platform sends to its own settings page',
  'embedded-json': 'The data built into the settings page',
  'accessibility-tree': 'The setting’s switch or choice on the page',
  'visible-text': 'The words shown next to the setting',
};

/** A setting's value as a person would say it (main/shared/glossary.ts): never the platform's id for it. */
export function valueText(value: SettingValue): string {
  return settingValueText(value);
}

/** A re-check's value, stored as text ("true", "not set"), as a person would say it. */
export function observedText(text: string): string {
  if (text === 'true') return 'On';
  if (text === 'false') return 'Off';
  if (text === 'not set') return 'Not set';
  return settingValueText(text);
}

export function plural(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}
