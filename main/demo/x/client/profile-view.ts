import type { XClientConfig } from './config.ts';
import type { XClientLib } from './lib.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

/**
 * x.com/<handle>: loads UserByScreenName (session cookies when signed in, a guest token otherwise),
 * then the posts, unless the account is protected and the viewer is not its owner.
 */
export async function renderProfile(lib: XClientLib, config: XClientConfig, handle: string): Promise<void> {
  const isSignedIn = lib.signedIn(lib);
  if (!isSignedIn && config.strangerLoginWall) { lib.goToLogin(lib, `/${handle}`); return; }
  const column = lib.frame(lib, config, `@${handle} / X`, isSignedIn);
  let csrf: string | null = null;
  let guest: string | null = null;
  if (isSignedIn) {
    if (!(await lib.loadSettings(lib, config, column))) return;
    csrf = lib.cookie('ct0');
  } else {
    guest = await lib.activateGuest(config);
    if (!guest) { lib.showError(lib, column); return; }
  }
  const headers = lib.webHeaders(config, csrf, guest);
  const userAnswer = await lib.requestJson(lib.graphqlUrl(config, 'UserByScreenName', { screen_name: handle, withGrokTranslatedBio: true }), { headers });
  if (userAnswer.status !== 200) { lib.handleFailure(lib, userAnswer, column); return; }
  const user = lib.pick(userAnswer.body, 'data', 'user', 'result');
  if (!user) { lib.emptyState(lib, config, column, 'This account doesn’t exist', 'Try searching for another.'); return; }
  const name = lib.str(lib.pick(user, 'core', 'name'));
  const screenName = lib.str(lib.pick(user, 'core', 'screen_name'), handle);
  const isProtected = lib.pick(user, 'privacy', 'protected') === true;
  document.title = `${name} (@${screenName}) / X`;
  const unfamiliar = lib.varies(config, 'unrecognised-profile');
  column.replaceChildren(unfamiliar ? lib.unfamiliarProfile(lib, user, name, screenName) : lib.profileHeader(lib, config, user, name, screenName, isProtected));
  const own = lib.viewerId(lib) === lib.pick(user, 'rest_id');
  if (isProtected && !own && lib.pick(user, 'relationship_perspectives', 'following') !== true) {
    lib.emptyState(lib, config, column, 'These posts are protected',
      `Only approved followers can see @${screenName}’s posts. To request access, click Follow. `, true);
    return;
  }
  const postsAnswer = await lib.requestJson(lib.graphqlUrl(config, 'UserTweets', {
    userId: lib.pick(user, 'rest_id'), count: 20, includePromotedContent: true, withQuickPromoteEligibilityTweetFields: true, withVoice: true,
  }), { headers });
  if (postsAnswer.status !== 200) { lib.handleFailure(lib, postsAnswer, column); return; }
  if (unfamiliar) lib.unfamiliarPosts(lib, column, postsAnswer.body);
  else lib.renderPosts(lib, config, column, name, postsAnswer.body);
}

export function profileHeader(
  lib: XClientLib, config: XClientConfig, user: unknown, name: string, screenName: string, isProtected: boolean,
): HTMLElement {
  const lock = isProtected
    ? lib.el('svg', { role: 'img', viewBox: '0 0 24 24', 'aria-label': 'Protected account', ...lib.tid(config, 'icon-lock') }) : '';
  const joined = new Date(lib.str(lib.pick(user, 'core', 'created_at')));
  const joinedText = Number.isNaN(joined.getTime()) ? '' : joined.toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const location = lib.str(lib.pick(user, 'location', 'location'));
  const bio = lib.str(lib.pick(user, 'profile_bio', 'description'), lib.str(lib.pick(user, 'legacy', 'description')));
  const items: HTMLElement[] = [];
  if (location) items.push(lib.el('span', lib.tid(config, 'UserLocation'), lib.el('span', {}, lib.el('span', {}, location))));
  if (joinedText) items.push(lib.el('span', lib.tid(config, 'UserJoinDate'), lib.el('span', {}, `Joined ${joinedText}`)));
  return lib.el('div', {},
    lib.el('div', {}, lib.el('h2', { role: 'heading', 'aria-level': '2' }, lib.el('span', {}, name))),
    lib.el('a', { href: `/${screenName}/photo` }, lib.el('div', lib.tid(config, `UserAvatar-Container-${screenName}`),
      lib.el('img', { alt: 'Opens profile photo', src: lib.str(lib.pick(user, 'avatar', 'image_url')).replace('_normal.', '_400x400.') }))),
    lib.varies(config, 'name-handle-one-line')
      // Name and handle side by side in one row of inline elements: the text runs them together.
      ? lib.el('div', lib.tid(config, 'UserName'), lib.el('span', {}, name), lock, lib.el('span', {}, `@${screenName}`))
      : lib.el('div', lib.tid(config, 'UserName'),
        lib.el('div', {}, lib.el('div', {}, lib.el('span', {}, name), lock)),
        lib.el('div', {}, lib.el('div', {}, lib.el('span', {}, `@${screenName}`)))),
    bio ? lib.el('div', lib.tid(config, 'UserDescription'), lib.el('span', {}, bio)) : '',
    lib.el('div', lib.tid(config, 'UserProfileHeader_Items'), ...items),
    lib.el('div', {},
      lib.el('a', { href: `/${screenName}/following` }, lib.el('span', {}, lib.str(lib.pick(user, 'legacy', 'friends_count'), '0')), ' Following'),
      lib.el('a', { href: `/${screenName}/verified_followers` }, lib.el('span', {}, lib.str(lib.pick(user, 'legacy', 'followers_count'), '0')), ' Followers')),
    lib.el('nav', { role: 'navigation', 'aria-label': 'Profile timelines' }, lib.el('div', { role: 'tablist' },
      lib.el('a', { role: 'tab', 'aria-selected': 'true', href: `/${screenName}` }, 'Posts'),
      lib.el('a', { role: 'tab', 'aria-selected': 'false', href: `/${screenName}/with_replies` }, 'Replies'),
      lib.el('a', { role: 'tab', 'aria-selected': 'false', href: `/${screenName}/media` }, 'Media'))));
}

