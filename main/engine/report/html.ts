/**
 * A self-contained HTML report: no scripts, no external resources, every value escaped.
 * Scraped text (names, bios) is only ever inserted as escaped text.
 */
import type { AccountResult, ItemResult, Score } from '../audit/model.ts';
import { CATEGORIES } from '../checklist/model.ts';
import type { AuditReport } from './schema.ts';
import { citation, PRIVACY_PRACTICE_HEADING, PRIVACY_PRACTICE_NOTE, standingText } from '../../shared/guidance-words.ts';
import { SCORE_CAVEAT, settingValueText } from '../../shared/glossary.ts';
import { overallCounts, practiceCounts, scoreText, STATUS_LABEL } from './words.ts';
import { REPORT_CSS } from './html-style.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;

export function reportToHtml(report: AuditReport): string {
  const { audit, profile } = report;
  const date = new Date(audit.finishedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Chaperone social media audit, ${e(date)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>Social media audit</h1>
<p class="meta">${e(profile.registeredName)}, ${e(profile.profession.replace(/-/g, ' '))} (${e(profile.regulator)}) · ${e(date)}
 · Chaperone ${e(audit.appVersion)} · checklists ${e(audit.checklistVersion)}</p>
${guidanceBlock(audit.guidance)}
${audit.cancelled ? '<p class="notice">This audit was cancelled before it finished: some items were not checked.</p>' : ''}
<section aria-labelledby="overall">
<h2 id="overall">Overall</h2>
<p class="score">${e(scoreText(audit.overall, 'Overall score'))}</p>
<p class="caveat">${e(SCORE_CAVEAT)}</p>
<p>${e(overallCounts(audit.overall))}</p>
${practiceLine(audit.overall)}
</section>
${audit.accounts.map(accountSection).join('\n')}
${questionsSection(audit.questions)}
<footer><p>Chaperone reads settings in your own browser and keeps everything on this computer. Platforms change their settings often: an item that could not be checked needs a look by hand. This report is not endorsed by any regulator.</p></footer>
</main>
</body>
</html>
`;
}

type Audit = AuditReport['audit'];

function guidanceBlock(guidance: Audit['guidance']): string {
  const sources = guidance.sources.map((s) => `<li>${e(`${s.publisher}, ${s.title}, ${s.edition}`)} <span class="small">(${e(standingText(s))})</span></li>`);
  return `<section aria-labelledby="guidance"><h2 id="guidance">Guidance checked against</h2>
${guidance.notIncluded === null ? '' : `<p class="notice">${e(guidance.notIncluded)}</p>`}
${sources.length === 0 ? '' : `<ul>${sources.join('')}</ul>`}</section>`;
}

function practiceLine(score: Score): string {
  const counts = practiceCounts(score);
  return counts === null ? '' : `<p class="small">${e(PRIVACY_PRACTICE_HEADING)}, not in the score: ${e(counts)}</p>`;
}

function questionsSection(questions: readonly ItemResult[]): string {
  if (questions.length === 0) return '';
  return `<section aria-labelledby="questions"><h2 id="questions">Questions about how you use social media</h2>
<p>Asked once for all your accounts.</p>
<ul class="items">${questions.map(itemEntry).join('\n')}</ul></section>`;
}

function accountSection(result: AccountResult, index: number): string {
  const id = `account-${String(index + 1)}`;
  const shown = result.items.filter((i) => i.status !== 'not-applicable');
  const groups = CATEGORIES.map((category) => {
    const items = shown.filter((i) => i.category === category && i.group === 'professional');
    if (items.length === 0) return '';
    return `<h4>${e(category[0]?.toUpperCase() ?? '')}${e(category.slice(1))}</h4>\n<ul class="items">${items.map(itemEntry).join('\n')}</ul>`;
  }).join('\n');
  const practice = shown.filter((i) => i.group === 'privacy-practice');
  const practiceBlock = practice.length === 0 ? '' : `<h3>${e(PRIVACY_PRACTICE_HEADING)}</h3>
<p>${e(PRIVACY_PRACTICE_NOTE)}</p>
<ul class="items">${practice.map(itemEntry).join('\n')}</ul>`;
  const notApplicable = result.items.filter((i) => i.status === 'not-applicable');
  return `<section aria-labelledby="${id}" class="account">
<h2 id="${id}">${e(result.account.label)} <span class="kind">(${e(result.platformName)}, ${e(result.account.kind)} account)</span></h2>
<p class="score">${e(scoreText(result.score))}</p>
<p>${e(sessionText(result))}</p>
${result.error === null ? '' : `<p class="notice">${e(result.error)}</p>`}
${strangerBlock(result)}
<h3>Items</h3>
${groups}
${practiceBlock}
${notApplicable.length === 0 ? '' : `<p class="na">Not applicable to this account: ${notApplicable.map((i) => e(i.title)).join('; ')}.</p>`}
<p class="small">The audit browser blocked ${String(result.requestsBlocked.offHost)} requests to other sites and did not load ${String(result.requestsBlocked.resources)} images, videos or fonts.</p>
</section>`;
}

function sessionText(result: AccountResult): string {
  if (result.session === 'signed-in') return `Read while signed in to ${result.platformName}.`;
  return result.sessionDetail;
}

function strangerBlock(result: AccountResult): string {
  const view = result.stranger;
  const notes = view === null ? ['Not checked: Chaperone needs your handle, which it reads once signed in.'] : view.notes;
  return `<h3>What a stranger sees</h3>\n<ul>${notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>`;
}

function itemEntry(item: ItemResult): string {
  const parts = [`<li class="item status-${item.status}">`,
    `<p><strong class="status">${e(STATUS_LABEL[item.status])}</strong> ${e(item.title)}</p>`];
  if (item.observed !== null) {
    parts.push(`<p class="small">Setting read: ${e(settingValueText(item.observed.value))}. Where: ${e(item.observed.evidence)}</p>`);
  }
  if (item.status === 'unknown') {
    parts.push(`<p>${e(item.reason ?? '')}</p>`, `<p><em>Check by hand:</em> ${e(item.manualCheck ?? '')}</p>`);
  }
  if (item.status === 'manual' && item.question !== null) parts.push(`<p>${e(item.question)}</p>`);
  if (item.status !== 'pass') {
    parts.push(`<p>${e(item.why)}</p>`);
    parts.push(...item.guidance.map((g) => `<blockquote><p>“${e(g.quote)}”</p><footer>${e(citation(g))}${g.url === null ? '' : ` <a href="${e(g.url)}">${e(g.publisherShort)} page</a>`}</footer></blockquote>`));
  }
  if (item.status === 'fail' || item.status === 'unknown') {
    if (item.fix.steps.length > 0) parts.push(`<ol>${item.fix.steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol>`);
    if (item.fix.url !== null) parts.push(`<p>Settings page: <a href="${e(item.fix.url)}">${e(item.fix.url)}</a></p>`);
  }
  parts.push('</li>');
  return parts.join('\n');
}
