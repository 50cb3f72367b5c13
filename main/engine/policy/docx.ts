/**
 * The policy as an editable Word document (DOCX), written with the `docx` package (docx.js.org):
 * real Word headings (Heading 1 and 2 styles) and real numbered lists, so a practice can open it,
 * adapt the wording and keep the structure. The core properties hold the title, "Chaperone" as
 * creator and a one-line description; nothing about the person beyond what the text itself says.
 */
import {
  AlignmentType, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun,
  type INumberingOptions, type IParagraphOptions,
} from 'docx';
import { citation } from '../../shared/guidance-words.ts';
import { plainText } from '../report/plain-text.ts';
import { policyDate } from './build.ts';
import { byline, policyReferences } from './markdown.ts';
import type { PolicyDocument } from './model.ts';
import { closingLine, findingsHeading, GUIDANCE_HEADING } from './words.ts';

const CLAUSES = 'policy-clauses';
const GUIDANCE = 'policy-guidance';
const FONT = 'Arial';
const TEXT_COLOUR = '212B32';
const GREY = '4C6272';

/** Names, labels and answers are the person's words: no control character or bidi override may reach the XML. */
const t = (text: string): string => plainText(text);

const para = (text: string, options: Omit<IParagraphOptions, 'text' | 'children'> = {}): Paragraph => new Paragraph({ ...options, children: [new TextRun(t(text))] });

/** A decimal list ("1.", "2.", …) that runs on across headings, as Word's own numbering. */
function numberedList(reference: string): INumberingOptions['config'][number] {
  return {
    reference,
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 425 } } } }],
  };
}

export async function policyDocx(policy: PolicyDocument): Promise<Uint8Array> {
  const references = policyReferences(policy);
  const numbers = new Map(references.map(({ number, ref }) => [ref.id, number]));
  const children: Paragraph[] = [
    para(policy.title, { heading: HeadingLevel.HEADING_1 }),
    para(byline(policy), { style: 'Byline' }),
  ];
  if (policy.appliesTo !== null) children.push(para(`It applies to ${policy.appliesTo}.`));
  if (policy.guidanceNotIncluded !== null) children.push(para(policy.guidanceNotIncluded));
  if (policy.findings !== null) {
    children.push(para(findingsHeading(policy), { heading: HeadingLevel.HEADING_2 }));
    for (const sentence of policy.findings.sentences) children.push(para(sentence, { bullet: { level: 0 } }));
  }
  for (const section of policy.sections) {
    children.push(para(section.heading, { heading: HeadingLevel.HEADING_2 }));
    for (const clause of section.clauses) {
      const cites = clause.guidance.map((g) => `[${String(numbers.get(g.id))}]`).join('');
      // A no-break space keeps the numbers with the clause's last word.
      children.push(new Paragraph({
        numbering: { reference: CLAUSES, level: 0 },
        children: [new TextRun(t(clause.text)), new TextRun({ text: `\u00A0${cites}`, color: GREY })],
      }));
    }
  }
  children.push(para(GUIDANCE_HEADING, { heading: HeadingLevel.HEADING_2 }));
  for (const { ref } of references) {
    const runs: (TextRun | ExternalHyperlink)[] = [new TextRun(t(`${citation(ref)}: "${ref.quote}"`))];
    if (ref.url !== null) {
      runs.push(new TextRun(' '), new ExternalHyperlink({ link: ref.url, children: [new TextRun({ text: t(ref.url), style: 'Hyperlink' })] }));
    }
    children.push(new Paragraph({ numbering: { reference: GUIDANCE, level: 0 }, children: runs, style: 'Reference' }));
  }
  children.push(para(closingLine(policy), { style: 'Byline' }));

  const document = new Document({
    title: t(policy.title),
    creator: 'Chaperone',
    lastModifiedBy: 'Chaperone',
    description: `Social media policy written with Chaperone on ${policyDate(policy.writtenOn)}, to be reviewed by ${policyDate(policy.reviewOn)}.`,
    styles: {
      default: {
        // British English, for Word's spelling and a screen reader's voice; outline levels give Word's navigation pane its headings.
        document: { run: { font: FONT, size: 22, color: TEXT_COLOUR, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120, line: 300 } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: TEXT_COLOUR }, paragraph: { spacing: { before: 0, after: 120 }, outlineLevel: 0 } },
        heading2: { run: { font: FONT, size: 28, bold: true, color: TEXT_COLOUR }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 1 } },
        hyperlink: { run: { color: '005EB8', underline: {} } },
      },
      paragraphStyles: [
        { id: 'Byline', name: 'Byline', basedOn: 'Normal', next: 'Normal', run: { color: GREY } },
        { id: 'Reference', name: 'Reference', basedOn: 'Normal', next: 'Normal', run: { size: 18 } },
      ],
    },
    numbering: { config: [numberedList(CLAUSES), numberedList(GUIDANCE)] },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
