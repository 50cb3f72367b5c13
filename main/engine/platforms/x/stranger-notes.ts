import type { StrangerView } from '../../types.ts';

type Seen = Omit<StrangerView, 'notes'>;

/** Plain-words notes on what a logged-out visitor saw. */
export function strangerNotes(seen: Seen): string[] {
  if (seen.loginWall) return ['X asked a stranger to sign in before showing your profile.'];
  if (!seen.profileVisible) return ['Your profile did not load for a stranger: X may have hidden it, or it may not exist.'];
  const notes: string[] = [];
  if (seen.name !== null) notes.push(`Your name "${seen.name}" is visible to anyone, without signing in.`);
  if (seen.bio !== null) notes.push('Your bio is visible to anyone, without signing in.');
  if (seen.location !== null) notes.push(`Your location "${seen.location}" is visible to anyone, without signing in.`);
  if (seen.postsProtected) {
    notes.push('Your posts are protected: a stranger sees only your profile header.');
  } else if (seen.postsVisible === null) {
    notes.push('Chaperone could not tell whether a stranger can see your posts.');
  } else if (seen.postsVisible > 0) {
    notes.push(`A stranger can see ${seen.postsVisible} of your posts without signing in.`);
  } else {
    notes.push('A stranger saw no posts on your profile.');
  }
  return notes;
}

/** The view to report when the stranger check itself failed: nothing in it was seen. */
export function uncheckedStrangerView(url: string, why: string): StrangerView {
  return {
    url,
    checked: false,
    loginWall: false,
    profileVisible: false,
    name: null,
    bio: null,
    location: null,
    postsVisible: null,
    postsProtected: false,
    notes: [`Chaperone could not check what a stranger sees: ${why}`],
  };
}
