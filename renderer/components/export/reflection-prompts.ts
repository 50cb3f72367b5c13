/**
 * The prompts shown under each part of the reflection. The renderer may not import the engine at
 * run time, so this is a copy of main/engine/appraisal/prompts.ts;
 * tests/unit/services/appraisal-prompts.test.ts keeps the two equal.
 */
import type { Reflection } from '../../../main/engine/appraisal/model.ts';

export const REFLECTION_PROMPTS: Readonly<Record<keyof Reflection, { heading: string; prompt: string }>> = Object.freeze({
  what: { heading: 'What?', prompt: 'What did you check, and what did you find?' },
  soWhat: { heading: 'So what?', prompt: "Why does it matter for patients' trust and for your practice? What did you learn?" },
  nowWhat: { heading: 'Now what?', prompt: 'What will you do differently, and when will you check again?' },
});

export const REFLECTION_PARTS = ['what', 'soWhat', 'nowWhat'] as const satisfies readonly (keyof Reflection)[];
