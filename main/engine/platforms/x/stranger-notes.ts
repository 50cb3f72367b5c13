import { strangerNotes } from '../read-helpers/stranger-view.ts';
import type { StrangerSeen, StrangerTerms } from '../read-helpers/stranger-view.ts';

const X_TERMS: StrangerTerms = { platform: 'X', connections: 'followers list', hiddenPosts: 'protected' };

/** Plain-words notes on what a logged-out visitor saw of an X profile. */
export function xStrangerNotes(seen: StrangerSeen): string[] {
  return strangerNotes(seen, X_TERMS);
}
