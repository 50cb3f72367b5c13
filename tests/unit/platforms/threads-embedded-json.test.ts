import { describe, expect, it } from 'vitest';
import { embeddedMessage, findEmbeddedUser, parseBlocks } from '../../../main/engine/platforms/threads/embedded-json.ts';
import { identityOf, privateObservation } from '../../../main/engine/platforms/threads/read-profile.ts';

/** A user object nested the way Threads' Relay preloader results sit in its pages. */
function preloaded(user: Record<string, unknown>): string {
  return JSON.stringify({ require: [['ScheduledServerJS', 'handle', null, [{ __bbox: { require: [['RelayPrefetchedStreamCache', 'next', [],
    ['adp_BarcelonaProfileRootQueryRelayPreloader_1', { __bbox: { complete: true, result: { data: { user } } } }]]] } }]]] });
}

const FULL = { pk: '1', username: 'amina.outdoors', full_name: 'Amina', biography: 'Hills.', text_post_app_is_private: false, follower_count: 87 };

describe('the profile JSON embedded in Threads pages', () => {
  it('finds the user wherever it is nested, ignoring blocks that are not JSON', () => {
    const user = findEmbeddedUser(parseBlocks(['{not json', '{"define":[["BarcelonaSiteConfig",[],{"app_id":"1"}]]}', preloaded(FULL)]), 'Amina.Outdoors');
    expect(user).toEqual({
      username: 'amina.outdoors', fullName: 'Amina', biography: 'Hills.', isPrivate: false, followerCount: 87,
      fieldsRead: ['username', 'full_name', 'biography', 'text_post_app_is_private'],
    });
  });

  it('prefers the full profile over a post author\'s stub, and ignores other users', () => {
    const stub = JSON.stringify({ post: { user: { username: 'amina.outdoors', text_post_app_is_private: true } } });
    const other = preloaded({ ...FULL, username: 'someone.else', text_post_app_is_private: true });
    expect(findEmbeddedUser(parseBlocks([stub, other, preloaded(FULL)]), 'amina.outdoors')?.isPrivate).toBe(false);
    expect(findEmbeddedUser(parseBlocks([other]), 'amina.outdoors')).toBeNull();
  });

  it('reports a missing or mistyped private flag as unread, never as public', () => {
    const moved = findEmbeddedUser(parseBlocks([preloaded({ ...FULL, text_post_app_is_private: undefined, is_private_profile_v2: { value: true } })]), 'amina.outdoors');
    expect(moved?.isPrivate).toBeNull();
    expect(moved === null ? null : privateObservation(moved)).toBeNull();
    const text = findEmbeddedUser(parseBlocks([preloaded({ ...FULL, text_post_app_is_private: 'true' })]), 'amina.outdoors');
    expect(text?.isPrivate).toBeNull();
  });

  it('turns the user into an identity: empty bio is empty, a missing name is unread', () => {
    const user = findEmbeddedUser(parseBlocks([preloaded({ username: 'amina.outdoors', biography: '' })]), 'amina.outdoors');
    expect(user === null ? null : identityOf({ user })).toEqual({
      displayName: null, handle: 'amina.outdoors', bio: null, workplace: null, unreadFields: ['displayName'], source: 'embedded-json',
      evidence: 'www.threads.com/@amina.outdoors embedded JSON (script type="application/json") fields username, biography',
    });
  });

  it('finds Instagram-style block messages such as feedback_required', () => {
    expect(embeddedMessage(parseBlocks(['{"message":"feedback_required","spam":true,"status":"fail"}']))).toBe('feedback_required');
    expect(embeddedMessage(parseBlocks(['{"message":"Saved"}']))).toBeNull();
  });
});
