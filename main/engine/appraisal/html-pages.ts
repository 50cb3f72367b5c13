/**
 * The two pages of the appraisal summary (issue 14). Page 1: who, when, scope, method and limits,
 * the headline counts and what was fixed. Page 2: what is left with target dates, the reflection,
 * the declaration and the seal. Lists that could run long are cut to what fits, and the page says
 * how many more there are and where they are.
 */
import { escapeHtml as e } from '../report/html.ts';
import { andList } from '../../shared/lists.ts';
import { longDate } from './dates.ts';
import { ACCOUNTS_ON_PAGE_1, entryText, FIXED_ON_PAGE_1, firstOf, leftOnPage2 } from './fit.ts';
import type { AppraisalSummary, StatusCounts } from './model.ts';
import { PRIVACY_PRACTICE_HEADING } from '../../shared/guidance-words.ts';
import { FIRST_AUDIT, items, questions, SCORE_CAVEAT, scoreLine, settings } from './words.ts';

export function page1Html(s: AppraisalSummary): string {
  return `<section class="page-1">
${whoHtml(s)}
${scopeHtml(s)}
${methodHtml(s)}
${resultsHtml(s)}
${fixedHtml(s)}
</section>`;
}

function whoHtml(s: AppraisalSummary): string {
  const h = s.header;
  const f = s.filing;
  const rows: [string, string][] = [
    ['Name', h.name],
    ['Profession', `${h.profession}${h.regulator === '' ? '' : ` (registered with the ${h.regulator})`}`],
    ...(h.registrationNumber === null ? [] : [['Registration number', h.registrationNumber] as [string, string]]),
    ['Audit date', `${h.auditDate} (${h.period})`],
    ['Time spent', f.timeSpent ?? 'Not recorded'],
    ['Suggested filing', `${f.category}: ${f.title}`],
  ];
  return `<header>
<h1>${e(s.title)}</h1>
${dl(rows)}
</header>`;
}

function scopeHtml(s: AppraisalSummary): string {
  const h = s.header;
  const { shown, more } = firstOf(s.scope.accounts, ACCOUNTS_ON_PAGE_1);
  const accounts = shown.map((a) => `${a.platform}, ${a.kind}${a.handle === null ? '' : ` (${a.handle})`}`);
  if (more > 0) accounts.push(`${String(more)} more ${more === 1 ? 'account' : 'accounts'}`);
  const count = s.scope.accounts.length;
  return `<section aria-labelledby="scope">
<h2 id="scope">Scope</h2>
<p>${e(`${String(count)} ${count === 1 ? 'account' : 'accounts'}: ${accounts.join('; ')}.`)} <span class="small">${e(s.scope.note)}</span></p>
<p class="small"><strong>Guidance checked against:</strong> ${e(h.guidanceNotIncluded ?? '')}</p>
<ul class="small">${h.guidanceEditions.map((g) => `<li>${e(g)}</li>`).join('')}</ul>
</section>`;
}

function methodHtml(s: AppraisalSummary): string {
  const m = s.method;
  return `<section aria-labelledby="method">
<h2 id="method">Method and limits</h2>
<p>Read automatically: ${e(items(m.readAutomatically))}. ${m.checkedByYou === 0 ? '' : `Checked by you by hand: ${e(items(m.checkedByYou))}. `}Answered by you: ${e(items(m.answeredByYou))}. Could not be checked: ${e(items(m.couldNotCheck))}.</p>
<ul class="small">${m.limits.map((l) => `<li>${e(l)}</li>`).join('')}</ul>
</section>`;
}

function countsRow(label: string, c: StatusCounts): string {
  const byYou = c.checkedByYou === 0 ? '' : ` (${String(c.checkedByYou)} checked by you)`;
  return `<tr><th scope="row">${e(label)}</th><td>${String(c.passed)}${byYou}</td><td>${String(c.needsFixing)}</td><td>${String(c.couldNotCheck)}</td></tr>`;
}

