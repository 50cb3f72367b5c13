/**
 * The policy as a Word document (DOCX, built with the docx package) and as a PDF (its HTML printed
 * by the same path as the appraisal summary), each sealed like the appraisal export.
 *
 * TO FINISH AT MERGE: main/engine/policy/docx.ts and html.ts are built on another branch; this
 * module is loaded only when the person asks for Word or PDF, so the rest of the policy works and
 * is tested without it. Add the sealing here once the seal for a policy exists.
 */
import { policyDocx } from './../engine/policy/docx.ts';
import { policyHtml } from '../engine/policy/html.ts';
import type { PolicyDocument } from '../engine/policy/model.ts';
import type { HandlerDeps } from './deps.ts';

export function policyFile(format: 'docx' | 'pdf', policy: PolicyDocument, deps: Pick<HandlerDeps, 'renderPdf'>): Promise<Uint8Array> {
  return format === 'docx' ? policyDocx(policy) : deps.renderPdf(policyHtml(policy));
}
