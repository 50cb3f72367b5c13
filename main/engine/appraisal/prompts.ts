/**
 * The questions the export screen shows beside each part of the reflection. Chaperone offers these
 * prompts and never writes the reflection itself. No runtime imports, so the renderer can use it.
 */
import type { Reflection } from './model.ts';

export const REFLECTION_PROMPTS: Readonly<Record<keyof Reflection, { heading: string; prompt: string }>> = Object.freeze({
  what: { heading: 'What?', prompt: 'What did you check, and what did you find?' },
  soWhat: { heading: 'So what?', prompt: "Why does it matter for patients' trust and for your practice? What did you learn?" },
  nowWhat: { heading: 'Now what?', prompt: 'What will you do differently, and when will you check again?' },
});

export const REFLECTION_PARTS = ['what', 'soWhat', 'nowWhat'] as const satisfies readonly (keyof Reflection)[];
