/**
 * The readable summary the CLI prints: what to fix first, what could not be checked, and why.
 * Names, labels and details from the platforms are in it, so it goes through plainText.
 */
import type { AccountResult, ItemResult } from '../audit/model.ts';
import { plainText } from './plain-text.ts';
import type { AuditReport } from './schema.ts';
import { citation, PRIVACY_PRACTICE_HEADING, standingText } from '../../shared/guidance-words.ts';
import { SCORE_CAVEAT } from '../../shared/glossary.ts';
import { overallCounts, practiceCounts, scoreText, STATUS_LABEL } from './words.ts';

export function reportToText(report: AuditReport): string {
  const { audit, profile } = report;
  const lines = [
    `Social media audit for ${profile.registeredName} (${profile.profession.replace(/-/g, ' ')}, ${profile.regulator})`,
    scoreText(audit.overall, 'Overall score'),
    SCORE_CAVEAT,
    overallCounts(audit.overall),
    ...practiceLine(audit.overall),
    '',
    'Guidance checked against:',
    ...(audit.guidance.notIncluded === null ? [] : [`  ${audit.guidance.notIncluded}`]),
    ...audit.guidance.sources.map((s) => `- ${s.publisher}, ${s.title}, ${s.edition} (${standingText(s)})`),
  ];
  if (audit.cancelled) lines.push('The audit was cancelled before it finished.');
  for (const account of audit.accounts) lines.push('', ...accountLines(account));
  lines.push('', ...questionLines(audit.accounts, audit.questions));
  return plainText(`${lines.join('\n')}\n`);
}

function practiceLine(score: AuditReport['audit']['overall']): string[] {
  const counts = practiceCounts(score);
  return counts === null ? [] : [`${PRIVACY_PRACTICE_HEADING} (not in the score): ${counts}`];
}

/** Questions are asked once, listing the accounts each one is for; questions about all accounts come first. */
function questionLines(accounts: readonly AccountResult[], once: readonly ItemResult[]): string[] {
  const questions = new Map<string, { question: string; labels: string[] }>();
  for (const item of once) questions.set(item.itemId, { question: item.question ?? item.title, labels: ['all your accounts'] });
  for (const account of accounts) {
    for (const item of account.items.filter((i) => i.status === 'manual')) {
      const entry = questions.get(item.itemId) ?? { question: item.question ?? item.title, labels: [] };
      entry.labels.push(account.account.label);
      questions.set(item.itemId, entry);
    }
  }
  if (questions.size === 0) return [];
  return [
    `Questions only you can answer (${String(questions.size)}); the report keeps them for your reflection:`,
    ...[...questions.values()].map((q) => `- ${q.question} (${q.labels.join(', ')})`),
  ];
}

function accountLines(result: AccountResult): string[] {
  const lines = [
    // The label alone, as the person named it; the platform and kind follow in brackets.
    `== ${result.account.label} (${result.platformName}, ${result.account.kind})`,
    `   ${scoreText(result.score)}`,
  ];
  if (result.session !== 'signed-in') lines.push(`   ${result.sessionDetail}`);
  if (result.error !== null) lines.push(`   Problem: ${result.error}`);
  const section = (status: ItemResult['status'], group: ItemResult['group'], describe: (item: ItemResult) => string[]): void => {
    // Most serious first: the order to work through them in.
    const items = result.items.filter((i) => i.status === status && i.group === group).sort((a, b) => b.weight - a.weight);
    if (items.length === 0) return;
    const label = group === 'professional' ? STATUS_LABEL[status] : `${PRIVACY_PRACTICE_HEADING}: ${STATUS_LABEL[status].toLowerCase()}`;
    lines.push(`   ${label} (${String(items.length)}):`);
    for (const item of items) lines.push(`   - ${item.title}`, ...describe(item).map((l) => `       ${l}`));
  };
  const fail = (item: ItemResult): string[] => [
    ...(item.guidance.length === 0 ? ['No professional guidance asks for this: it is good privacy practice.'] : [...new Set(item.guidance.map(citation))].map((c) => `Guidance: ${c}`)),
    ...(item.fix.url === null ? [] : [`Fix it at ${item.fix.url}`]),
  ];
  const unknown = (item: ItemResult): string[] => [item.reason ?? '', `Check by hand: ${item.manualCheck ?? ''}`];
  section('fail', 'professional', fail);
  section('unknown', 'professional', unknown);
  section('fail', 'privacy-practice', fail);
  section('unknown', 'privacy-practice', unknown);
  const passed = result.items.filter((i) => i.status === 'pass').map((i) => i.title);
  if (passed.length > 0) lines.push(`   ${STATUS_LABEL.pass} (${String(passed.length)}): ${passed.join('; ')}`);
  const s = result.stranger;
  if (s !== null && !s.checked) lines.push(`   ${s.notes.join(' ')}`);
  if (s !== null && s.checked) {
    const seen = s.loginWall ? 'a sign-in wall' : [
      s.name === null ? null : 'your name', s.bio === null ? null : 'your bio',
      s.workplace === null ? null : 'your workplace or headline', s.location === null ? null : 'your location',
      s.connectionsVisible === true ? 'your friends, followers or connections' : null,
      s.postsProtected ? 'no posts (protected)' : s.postsVisible === null ? null : `${String(s.postsVisible)} post${s.postsVisible === 1 ? '' : 's'}`,
    ].filter((x) => x !== null).join(', ');
    lines.push(`   A stranger who is not signed in sees: ${seen === '' ? 'nothing' : seen}`);
  }
  return lines;
}
