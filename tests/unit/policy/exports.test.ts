/**
 * The policy's exports as a reader gets them: the DOCX is a sound ZIP archive whose seal is its
 * archive comment, and `verify` accepts it untouched and refuses it changed, with its seal moved, or
 * unsealed; the Markdown's fingerprint is a paragraph of its own; the PDF's HTML escapes the person's words.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealLineHead, sha256Hex, TEXT_SEAL_PREFIX } from '../../../main/engine/appraisal/seal.ts';
import { CHANGED, NO_SEAL, verifyBytes } from '../../../main/engine/appraisal/verify.ts';
import { parseAnswersFile } from '../../../main/engine/policy/answers-file.ts';
import { buildPolicy } from '../../../main/engine/policy/build.ts';
import { policyDocx } from '../../../main/engine/policy/docx.ts';
import { policySeal, sealedPolicyDocx, sealedPolicyMarkdown } from '../../../main/engine/policy/exports.ts';
import { policyHtml } from '../../../main/engine/policy/html.ts';
import { loadPolicy, type PolicySet } from '../../../main/engine/policy/load.ts';
import type { PolicyAnswers, PolicyDocument } from '../../../main/engine/policy/model.ts';
import { CHECKLIST_DIR } from '../services/handler-fixtures.ts';

let set: PolicySet;
beforeAll(async () => { set = await loadPolicy(CHECKLIST_DIR); });

const example = (): PolicyAnswers => parseAnswersFile('a', readFileSync(new URL('../../../examples/policy-practice-answers.yaml', import.meta.url), 'utf8'));

function policy(answers: PolicyAnswers = example()): PolicyDocument {
  return buildPolicy({
    data: set.data, publishers: set.publishers, profile: { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC' },
    answers, audit: null, writtenOn: '2026-12-03', checklistVersion: 'test', platformNames: { facebook: 'Facebook' },
  });
}

/** One member of the archive, as `unzip -p` reads it. */
function member(docx: Uint8Array, name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'chaperone-policy-docx-')), 'policy.docx');
  writeFileSync(file, docx);
  return execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });
}

const SEAL = { generatedAt: '2026-12-03T10:00:00.000Z', fingerprint: 'a'.repeat(64) };

describe('the sealed DOCX', () => {
  it('is a ZIP archive Word can read, with the seal as its comment, and verify accepts it as a DOCX', async () => {
    const bytes = await sealedPolicyDocx(policy(), SEAL);
    expect(member(bytes, 'word/document.xml')).toContain('Social media policy of Leeds Road Surgery');
    expect(verifyBytes(bytes)).toEqual({ ok: true, kind: 'docx', generated: SEAL.generatedAt, content: SEAL.fingerprint });
  });

  it('is refused with one byte changed, with the seal line appended outside the comment, and unsealed', async () => {
    const sealed = await sealedPolicyDocx(policy(), SEAL);
    const changed = sealed.slice();
    changed[200] = (changed[200] ?? 0) ^ 1;
    expect(verifyBytes(changed)).toEqual({ ok: false, reason: CHANGED });

    // A seal line with a true digest, but appended after the archive rather than kept as its comment.
    const plain = await policyDocx(policy());
    const covered = Buffer.concat([plain, Buffer.from(`\n${sealLineHead(TEXT_SEAL_PREFIX, SEAL.generatedAt, SEAL.fingerprint)}`)]);
    const outside = Buffer.concat([covered, Buffer.from(`${sha256Hex(covered)}\n`)]);
    expect(verifyBytes(outside)).toEqual({ ok: false, reason: CHANGED });

    expect(verifyBytes(plain)).toEqual({ ok: false, reason: NO_SEAL });
  });

  it('keeps only the title, "Chaperone" and the dates in its document properties', async () => {
    const core = member(await policyDocx(policy()), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Social media policy of Leeds Road Surgery</dc:title>');
    expect(core).toContain('<dc:creator>Chaperone</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Chaperone</cp:lastModifiedBy>');
    expect(core).not.toContain('Amina');
  });

  it('gives its headings outline levels for Word\'s navigation pane, and its text British English', async () => {
    const styles = member(await policyDocx(policy()), 'word/styles.xml');
    const style = (id: string): string => [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)">(.*?)<\/w:style>/g)].find((m) => m[1] === id)?.[2] ?? '';
    expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
  });

  it('turns a control character in the person\'s words into a visible mark, so the XML stays readable', async () => {
    const answers = example();
    answers.answers.organisation = 'Leeds\u0007Road \u202Eyrgrus';
    const xml = member(await policyDocx(policy(answers)), 'word/document.xml');
    expect(xml).toContain('Leeds\uFFFDRoad \uFFFDyrgrus');
    expect(xml.includes('\u0007') || xml.includes('\u202E')).toBe(false);
  });
});

describe('the sealed Markdown', () => {
  it('ends with the fingerprint as a paragraph of its own, and verify accepts it', () => {
    const text = sealedPolicyMarkdown(policy(), policySeal(policy(), new Date('2026-12-03T10:00:00Z')));
    expect(text).toMatch(/adapt it to your work\.\n\nChaperone fingerprint: v1 generated=2026-12-03T10:00:00.000Z content=[0-9a-f]{64} file=[0-9a-f]{64}\n$/);
    expect(verifyBytes(new TextEncoder().encode(text)).ok).toBe(true);
    expect(verifyBytes(new TextEncoder().encode(text.replace('Leeds Road', 'Leeds Street'))).ok).toBe(false);
  });
});

describe('the PDF\'s HTML', () => {
  it('escapes the person\'s words and loads nothing', () => {
    const answers = example();
    answers.answers.organisation = '<img src=https://example.com/x.png> & Co';
    const html = policyHtml(policy(answers), SEAL.fingerprint);
    expect(html).toContain('Social media policy of &#60;img src=https://example.com/x.png&#62; &#38; Co');
    expect(html).not.toContain('<img');
    expect(html).toContain(SEAL.fingerprint);
  });
});
