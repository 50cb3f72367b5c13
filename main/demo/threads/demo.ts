/**
 * Dr Amina Rahman's personal Threads, for the demo: the same username as her Instagram (Threads
 * uses the Instagram account and takes the name from it). Left public with mentions from
 * everyone, not shared to the fediverse, and an Online status row that Threads no longer shows
 * on this account, so that item reads "could not check". Made up; any likeness is chance.
 */
import type { ThreadsInit } from './state.ts';

export const THREADS_DEMO: ThreadsInit = {
  account: {
    pk: '58204417730',
    username: 'amina.outdoors',
    // Threads takes the name from Instagram, so it is the same as there.
    full_name: 'Amina | Leeds 🏔️',
    biography: 'GP in Leeds. Fells, flapjacks and the odd parkrun. Views my own.',
    password: 'demo-password-threads',
    follower_count: 342,
  },
  settings: { text_post_app_is_private: false, mentions: 'everyone', online_status: true, fediverse_sharing: false },
  hiddenRows: ['online_status'],
  posts: [
    { code: 'DCa7Rm0oAm1', text: 'Pen-y-ghent in the sleet. Worth it for the flapjack at the top.', taken_at: 1_795_161_600 },
    { code: 'DCa7Rm0oAm2', text: 'Anyone got a good veggie chilli recipe for a crowd of twelve?', taken_at: 1_794_902_400 },
    { code: 'DCa7Rm0oAm3', text: 'Roundhay parkrun PB this morning, very pleased!', taken_at: 1_794_297_600 },
  ],
};
