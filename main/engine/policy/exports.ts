/**
 * The policy's three exports, each sealed as the appraisal summary is (appraisal/seal.ts,
 * docs/seal.md) so `chaperone verify` can say whether the file has changed since Chaperone wrote it:
 * Markdown with a last "Chaperone fingerprint" line, the PDF with a comment line after %%EOF, and
 * the DOCX with that line as its ZIP archive's comment. The CLI and the app both write them from here.
 */
import type { Browser } from 'puppeteer-core';
import { renderPdf } from '../appraisal/pdf.ts';
import { canonicalJson, sealPdf, sealText, sealZip, sha256Hex } from '../appraisal/seal.ts';
import { plainText } from '../report/plain-text.ts';
import { policyDocx } from './docx.ts';
import { policyHtml } from './html.ts';
import { policyMarkdown } from './markdown.ts';
import type { PolicyDocument } from './model.ts';

/** What a seal records: when the file was made, and the SHA-256 of the policy's content. */
export interface PolicySeal { generatedAt: string; fingerprint: string }

export function policySeal(policy: PolicyDocument, now: Date): PolicySeal {
  return { generatedAt: now.toISOString(), fingerprint: sha256Hex(canonicalJson(policy)) };
}

export function sealedPolicyMarkdown(policy: PolicyDocument, seal: PolicySeal): string {
  // A blank line first, so the fingerprint is a paragraph of its own wherever the Markdown is shown.
  return sealText(`${plainText(policyMarkdown(policy))}\n`, seal);
}

export async function sealedPolicyDocx(policy: PolicyDocument, seal: PolicySeal): Promise<Uint8Array> {
  return sealZip(await policyDocx(policy), seal);
}

export async function sealedPolicyPdf(browser: Browser, policy: PolicyDocument, seal: PolicySeal): Promise<Uint8Array> {
  return sealPdf(await renderPdf(browser, policyHtml(policy, seal.fingerprint)), seal);
}
