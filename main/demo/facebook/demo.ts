/**
 * The demo clinician's personal Facebook: Dr Amina Rahman, GP in Leeds, registered as "Amina
 * Rahman". A realistic mix: posts already go to friends and email look-up is limited, but the
 * friends list is public, anyone with her phone number can find her, search engines link to her
 * profile and tagged posts go up unreviewed. Facebook no longer shows "Who can send you friend
 * requests?" on her account, so that item comes out "could not check". Made up; any likeness is chance.
 */
import type { FacebookInit } from './state.ts';

export const FACEBOOK_DEMO: FacebookInit = {
  account: {
    id: '100091234567801',
    username: 'amina.rahman.leeds',
    name: 'Amina Rahman',
    email: 'amina.rahman@example.org',
    bio: 'GP in Leeds. Mum of two, parkrun most Saturdays, and far too many cookbooks.',
    workplace: 'Chapel Allerton Surgery',
    workplaceAudience: 'public',
    city: 'Leeds',
    friends: ['Yusuf Rahman', 'Hannah Clarke', 'Dr Ben Walsh', 'Sadia Begum'],
  },
  settings: {
    future_posts_audience: 'friends',
    friends_list_audience: 'public',
    lookup_by_email: 'friends',
    lookup_by_phone: 'everyone',
    search_engine_link: true,
    tagged_posts_audience: 'friends-of-friends',
    profile_review: false,
    tag_review: true,
    who_can_follow: 'public',
    followers_list_audience: 'friends',
    public_post_comments: 'friends',
    public_profile_info: 'public',
  },
  posts: [
    { id: '10229100000000001', text: 'Parkrun PB this morning, very pleased!', audience: 'public', date: '21 November' },
    { id: '10229100000000002', text: 'Long week. Grateful for a kind team.', audience: 'friends', date: '20 November' },
    { id: '10229100000000003', text: 'Eid with the whole family, so much food.', audience: 'friends', date: '30 March' },
  ],
  hiddenRows: ['friend_requests_from'],
};
