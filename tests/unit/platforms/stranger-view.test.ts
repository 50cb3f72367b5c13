import { describe, expect, it } from 'vitest';
import { nothingSeen, strangerNotes, uncheckedStrangerView } from '../../../main/engine/platforms/read-helpers/stranger-view.ts';
import { xStrangerNotes } from '../../../main/engine/platforms/x/stranger-notes.ts';

const publicProfile = {
  ...nothingSeen('https://x.com/dr_jane_doe'),
  profileVisible: true, name: 'Dr Jane Doe', bio: 'GP in Leeds', location: 'Leeds', postsVisible: 3,
};

const facebook = { platform: 'Facebook', connections: 'friends list', hiddenPosts: 'private' };

describe('what a stranger sees, in plain words', () => {
  it('lists the name, bio, location and post count a stranger can see', () => {
    expect(xStrangerNotes(publicProfile)).toEqual([
      'Your name "Dr Jane Doe" is visible to anyone, without signing in.',
      'Your bio is visible to anyone, without signing in.',
      'Your location "Leeds" is visible to anyone, without signing in.',
      'A stranger can see 3 of your posts without signing in.',
    ]);
  });

  it('names the workplace and the friends list in the platform\'s own words when a stranger can see them', () => {
    const notes = strangerNotes({ ...publicProfile, workplace: 'Leeds Teaching Hospitals', connectionsVisible: true }, facebook);
    expect(notes).toContain('Your workplace or headline "Leeds Teaching Hospitals" is visible to anyone, without signing in.');
    expect(notes).toContain('Your friends list is visible to anyone, without signing in.');
    expect(strangerNotes({ ...publicProfile, connectionsVisible: false }, facebook).join(' ')).not.toMatch(/friends list/);
  });

  it('says when posts are protected or private and when the count could not be told', () => {
    expect(xStrangerNotes({ ...publicProfile, postsVisible: 0, postsProtected: true, bio: null, location: null }))
      .toContain('Your posts are protected: a stranger sees only your profile header.');
    expect(strangerNotes({ ...publicProfile, postsProtected: true }, facebook))
      .toContain('Your posts are private: a stranger sees only your profile header.');
    expect(xStrangerNotes({ ...publicProfile, postsVisible: null })).toContain('Chaperone could not tell whether a stranger can see your posts.');
  });

  it('says so plainly when the platform showed a sign-in wall', () => {
    expect(xStrangerNotes({ ...publicProfile, loginWall: true, profileVisible: false })).toEqual(['X asked a stranger to sign in before showing your profile.']);
    expect(strangerNotes({ ...publicProfile, loginWall: true }, facebook)).toEqual(['Facebook asked a stranger to sign in before showing your profile.']);
  });

  it('builds an unchecked view that claims nothing was seen', () => {
    const view = uncheckedStrangerView('https://x.com/dr_jane_doe', 'X took too long to answer.');
    expect(view).toMatchObject({ checked: false, profileVisible: false, postsVisible: null, name: null, workplace: null, connectionsVisible: null });
    expect(view.notes).toEqual(['Chaperone could not check what a stranger sees: X took too long to answer.']);
  });
});
