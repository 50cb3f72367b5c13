/** The whole health-profession vocabulary, in one list, plus words that give a role clinical context. */
import type { Term } from './term.ts';
import { ROLE_TERMS } from './terms-roles.ts';
import { OTHER_TERMS } from './terms-other.ts';

export const TERMS: readonly Term[] = [...ROLE_TERMS, ...OTHER_TERMS];

/**
 * Not signals on their own ("medical devices", "patients' rights"), but enough to make
 * "consultant", "registrar" or "Prof" clinical: "Medical Registrar", "Consultant, Royal Free".
 */
export const CONTEXT_WORDS = /(?<![\p{L}\p{N}])(?:clinical|medical|medicine|surgical|surgery|psychiatric|p(?:a)?ediatric|obstetric|an(?:a)?esthetic|hospital|nhs|ward|patients?|cardiac|renal|respiratory|acute|emergency|trauma|stroke|cancer)(?![\p{L}\p{N}])/giu;
