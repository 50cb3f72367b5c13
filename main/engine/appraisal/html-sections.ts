/** The longer sections of the appraisal HTML: findings, comparison, outstanding actions, reflection. */
import type { ItemStatus } from '../audit/model.ts';
import { escapeHtml as e } from '../report/html.ts';
import { STATUS_LABEL } from '../report/words.ts';
import type { ItemChange } from '../../shared/api-contract.ts';
import { longDate } from './dates.ts';
import type { AppraisalSummary } from './model.ts';
import { REFLECTION_PARTS, REFLECTION_PROMPTS } from '../../shared/reflection-prompts.ts';
import { FIRST_AUDIT, NOT_WRITTEN } from './words.ts';
import { PRIVACY_PRACTICE_HEADING, PRIVACY_PRACTICE_NOTE } from '../../shared/guidance-words.ts';

function status(value: ItemStatus): string {
  return `<span class="status-${value}">${e(STATUS_LABEL[value])}</span>`;
}

export function findingsHtml(s: AppraisalSummary): string {
  const professional = s.findings.filter((f) => !f.privacyPractice);
  const practice = s.findings.filter((f) => f.privacyPractice);
  return `<section aria-labelledby="findings">
<h2 id="findings">Findings</h2>
${findingsTable(professional)}
${practice.length === 0 ? '' : `<h3>${e(PRIVACY_PRACTICE_HEADING)}</h3>
<p class="small">${e(PRIVACY_PRACTICE_NOTE)}</p>
${findingsTable(practice)}`}
</section>`;
}

function findingsTable(findings: AppraisalSummary['findings']): string {
  const rows = findings.map((f) => `<tr>
<td>${e(f.account)}</td>
<td>${e(f.item)}${f.guidance.map((g) => `<span class="cite">${e(g)}</span>`).join('')}</td>
<td>${status(f.statusAtStart)}</td>
<td>${e(f.actionTaken)}</td>
<td>${status(f.statusNow)}</td>
</tr>`);
  return `<table>
<colgroup><col style="width:13%"><col style="width:43%"><col style="width:11%"><col style="width:22%"><col style="width:11%"></colgroup>
<thead><tr><th>Account</th><th>Item and guidance</th><th>At the start</th><th>Action taken</th><th>Now</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

export function comparisonHtml(s: AppraisalSummary): string {
  const head = '<section aria-labelledby="comparison">\n<h2 id="comparison">What changed since the previous audit</h2>';
  if (s.comparison.first) return `${head}\n<p>${e(FIRST_AUDIT)}</p>\n</section>`;
  const c = s.comparison.comparison;
  const groups: [string, ItemChange[]][] = [
    ['Got worse', c.regressions],
    ['Improved', c.improvements],
    ['New since the previous audit', c.added],
    ['Not checked this time', c.removed],
    ['Other changes', c.otherChanges],
  ];
  const lists = groups.filter(([, list]) => list.length > 0).map(([heading, list]) => `<h3>${e(heading)} (${list.length})</h3>
<ul>${list.map((i) => `<li>${e(i.accountLabel)}: ${e(i.title)} (${e(changeText(i))})</li>`).join('')}</ul>`);
  return `${head}
<p>Compared with your audit of ${e(s.comparison.previousDate)}: ${c.regressions.length} got worse, ${c.improvements.length} improved, ${c.added.length} new, ${c.unchanged} unchanged.</p>
${lists.join('\n')}
</section>`;
}

export function changeText(i: ItemChange): string {
  const word = (value: ItemStatus | null): string => (value === null ? 'not checked' : STATUS_LABEL[value].toLowerCase());
  return `${word(i.before)} → ${word(i.after)}`;
}

export function outstandingHtml(s: AppraisalSummary): string {
  const body = s.outstanding.length === 0
    ? '<p>Nothing is outstanding: every item that could be checked passed.</p>'
    : `<table>
<colgroup><col style="width:13%"><col style="width:25%"><col style="width:47%"><col style="width:15%"></colgroup>
<thead><tr><th>Account</th><th>Item</th><th>What to do</th><th>By</th></tr></thead>
<tbody>
${s.outstanding.map((o) => `<tr><td>${e(o.account)}</td><td>${e(o.item)}</td><td>${e(o.action)}</td><td>${e(longDate(o.targetDate))}</td></tr>`).join('\n')}
</tbody>
</table>`;
  return `<section aria-labelledby="outstanding">
<h2 id="outstanding">Outstanding actions</h2>
${body}
<p><strong>Suggested re-audit:</strong> ${e(longDate(s.reauditDate))}, or sooner if a platform changes its settings.</p>
</section>`;
}

export function reflectionHtml(s: AppraisalSummary): string {
  const parts = REFLECTION_PARTS.map((part) => {
    const { heading, prompt } = REFLECTION_PROMPTS[part];
    const text = s.reflection[part];
    const body = text === '' ? `<p class="prompt">${e(NOT_WRITTEN)} ${e(prompt)}</p>` : `<p>${e(text)}</p>`;
    return `<h3>${e(heading)}</h3>\n${body}`;
  });
  return `<section aria-labelledby="reflection" class="reflection">
<h2 id="reflection">Reflective note</h2>
${parts.join('\n')}
</section>`;
}
