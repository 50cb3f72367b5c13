/** Finds vocabulary terms in one piece of text and applies the false-positive rules. */
import { CONTEXT_WORDS, TERMS } from './vocabulary.ts';
import { NOT_SELF_AFTER, NOT_SELF_BEFORE, type Term } from './term.ts';
import { trimProperName } from './proper-name.ts';
import { fold, words } from './text.ts';

export interface Hit {
  term: Term;
  start: number;
  end: number;
  text: string;
  /** Needs clinical context from elsewhere in the profile ("Prof" in the name, a role in the bio). */
  provisional: boolean;
}

const flags = (term: Term): string => (term.exactCase === true ? 'gu' : 'giu');
const COMPILED = TERMS.map((term) => ({
  term,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${term.pattern})(?![\\p{L}\\p{N}])`, flags(term)),
  whole: new RegExp(`^(?:${term.pattern})$`, flags(term).replace('g', '')),
}));

/** Kinds that are claims about oneself, and so can be negated ("not a doctor", "my GP"). */
const SELF_KINDS = new Set(['title', 'role', 'post-nominal', 'registration']);
/** How many words away a clinical word may be for "consultant", "registrar" or "Prof" to count. */
const CONTEXT_WINDOW = 5;
/** Punctuation that ends a clause for the before/after rules. "." after "Dr" is part of the match. */
const CLAUSE_BREAK = /[.,;:|•·!?()[\]{}\n"“”«»—–]| - /u;

export function scan(text: string, names: ReadonlySet<string>, inHandle: boolean): Hit[] {
  const hits: Hit[] = [];
  const notSelf: Hit[] = [];
  for (const { term, re } of COMPILED) {
    if (inHandle && term.inHandles === false) continue;
    for (const m of text.matchAll(re)) {
      const hit = { term, start: m.index, end: m.index + m[0].length, text: m[0], provisional: false };
      const verdict = judge(hit, text, names);
      if (verdict === 'ok') hits.push(hit);
      if (verdict === 'not-self') notSelf.push(hit);
    }
  }
  // "married to a junior doctor" also rules out the "doctor" inside it.
  const claimed = hits.filter((h) => !notSelf.some((n) => n.term.kind === h.term.kind && n.start <= h.start && h.end <= n.end));
  const trimmed = claimed.flatMap((hit) => {
    const whole = COMPILED.find((c) => c.term === hit.term)?.whole;
    return hit.term.properName === true && whole !== undefined ? trimProperName(hit, text, claimed, whole) : [hit];
  });
  return withContext(longestPerKind(trimmed), text);
}

/** not-self: the words are about someone else ("my GP"); denied: not a clinical use at all. */
function judge(hit: Hit, text: string, names: ReadonlySet<string>): 'ok' | 'not-self' | 'denied' {
  const { term } = hit;
  if (term.reject?.test(hit.text) === true) return 'denied';
  const before = clauseBefore(text, hit.start);
  const after = clauseAfter(text, hit.end);
  if (SELF_KINDS.has(term.kind) && (NOT_SELF_BEFORE.test(before) || NOT_SELF_AFTER.test(after))) return 'not-self';
  if (term.denyBefore?.test(before) === true) return 'denied';
  const ownName = names.has(after.split(' ')[0] ?? '');
  if (!ownName && (term.denyAfter?.test(after) === true || term.denyAfterAsWritten?.test(text.slice(hit.end)) === true)) return 'denied';
  if (term.needsName === true && !/^\p{L}/u.test(after)) return 'denied';
  return 'ok';
}

/** Overlapping matches of one kind ("junior doctor" and "doctor"): keep the longest. */
function longestPerKind(hits: Hit[]): Hit[] {
  const ordered = [...hits].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of ordered) {
    if (!kept.some((k) => k.term.kind === hit.term.kind && hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "consultant"/"registrar"/"Prof" count only with a clinical signal or word within a few words. */
function withContext(hits: Hit[], text: string): Hit[] {
  const wordStarts = words(text).map((w) => w.start);
  const wordIndex = (offset: number): number => wordStarts.filter((s) => s < offset).length;
  const anchors = [
    ...hits.filter((h) => h.term.needsContext !== true && h.term.kind !== 'title').map((h) => h.start),
    ...[...text.matchAll(CONTEXT_WORDS)].map((m) => m.index),
  ].map(wordIndex);
  return hits.flatMap((h) => {
    if (h.term.needsContext !== true) return [h];
    const at = wordIndex(h.start);
    if (anchors.some((a) => Math.abs(a - at) <= CONTEXT_WINDOW)) return [h];
    return h.term.contextAnywhere === true ? [{ ...h, provisional: true }] : [];
  });
}

function normalise(clause: string): string {
  return fold(clause).replace(/[’ʼ‘`]/gu, "'").replace(/\s+/gu, ' ').trim();
}

function clauseBefore(text: string, start: number): string {
  const parts = text.slice(Math.max(0, start - 60), start).split(CLAUSE_BREAK);
  return normalise(parts[parts.length - 1] ?? '');
}

function clauseAfter(text: string, end: number): string {
  return normalise(text.slice(end, end + 60).split(CLAUSE_BREAK)[0] ?? '');
}
