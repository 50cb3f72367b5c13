/**
 * Dr Amina Rahman's personal Instagram for the demo: a public creator account she mostly uses
 * for walks and family, with a realistic mix of good and poor settings. Made up; any likeness is chance.
 */
import type { InstagramInit } from './state.ts';

export const INSTAGRAM_DEMO: InstagramInit = {
  account: {
    id: '61842259003', username: 'amina.outdoors', full_name: 'Amina | Leeds 🏔️',
    biography: 'Fells, flasks and family. GP by day. Views my own.', external_url: '',
    email: 'amina.rahman@example.org', is_professional: true, category_name: 'Personal blog',
    followers: 846, following: 402,
  },
  // Left public with tags open and activity showing, but tag approval on and mentions narrowed.
  settings: {
    is_private: false, public_media_in_search_engines: true, allow_tags_from: 'everyone', usertag_review_enabled: true,
    allow_mentions_from: 'following', presence_disabled: false, allow_sharing_to_story: false, allow_sharing_to_messages: true,
    chaining_enabled: true,
  },
  posts: [
    { shortcode: 'DB2hR8sK1mA', caption: 'Helvellyn via Striding Edge. Windy!' },
    { shortcode: 'DB0aQ4tL7nC', caption: 'Sunday roast and a very muddy dog.' },
    { shortcode: 'DA8kP2vM3pE', caption: 'Golden hour at Otley Chevin.' },
    { shortcode: 'DA5jN6wO9rG', caption: 'First swim of the season at Ilkley Lido.' },
  ],
  // Instagram no longer sends chaining_enabled and has moved its checkbox: "could not check".
  droppedFields: ['chaining_enabled'],
  hiddenControls: ['chaining_enabled'],
};
