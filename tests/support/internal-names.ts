/**
 * Finds internal names (setting keys such as `chaining_enabled` or `discloseAsProfileViewer`) in
 * the words a person reads: reasons, what was read, how to check by hand, session details,
 * problems and stranger notes. Web addresses and @handles are the person's to see, so they are
 * left out before looking.
 */
import type { AuditReport } from '../../main/engine/report/schema.ts';
import { settingValueText } from '../../main/shared/glossary.ts';

const SNAKE = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;
const CAMEL = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/g;
// Addresses ("x.com/settings/location_information", "https://…") and handles ("@amina_runs").
const NOT_WORDS = /(?:https?:\/\/\S+|\b[\w.-]+\.(?:com|net|org|uk)\/\S*|@[\w.]+)/g;

/** The internal names in one text, after addresses and handles are taken out. */
export function internalNames(text: string): string[] {
  const words = text.replace(NOT_WORDS, ' ');
  return [...words.matchAll(SNAKE), ...words.matchAll(CAMEL)].map((m) => m[0]);
}

/** Every user-facing text of a report that carries an internal name, as "where: text". */
export function internalNamesInReport(report: AuditReport): string[] {
  const found: string[] = [];
  const look = (where: string, text: string | null | undefined): void => {
    if (text !== null && text !== undefined && internalNames(text).length > 0) found.push(`${where}: ${text}`);
  };
  const items = [...report.audit.questions.map((item) => ({ label: 'all accounts', item })),
    ...report.audit.accounts.flatMap((a) => a.items.map((item) => ({ label: a.account.label, item })))];
  for (const { label, item } of items) {
    const where = `${label} ${item.itemId}`;
    look(`${where} reason`, item.reason);
    look(`${where} manual check`, item.manualCheck);
    look(`${where} title`, item.title);
    look(`${where} question`, item.question);
    look(`${where} why`, item.why);
    for (const step of item.fix.steps) look(`${where} fix step`, step);
    if (item.observed !== null) look(`${where} setting read`, settingValueText(item.observed.value));
    for (const value of item.expected ?? []) look(`${where} passes when`, settingValueText(value));
  }
  for (const account of report.audit.accounts) {
    look(`${account.account.label} session`, account.sessionDetail);
    look(`${account.account.label} problem`, account.error);
    for (const note of account.stranger?.notes ?? []) look(`${account.account.label} stranger`, note);
  }
  return found;
}
