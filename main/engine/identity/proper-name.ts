/**
 * A hospital or trust is matched as a run of capitalised words ending in "Hospital", "NHS Trust"…
 * That run can start too early: "Working for Betsi Cadwaladr University Health Board",
 * "Consultant Cardiologist Leeds General Infirmary". Trim it to the name itself.
 */
import type { Hit } from './scan.ts';

/** Capitalised words that start a sentence rather than a hospital's name. */
const LEADING_WORDS = /^(?:(?:working|work|works|worked|based|proud|proudly|now|currently|formerly|former|ex|volunteer|volunteering|also|and|i|i'm|im|we|my|our|love|loving|previously|honorary|at|in|for|the|from|of|with|to)(?![\p{L}\p{N}])[\s,'’-]*)+/iu;

export function trimProperName(hit: Hit, text: string, all: readonly Hit[], whole: RegExp): Hit[] {
  // Other words found inside the run (a role, a specialty) are not part of the name.
  const start = all
    .filter((o) => o.term.kind !== hit.term.kind && o.start >= hit.start && o.end < hit.end)
    .reduce((at, o) => Math.max(at, o.end), hit.start);
  let name = text.slice(start, hit.end).trimStart();
  name = name.replace(LEADING_WORDS, '');
  if (!whole.test(name)) return [];
  return [{ ...hit, start: hit.end - name.length, text: name }];
}
