import type { StrangerView } from '../../types.ts';

export type StrangerSeen = Omit<StrangerView, 'notes'>;

/** The words one platform uses, so every reader's notes read the same way. */
export interface StrangerTerms {
  /** "X", "Facebook"… */
  platform: string;
  /** What the platform calls the list: "friends list", "connections", "followers". */
  connections: string;
  /** What the platform calls posts hidden from strangers: "protected" on X, "private" elsewhere. */
  hiddenPosts: string;
}

/** Plain-words notes on what a logged-out visitor saw. */
export function strangerNotes(seen: StrangerSeen, terms: StrangerTerms): string[] {
  if (seen.loginWall) return [`${terms.platform} asked a stranger to sign in before showing your profile.`];
  if (!seen.profileVisible) return [`Your profile did not load for a stranger: ${terms.platform} may have hidden it, or it may not exist.`];
  const anyone = 'is visible to anyone, without signing in.';
  const notes: string[] = [];
  if (seen.name !== null) notes.push(`Your name "${seen.name}" ${anyone}`);
  if (seen.bio !== null) notes.push(`Your bio ${anyone}`);
  if (seen.workplace !== null) notes.push(`Your workplace or headline "${seen.workplace}" ${anyone}`);
  if (seen.location !== null) notes.push(`Your location "${seen.location}" ${anyone}`);
  if (seen.connectionsVisible === true) notes.push(`Your ${terms.connections} ${anyone}`);
  if (seen.postsProtected) {
    notes.push(`Your posts are ${terms.hiddenPosts}: a stranger sees only your profile header.`);
  } else if (seen.postsVisible === null) {
    notes.push('Chaperone could not tell whether a stranger can see your posts.');
  } else if (seen.postsVisible > 0) {
    notes.push(`A stranger can see ${String(seen.postsVisible)} of your posts without signing in.`);
  } else {
    notes.push('A stranger saw no posts on your profile.');
  }
  return notes;
}

/** A view with nothing seen yet: readers fill in what they saw. */
export function nothingSeen(url: string): StrangerSeen {
  return {
    url, checked: true, loginWall: false, profileVisible: false, name: null, bio: null, location: null,
    workplace: null, connectionsVisible: null, postsVisible: null, postsProtected: false,
  };
}

/** The view to report when the stranger check itself failed: nothing in it was seen. */
export function uncheckedStrangerView(url: string, why: string): StrangerView {
  return { ...nothingSeen(url), checked: false, notes: [`Chaperone could not check what a stranger sees: ${why}`] };
}