/** X's empty state (protected posts, missing account). */
export function emptyState(lib: XClientLib, config: XClientConfig, column: HTMLElement, header: string, body: string, learnMore = false): void {
  column.append(lib.el('div', lib.tid(config, 'emptyState'),
    lib.el('div', lib.tid(config, 'empty_state_header_text'), lib.el('span', {}, header)),
    lib.el('div', lib.tid(config, 'empty_state_body_text'), lib.el('span', {}, body),
      learnMore ? lib.el('a', { href: 'https://help.x.com/safety-and-security/public-and-protected-posts' }, 'Learn more') : '')));
}

export function renderPosts(lib: XClientLib, config: XClientConfig, column: HTMLElement, name: string, body: unknown): void {
  const instructions = lib.pick(body, 'data', 'user', 'result', 'timeline', 'timeline', 'instructions');
  const entries = Array.isArray(instructions) ? instructions.flatMap((i: unknown) => {
    const list = lib.pick(i, 'entries');
    return Array.isArray(list) ? list as unknown[] : [];
  }) : [];
  const cells = entries.map((entry) => {
    const tweet = lib.pick(entry, 'content', 'itemContent', 'tweet_results', 'result');
    const author = lib.pick(tweet, 'core', 'user_results', 'result');
    const screenName = lib.str(lib.pick(author, 'core', 'screen_name'));
    const id = lib.str(lib.pick(tweet, 'rest_id'));
    const when = new Date(lib.str(lib.pick(tweet, 'legacy', 'created_at')));
    const time = Number.isNaN(when.getTime()) ? '' : lib.el('time', { datetime: when.toISOString() },
      when.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }));
    return lib.el('div', lib.tid(config, 'cellInnerDiv'), lib.el('article', { role: 'article', tabindex: '0', ...lib.tid(config, 'tweet') },
      lib.el('div', lib.tid(config, 'User-Name'),
        lib.el('a', { href: `/${screenName}` }, lib.el('span', {}, lib.str(lib.pick(author, 'core', 'name')))),
        lib.el('a', { href: `/${screenName}` }, lib.el('span', {}, `@${screenName}`)),
        lib.el('a', { href: `/${screenName}/status/${id}` }, time)),
      lib.el('div', { lang: 'en', ...lib.tid(config, 'tweetText') }, lib.el('span', {}, lib.str(lib.pick(tweet, 'legacy', 'full_text')))),
      lib.el('div', { role: 'group' },
        lib.el('button', { type: 'button', 'aria-label': 'Reply', ...lib.tid(config, 'reply') }),
        lib.el('button', { type: 'button', 'aria-label': 'Repost', ...lib.tid(config, 'retweet') }),
        lib.el('button', { type: 'button', 'aria-label': 'Like', ...lib.tid(config, 'like') }))));
  });
  column.append(lib.el('section', { role: 'region', 'aria-labelledby': 'accessible-list-1' },
    lib.el('h1', { id: 'accessible-list-1' }, `${name}’s posts`),
    lib.el('div', { 'aria-label': `Timeline: ${name}’s posts` }, ...cells)));
}
