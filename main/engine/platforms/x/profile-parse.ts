/** The profile fields X's `UserByScreenName` GraphQL response gives, with where each came from. */
export interface ProfileFields {
  displayName: string | null;
  handle: string | null;
  bio: string | null;
  location: string | null;
  protected: boolean | null;
  /** Paths of the fields that were read, e.g. "core.name". */
  fieldsRead: string[];
}

type Json = Record<string, unknown>;

/**
 * Reads the user from a `UserByScreenName` response. Both shapes are accepted: the older one with
 * everything under `legacy`, and the 2025 one with `core.name`/`core.screen_name`,
 * `location.location` and `privacy.protected`. Null when the response holds no user.
 */
export function parseUserByScreenName(json: unknown): ProfileFields | null {
  let result = objectAt(json, ['data', 'user', 'result']);
  if (result?.__typename === 'UserWithVisibilityResults') result = objectAt(result, ['user']);
  if (result === null || result.__typename === 'UserUnavailable') return null;
  const fields = new FieldReader(result);
  const profile: ProfileFields = {
    displayName: fields.text(['core', 'name'], ['legacy', 'name']),
    handle: fields.text(['core', 'screen_name'], ['legacy', 'screen_name']),
    bio: expandLinks(fields.text(['legacy', 'description'], ['profile_bio', 'description']), result),
    location: fields.text(['location', 'location'], ['legacy', 'location']),
    protected: fields.flag(['privacy', 'protected'], ['legacy', 'protected']),
    fieldsRead: fields.read,
  };
  return profile.displayName === null && profile.handle === null ? null : profile;
}

class FieldReader {
  readonly read: string[] = [];
  readonly #root: Json;

  constructor(root: Json) {
    this.#root = root;
  }

  /** First non-empty text among the paths; an empty bio or location is no bio or location. */
  text(...paths: string[][]): string | null {
    for (const path of paths) {
      const value = valueAt(this.#root, path);
      if (typeof value === 'string') {
        this.read.push(path.join('.'));
        return value.trim() === '' ? null : value;
      }
    }
    return null;
  }

  flag(...paths: string[][]): boolean | null {
    for (const path of paths) {
      const value = valueAt(this.#root, path);
      if (typeof value === 'boolean') {
        this.read.push(path.join('.'));
        return value;
      }
    }
    return null;
  }
}

/** X stores bio links as t.co addresses and shows their display form; use what people see. */
function expandLinks(bio: string | null, result: Json): string | null {
  if (bio === null) return null;
  const urls = valueAt(result, ['legacy', 'entities', 'description', 'urls']);
  if (!Array.isArray(urls)) return bio;
  let text = bio;
  for (const entry of urls as unknown[]) {
    const short = valueAt(entry, ['url']);
    const shown = valueAt(entry, ['display_url']) ?? valueAt(entry, ['expanded_url']);
    if (typeof short === 'string' && typeof shown === 'string') text = text.split(short).join(shown);
  }
  return text;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function objectAt(root: unknown, path: readonly string[]): Json | null {
  const value = valueAt(root, path);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Json : null;
}
