/** Small builders for identity test data. */
import type { IdentityText } from '../../../main/engine/identity/index.ts';
import type { Identity } from '../../../main/engine/types.ts';

export function profile(fields: Partial<IdentityText>): IdentityText {
  return { displayName: null, handle: null, bio: null, workplace: null, ...fields };
}

export function readIdentity(fields: Partial<IdentityText>): Identity {
  return { ...profile(fields), unreadFields: [], source: 'json-endpoint', evidence: 'x.com/i/api/graphql/…/UserByScreenName' };
}
