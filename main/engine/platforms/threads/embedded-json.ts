/**
 * Threads' pages carry their data in `<script type="application/json">` blocks (Relay preloader
 * results nested in ScheduledServerJS payloads). The user object is found by searching every
 * block for an object whose `username` is the one asked for, so it is found wherever it sits.
 */

export interface EmbeddedUser {
  username: string;
  /** Null when the field is absent or not text (unread); '' is an empty field. */
  fullName: string | null;
  biography: string | null;
  isPrivate: boolean | null;
  followerCount: number | null;
  /** Names of the fields that were read. */
  fieldsRead: string[];
}

type Json = Record<string, unknown>;

/** Parses each block; a block that is not JSON is skipped, not fatal. */
export function parseBlocks(texts: readonly string[]): unknown[] {
  return texts.flatMap((text) => {
    try {
      return [JSON.parse(text) as unknown];
    } catch {
      return [];
    }
  });
}

/**
 * The profile object for `username` (case-insensitive) that says the most about it; null when no
 * block holds one. Objects that merely mention the username (a post's author stub) count only
 * when nothing richer exists.
 */
export function findEmbeddedUser(blocks: readonly unknown[], username: string): EmbeddedUser | null {
  const wanted = username.toLowerCase();
  let best: EmbeddedUser | null = null;
  for (const object of walk(blocks)) {
    if (typeof object.username !== 'string' || object.username.toLowerCase() !== wanted) continue;
    const user = readUser(object);
    if (best === null || user.fieldsRead.length > best.fieldsRead.length) best = user;
  }
  return best;
}

/** A feedback or checkpoint message in the page's data (Instagram's `message` field), or null. */
export function embeddedMessage(blocks: readonly unknown[]): string | null {
  for (const object of walk(blocks)) {
    if (typeof object.message === 'string' && /^(?:feedback_required|checkpoint_required|challenge_required|login_required)$/.test(object.message)) {
      return object.message;
    }
  }
  return null;
}

/**
 * The words of every error the page's data carries: Meta's GraphQL `errors` list (message,
 * summary, description) and Instagram-style feedback (feedback_title, feedback_message).
 */
export function embeddedErrors(blocks: readonly unknown[]): string[] {
  const texts: string[] = [];
  const words = (object: Json, keys: readonly string[]): void => {
    for (const key of keys) if (typeof object[key] === 'string') texts.push(object[key]);
  };
  for (const object of walk(blocks)) {
    if (Array.isArray(object.errors)) {
      for (const error of object.errors as unknown[]) {
        if (typeof error === 'object' && error !== null) words(error as Json, ['message', 'summary', 'description']);
      }
    }
    words(object, ['feedback_title', 'feedback_message']);
  }
  return texts;
}

/**
 * The signed-in viewer's username from the page's data (Relay's `viewer` object); null unless
 * exactly one is named. Good for finding the profile's address, never for identity itself.
 */
export function embeddedViewerUsername(blocks: readonly unknown[]): string | null {
  const names = new Set<string>();
  for (const object of walk(blocks)) {
    const viewer = object.viewer;
    if (typeof viewer !== 'object' || viewer === null) continue;
    const username = (viewer as Json).username;
    if (typeof username === 'string' && /^[A-Za-z0-9._]{1,30}$/.test(username)) names.add(username);
  }
  const [only] = names;
  return names.size === 1 && only !== undefined ? only : null;
}

/** Fields only a profile object carries; a viewer stub or a post's author has just a username. */
const PROFILE_FIELDS = ['full_name', 'biography'] as const;

/** True when the user object is a profile, not a stub naming the account. */
export function isProfileObject(user: EmbeddedUser): boolean {
  return PROFILE_FIELDS.some((field) => user.fieldsRead.includes(field));
}

function readUser(object: Json): EmbeddedUser {
  const fieldsRead = ['username'];
  const text = (key: string): string | null => {
    const value = object[key];
    if (typeof value !== 'string') return null;
    fieldsRead.push(key);
    return value;
  };
  const fullName = text('full_name');
  const biography = text('biography');
  const flag = object.text_post_app_is_private;
  if (typeof flag === 'boolean') fieldsRead.push('text_post_app_is_private');
  const count = object.follower_count;
  return {
    username: String(object.username), fullName, biography, isPrivate: typeof flag === 'boolean' ? flag : null,
    followerCount: typeof count === 'number' ? count : null, fieldsRead,
  };
}

/** Every plain object in the blocks, depth first, without recursion limits being hit by deep nesting. */
function* walk(roots: readonly unknown[]): Generator<Json> {
  const pending: unknown[] = [...roots];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
    } else if (typeof node === 'object' && node !== null) {
      yield node as Json;
      pending.push(...Object.values(node as Json));
    }
  }
}
