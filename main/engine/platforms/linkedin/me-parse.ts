import { isPlainObject } from '../read-helpers/json.ts';
import { findEntity } from './find-entity.ts';
import type { JsonObject } from '../read-helpers/json.ts';

/** The signed-in member as `/voyager/api/me` describes them. */
export interface MeFields {
  firstName: string | null;
  lastName: string | null;
  publicIdentifier: string | null;
  /** The headline. */
  occupation: string | null;
  /** Fields that were present (even if empty), e.g. "miniProfile.firstName". */
  fieldsRead: string[];
}

const TEXT_FIELDS = ['firstName', 'lastName', 'publicIdentifier', 'occupation'] as const;

/**
 * Reads the mini profile from `/voyager/api/me` in either shape LinkedIn uses: normalized (`data`
 * points at an entity in `included` by `*miniProfile`) or plain (`miniProfile` nested). Null when
 * no mini profile is there.
 */
export function parseMe(json: unknown): MeFields | null {
  const mini = miniProfileOf(json);
  if (mini === null) return null;
  const fields: MeFields = { firstName: null, lastName: null, publicIdentifier: null, occupation: null, fieldsRead: [] };
  for (const name of TEXT_FIELDS) {
    const value = mini[name];
    if (typeof value === 'string') {
      fields.fieldsRead.push(`miniProfile.${name}`);
      fields[name] = value.trim() === '' ? null : value.trim();
    }
  }
  return fields.fieldsRead.length === 0 ? null : fields;
}

function miniProfileOf(json: unknown): JsonObject | null {
  if (!isPlainObject(json)) return null;
  const data = isPlainObject(json.data) ? json.data : json;
  if (isPlainObject(data.miniProfile)) return data.miniProfile;
  const ref = data['*miniProfile'];
  if (typeof ref === 'string') return findEntity(json, ref);
  return findEntity(json, (urn) => urn.startsWith('urn:li:fs_miniProfile:'));
}

/** "First Last", or null when neither is given. */
export function displayNameOf(me: MeFields): string | null {
  const name = [me.firstName, me.lastName].filter((part) => part !== null).join(' ');
  return name === '' ? null : name;
}
