import { describe, expect, it } from 'vitest';
import { strangerNotes, uncheckedStrangerView } from '../../../main/engine/platforms/x/stranger-notes.ts';

const publicProfile = {
  url: 'https://x.com/dr_jane_doe', loginWall: false, profileVisible: true,
  checked: true, name: 'Dr Jane Doe', bio: 'GP in Leeds', location: 'Leeds', postsVisible: 3, postsProtected: false,
};

describe('what a stranger sees, in plain words', () => {
  it('lists the name, bio, location and post count a stranger can see', () => {
    expect(strangerNotes(publicProfile)).toEqual([
      'Your name "Dr Jane Doe" is visible to anyone, without signing in.',
      'Your bio is visible to anyone, without signing in.',
      'Your location "Leeds" is visible to anyone, without signing in.',
      'A stranger can see 3 of your posts without signing in.',
    ]);
  });

  it('says when posts are protected and when the count could not be told', () => {
    expect(strangerNotes({ ...publicProfile, postsVisible: 0, postsProtected: true, bio: null, location: null }))
      .toContain('Your posts are protected: a stranger sees only your profile header.');
    expect(strangerNotes({ ...publicProfile, postsVisible: null })).toContain('Chaperone could not tell whether a stranger can see your posts.');
  });

  it('says so plainly when X showed a sign-in wall', () => {
    expect(strangerNotes({ ...publicProfile, loginWall: true, profileVisible: false })).toEqual(['X asked a stranger to sign in before showing your profile.']);
  });

  it('builds an unchecked view that claims nothing was seen', () => {
    const view = uncheckedStrangerView('https://x.com/dr_jane_doe', 'X took too long to answer.');
    expect(view).toMatchObject({ profileVisible: false, postsVisible: null, name: null });
    expect(view.notes).toEqual(['Chaperone could not check what a stranger sees: X took too long to answer.']);
  });
});
