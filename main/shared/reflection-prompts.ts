/**
 * The questions beside each part of the reflection, on the export screen and in the summary where
 * a part is not written yet. Chaperone offers these prompts and never writes the reflection itself.
 */
import type { Reflection } from '../engine/appraisal/model.ts';

export const REFLECTION_PROMPTS: Readonly<Record<keyof Reflection, { heading: string; prompt: string }>> = Object.freeze({
  what: { heading: 'What?', prompt: 'What did you check, and what did you find?' },
  soWhat: { heading: 'So what?', prompt: "Why does it matter for patients' trust and for your practice? What did you learn?" },
  nowWhat: { heading: 'Now what?', prompt: 'What will you do differently, and when will you check again?' },
});

export const REFLECTION_PARTS = ['what', 'soWhat', 'nowWhat'] as const satisfies readonly (keyof Reflection)[];
