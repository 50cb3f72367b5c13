/** The export screen's form: what the user typed, turned into the draft the API keeps, with plain error messages. */
import type { AppraisalDraft } from '../../../main/shared/api-contract.ts';
import type { FieldError } from '../forms/field-errors.ts';
import { REFLECTION_PARTS, REFLECTION_PROMPTS } from '../../../main/shared/reflection-prompts.ts';

export interface DraftForm {
  what: string;
  soWhat: string;
  nowWhat: string;
  showRegistrationNumber: boolean;
  showHandles: boolean;
  /** Add every item: an appendix to the PDF, the full text. Off by default. */
  appendix: boolean;
  /** As typed: empty, or minutes. */
  timeSpent: string;
  declarationAccepted: boolean;
}

export const REFLECTION_MAX = 5000;
export const TIME_MAX = 6000;

/** Control ids, which the error summary links to. */
export const FIELD_IDS = {
  what: 'reflection-what', soWhat: 'reflection-so-what', nowWhat: 'reflection-now-what',
  showRegistrationNumber: 'show-registration-number', showHandles: 'show-handles',
  timeSpent: 'time-spent', declarationAccepted: 'declaration', appendix: 'appendix',
} as const;

export function formFromDraft({ reflection, options }: AppraisalDraft): DraftForm {
  return {
    ...reflection,
    showRegistrationNumber: options.showRegistrationNumber, showHandles: options.showHandles, appendix: options.appendix,
    timeSpent: options.timeSpentMinutes === null ? '' : String(options.timeSpentMinutes),
    declarationAccepted: options.declarationAccepted,
  };
}

/** The draft, or what needs correcting first. Exporting also needs the declaration ticked. */
export function draftFromForm(form: DraftForm, forExport: boolean): { draft: AppraisalDraft } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const part of REFLECTION_PARTS) {
    if (form[part].length > REFLECTION_MAX) {
      errors.push({ target: FIELD_IDS[part], message: `${REFLECTION_PROMPTS[part].heading} must be ${String(REFLECTION_MAX)} characters or fewer` });
    }
  }
  const time = form.timeSpent.trim();
  const minutes = time === '' ? null : Number(time);
  if (minutes !== null && (!/^\d+$/.test(time) || minutes < 1 || minutes > TIME_MAX)) {
    errors.push({ target: FIELD_IDS.timeSpent, message: `Enter the time you spent as a whole number of minutes, from 1 to ${String(TIME_MAX)}` });
  }
  if (forExport && !form.declarationAccepted) {
    errors.push({ target: FIELD_IDS.declarationAccepted, message: 'Tick the declaration to confirm the summary holds no information that could identify a patient' });
  }
  if (errors.length > 0) return { errors };
  return {
    draft: {
      reflection: { what: form.what, soWhat: form.soWhat, nowWhat: form.nowWhat },
      options: {
        showRegistrationNumber: form.showRegistrationNumber, showHandles: form.showHandles,
        timeSpentMinutes: minutes, declarationAccepted: form.declarationAccepted, appendix: form.appendix,
      },
    },
  };
}
