/** The appraisal summary as an A4 HTML document and as plain text for portal boxes. */
import { describe, expect, it } from 'vitest';
import { buildAppraisal } from '../../../main/engine/appraisal/build.ts';
import { appraisalHtml } from '../../../main/engine/appraisal/html.ts';
import { REFLECTION_PROMPTS } from '../../../main/shared/reflection-prompts.ts';
import { appraisalText } from '../../../main/engine/appraisal/text.ts';
import { input, previousAudit } from './fixtures.ts';

// Page 1, page 2, then the appendix (when it is added).
const PAGE_SECTIONS = [
  'Social media self-audit: appraisal summary', 'Scope', 'Guidance checked against', 'Method and limits', 'Results', 'What was fixed',
  'What is left to do', 'Reflective note', 'Declaration', 'Fingerprint',
];
const APPENDIX_SECTIONS = ['Appendix: every item checked', 'Suggested portfolio filing', 'Findings', 'What changed since the previous audit', 'Outstanding actions'];
// Plain text puts the reflection first, then the findings.
const TEXT_SECTIONS = [
  'REFLECTIVE NOTE', 'FINDINGS', 'WHAT CHANGED SINCE THE PREVIOUS AUDIT', 'OUTSTANDING ACTIONS',
  'SUGGESTED PORTFOLIO FILING', 'SCOPE', 'METHOD AND LIMITS', 'GUIDANCE CHECKED AGAINST', 'DECLARATION', 'Fingerprint (SHA-256)',
];

function inOrder(text: string, headings: readonly string[]): number[] {
  return headings.map((h) => text.indexOf(h));
}

describe('the HTML document', () => {
  const summary = buildAppraisal(input());
  const twoPages = appraisalHtml(summary);
  const html = appraisalHtml(summary, { appendix: true });

  it('has the two pages\' sections in the order of the issue, and the appendix only when asked', () => {
    const all = [...PAGE_SECTIONS, ...APPENDIX_SECTIONS];
    const at = inOrder(html, all);
    expect(at.every((i) => i >= 0), all.filter((_, n) => (at[n] ?? -1) < 0).join(', ')).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(inOrder(twoPages, PAGE_SECTIONS).every((i) => i >= 0)).toBe(true);
    for (const heading of APPENDIX_SECTIONS) expect(twoPages, heading).not.toContain(`>${heading}</h2>`);
    // Page 2 and the appendix each start a new page.
    expect(html).toContain('<section class="page-2">');
    expect(html).toMatch(/\.page-2,\.appendix\{break-before:page\}/);
  });

  it('is a self-contained A4 print document', () => {
    expect(html).toMatch(/@page\{size:A4;margin:/);
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//i);
  });

  it('says a first audit is the first', () => {
    expect(twoPages).toContain('This is your first audit with Chaperone');
    expect(twoPages).toContain('<dd>CPD: Self-audit of social media privacy and professional presence against GMC guidance</dd>');
    expect(html).toContain('<dd>CPD</dd>');
  });

  it('marks unverified paragraph numbers', () => {
    expect(html).toContain('paragraph 8 (paragraph number not verified) [current]');
  });

  it('shows the findings with statuses in words and the re-audit date', () => {
    expect(html).toContain('Posts are protected (only approved followers see them)');
    expect(html).toContain('<span class="status-fail">Needs fixing</span>');
    expect(html).toContain('25 December 2026');
    expect(html).toContain('<strong>Suggested re-audit:</strong> 25 November 2027');
  });

  it('ends with the generation time and the fingerprint', () => {
    expect(html).toContain('27 November 2026, 08:30 UTC');
    expect(html).toContain(summary.fingerprint);
  });

  it('escapes what the user wrote', () => {
    const hostile = appraisalHtml(buildAppraisal(input({ reflection: { what: '<script>alert(1)</script>', soWhat: '<b>bold</b> & more', nowWhat: 'x' } })));
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<b>bold</b>');
    expect(hostile).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(hostile).toContain('&#60;b&#62;bold&#60;/b&#62; &#38; more');
  });

  it('shows the prompt, greyed and marked not written, for a part left empty', () => {
    const empty = appraisalHtml(buildAppraisal(input({ reflection: { what: 'Done.', soWhat: '', nowWhat: '' } }, { declarationAccepted: false })));
    expect(empty).toContain(`<p class="prompt">(not written yet) ${REFLECTION_PROMPTS.soWhat.prompt.replace(/'/g, '&#39;')}</p>`);
    expect(empty).toContain('<p>Done.</p>');
    expect(empty).toContain('Not confirmed yet.');
    expect(html).toContain('Confirmed by Amina Rahman.');
  });
});

describe('with a previous audit', () => {
  const summary = buildAppraisal(input({ previous: previousAudit() }));

  it('the HTML shows what got worse and what improved, and suggests quality improvement', () => {
    expect(appraisalHtml(summary)).toContain('Compared with your audit of 1 May 2026: 1 got worse, 1 improved');
    const html = appraisalHtml(summary, { appendix: true });
    expect(html).not.toContain('first audit with Chaperone');
    expect(html).toContain('Compared with your audit of 1 May 2026: 1 got worse, 1 improved');
    expect(html).toMatch(/Got worse \(1\)<\/h3>\n<ul><li>Personal X: Posts are protected[^<]*\(passed → needs fixing\)/);
    expect(html).toMatch(/Improved \(1\)<\/h3>\n<ul><li>Personal X: People who have your phone number[^<]*\(needs fixing → passed\)/);
    expect(html).toContain('<dd>Quality improvement activity</dd>');
  });

  it('the text says the same', () => {
    const text = appraisalText(summary);
    expect(text).toContain('Got worse:\n- Personal X: Posts are protected');
    expect(text).toContain('Improved:\n- Personal X: People who have your phone number');
    expect(text).toContain('Category: Quality improvement activity');
  });
});

describe('the plain text', () => {
  const summary = buildAppraisal(input());
  const text = appraisalText(summary);
  const lines = text.trimEnd().split('\n');

  it('has every section, reflection first, then findings', () => {
    const at = inOrder(text, TEXT_SECTIONS);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('What?\nI checked my two X accounts against GMC guidance.');
    expect(text).toContain('This is your first audit with Chaperone');
  });

  it('wraps at 80 columns and ends with the fingerprint, whole on a line of its own', () => {
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    expect(lines.slice(-2)).toEqual(['Fingerprint (SHA-256):', summary.fingerprint]);
  });

  it('keeps the paragraphs the user wrote and shows prompts for empty parts', () => {
    const t = appraisalText(buildAppraisal(input({ reflection: { what: 'First line.\nSecond line.', soWhat: '', nowWhat: '' } })));
    expect(t).toContain('What?\nFirst line.\nSecond line.');
    expect(t).toContain(`So what?\n(not written yet) ${REFLECTION_PROMPTS.soWhat.prompt.slice(0, 40)}`);
  });
});