function resultsHtml(s: AppraisalSummary): string {
  const h = s.headline;
  const practice = h.practice.passed + h.practice.needsFixing + h.practice.couldNotCheck > 0;
  return `<section aria-labelledby="results">
<h2 id="results">Results</h2>
<table class="counts">
<thead><tr><th scope="col">Settings, as they are now</th><th scope="col">Passed</th><th scope="col">Needs fixing</th><th scope="col">Could not check (not passed)</th></tr></thead>
<tbody>
${countsRow('Asked about by your guidance (scored)', h.professional)}
${practice ? countsRow(`${PRIVACY_PRACTICE_HEADING} (not scored)`, h.practice) : ''}
</tbody>
</table>
<p>Questions only you can answer: ${e(String(h.questionsAnswered))} of ${e(questions(h.questions))} answered.</p>
<p class="score"><strong>${e(scoreLine(h.score))}</strong> ${e(SCORE_CAVEAT)}</p>
<p>${e(comparisonLine(s))}</p>
</section>`;
}

/** One line on what changed since the previous audit; the lists are in the appendix. */
export function comparisonLine(s: AppraisalSummary): string {
  if (s.comparison.first) return FIRST_AUDIT;
  const c = s.comparison.comparison;
  return `Compared with your audit of ${s.comparison.previousDate}: ${String(c.regressions.length)} got worse, ${String(c.improvements.length)} improved, `
    + `${String(c.added.length)} new, ${String(c.unchanged)} unchanged.`;
}

function fixedHtml(s: AppraisalSummary): string {
  const { shown, more } = firstOf(s.fixed, FIXED_ON_PAGE_1);
  const body = s.fixed.length === 0
    ? '<p>Nothing has been fixed and checked again since the audit yet.</p>'
    : `<p>${e(`${settings(s.fixed.length)} fixed and checked again since the audit:`)}</p>
<ul class="compact">${shown.map((f) => `<li>${e(entryText(f))} <span class="tag">checked again ${e(longDate(f.at))}</span></li>`).join('')}</ul>
${more > 0 ? `<p class="small">And ${e(String(more))} more: every one is in the JSON file (and the appendix, when it is added).</p>` : ''}`;
  return `<section aria-labelledby="fixed">
<h2 id="fixed">What was fixed</h2>
${body}
</section>`;
}

/** Page 2's list of what is left, with target dates; `appendix` says where the unlisted ones are. */
export function leftHtml(s: AppraisalSummary, appendix: boolean): string {
  const h = s.headline;
  const fix = h.professional.needsFixing + h.practice.needsFixing;
  const unread = h.professional.couldNotCheck + h.practice.couldNotCheck;
  const unanswered = h.questions - h.questionsAnswered;
  const counts = [
    `${settings(fix)} ${fix === 1 ? 'needs' : 'need'} fixing`,
    `${settings(unread)} could not be checked and ${unread === 1 ? 'needs' : 'need'} a look by hand`,
    `${questions(unanswered)} only you can answer ${unanswered === 1 ? 'is' : 'are'} not answered yet`,
  ];
  const { groups, more } = leftOnPage2(s);
  const list = groups.map((g) => `<h3>By ${e(longDate(g.targetDate))} <span class="small">(${g.items.length === g.total ? String(g.total) : `${String(g.items.length)} of ${String(g.total)} listed`})</span></h3>
<ul>${g.items.map((o) => `<li>${e(entryText(o))}${o.status === 'unknown' ? ' <span class="tag">check by hand</span>' : ''}${o.privacyPractice ? ' <span class="tag">good practice</span>' : ''}</li>`).join('')}</ul>`);
  const where = appendix ? 'the appendix and the JSON file' : 'the JSON file (or the appendix, when it is added)';
  return `<section aria-labelledby="left">
<h2 id="left">What is left to do</h2>
<p>${e(`${andList(counts)}.`)}${s.outstanding.length === 0 ? ' Nothing is left to fix: every setting that could be checked passed.' : ' Target dates: a month for the most serious, two or three for the rest.'}</p>
${list.length === 0 ? '' : `<div class="left">\n${list.join('\n')}\n</div>`}
${more > 0 ? `<p class="small">${e(`${String(more)} more not listed here. Every item, with what to do, is in ${where}.`)}</p>` : `<p class="small">${e(`What to do for each is in ${where}.`)}</p>`}
<p><strong>Suggested re-audit:</strong> ${e(longDate(s.reauditDate))}, or sooner if a platform changes its settings.</p>
</section>`;
}

function dl(rows: readonly [string, string][]): string {
  return `<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}
