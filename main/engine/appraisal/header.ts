/** The document's header and suggested portfolio filing. */
import type { AppraisalInput, AppraisalSummary } from './model.ts';
import { durationText, longDate } from './dates.ts';
import { PROFESSION_WORDS } from './words.ts';
import { standingText } from '../../shared/guidance-words.ts';

export function buildHeader(input: AppraisalInput): AppraisalSummary['header'] {
  const { audit, previous, profile, options } = input;
  const registration = profile.registrationNumber?.trim() ?? '';
  return {
    name: profile.registeredName,
    profession: PROFESSION_WORDS[profile.profession],
    regulator: profile.regulator,
    registrationNumber: options.showRegistrationNumber && registration !== '' ? registration : null,
    auditDate: longDate(audit.report.audit.startedAt),
    period: previous === null ? 'first audit' : `since your audit of ${longDate(previous.report.audit.startedAt)}`,
    appVersion: input.appVersion,
    checklistVersion: audit.report.audit.checklistVersion,
    guidanceEditions: audit.report.audit.guidance.sources.map((s) => `${s.publisher}, ${s.title}, ${s.edition} (${standingText(s)})`),
    guidanceNotIncluded: audit.report.audit.guidance.notIncluded,
  };
}

export function buildFiling(input: AppraisalInput): AppraisalSummary['filing'] {
  const regulator = input.profile.regulator.trim();
  const against = regulator === '' ? 'professional guidance' : `${regulator} guidance`;
  const title = `Self-audit of social media privacy and professional presence against ${against}`;
  const timeSpent = durationText(input.options.timeSpentMinutes);
  if (input.previous === null) {
    return {
      category: 'CPD', title, timeSpent,
      why: 'A first self-audit is learning against your professional guidance: file it as continuing professional development (CPD), with your reflection.',
    };
  }
  return {
    category: 'Quality improvement activity', title, timeSpent,
    why: `You audited before, on ${longDate(input.previous.report.audit.startedAt)}, so this audit completes a cycle: a standard, a measure, a change and a measure again. `
      + 'Some appraisers accept this only as CPD, because it is about your own conduct rather than patient care: ask yours if unsure.',
  };
}
