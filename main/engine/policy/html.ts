/**
 * The policy as a self-contained A4 document, printed to PDF by the same path as the appraisal
 * summary (appraisal/pdf.ts): inline CSS, no scripts, no external resources, every value escaped,
 * and no control character or bidi override left to reorder the printed text (plainText).
 */
import { citation } from '../../shared/guidance-words.ts';
import { HOW_TO_CHECK } from '../../shared/seal-words.ts';
import { escapeHtml as e } from '../report/html.ts';
import { plainText } from '../report/plain-text.ts';
import { byline, policyReferences } from './markdown.ts';
import type { PolicyDocument } from './model.ts';
import { closingLine, findingsHeading, GUIDANCE_HEADING } from './words.ts';

/** The house style of the appraisal summary (black on white, NHS blue rules), for a document read top to bottom. */
export const POLICY_CSS = `
@page{size:A4}
*{box-sizing:border-box}
body{font-family:Arial,Helvetica,sans-serif;color:#212b32;background:#fff;font-size:11pt;line-height:1.45;margin:0;overflow-wrap:anywhere}
main{max-width:178mm;margin:0 auto}
h1{font-size:20pt;line-height:1.2;margin:0 0 6pt}
h2{font-size:13.5pt;margin:18pt 0 6pt;border-top:2pt solid #005eb8;padding-top:5pt;break-after:avoid}
p{margin:4pt 0}
.byline{color:#4c6272}
ol,ul{margin:4pt 0;padding-left:22pt}
li{margin:0 0 5pt;break-inside:avoid}
.cites{color:#4c6272;font-size:9pt;white-space:nowrap}
.guidance{font-size:8.5pt;line-height:1.3}
.guidance li{margin-bottom:3pt}
.guidance a{color:#005eb8;word-break:break-all}
footer{margin-top:16pt;border-top:0.5pt solid #aeb7bd;padding-top:5pt;color:#4c6272;font-size:9pt;break-inside:avoid}
.fingerprint{font-family:"Courier New",monospace;font-size:8.5pt;word-break:break-all}
`;

/** The PDF's HTML; `fingerprint` is the content fingerprint the file is sealed with (policy/seal.ts). */
export function policyHtml(policy: PolicyDocument, fingerprint: string | null = null): string {
  const references = policyReferences(policy);
  const numbers = new Map(references.map(({ number, ref }) => [ref.id, number]));
  let start = 1;
  const sections = policy.sections.map((section, index) => {
    const id = `section-${String(index + 1)}`;
    const items = section.clauses.map((clause) => {
      const cites = clause.guidance.map((g) => `[${String(numbers.get(g.id))}]`).join('');
      // A no-break space keeps the numbers with the last word rather than alone on a line.
      return `<li>${e(clause.text)}&nbsp;<span class="cites">${e(cites)}</span></li>`;
    });
    const list = `<section aria-labelledby="${id}">
<h2 id="${id}">${e(section.heading)}</h2>
<ol start="${String(start)}">
${items.join('\n')}
</ol>
</section>`;
    start += section.clauses.length;
    return list;
  });
  const guidance = references.map(({ ref }) => {
    const link = ref.url === null ? '' : ` <a href="${e(ref.url)}">${e(ref.url)}</a>`;
    return `<li>${e(citation(ref))}: “${e(ref.quote)}”${link}</li>`;
  });
  return plainText(`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(policy.title)}</title>
<style>${POLICY_CSS}</style>
</head>
<body>
<main>
<h1>${e(policy.title)}</h1>
<p class="byline">${e(byline(policy))}</p>
${policy.appliesTo === null ? '' : `<p>It applies to ${e(policy.appliesTo)}.</p>`}
${policy.guidanceNotIncluded === null ? '' : `<p>${e(policy.guidanceNotIncluded)}</p>`}
${policy.findings === null ? '' : `<section aria-labelledby="findings">
<h2 id="findings">${e(findingsHeading(policy))}</h2>
<ul>
${policy.findings.sentences.map((s) => `<li>${e(s)}</li>`).join('\n')}
</ul>
</section>`}
${sections.join('\n')}
<section aria-labelledby="guidance" class="guidance">
<h2 id="guidance">${e(GUIDANCE_HEADING)}</h2>
<ol>
${guidance.join('\n')}
</ol>
</section>
<footer>
<p>${e(closingLine(policy))}</p>
${fingerprint === null ? '' : `<p>Fingerprint (SHA-256 of the content): <span class="fingerprint">${e(fingerprint)}</span></p>
<p>${e(HOW_TO_CHECK)}</p>`}
</footer>
</main>
</body>
</html>
`);
}
