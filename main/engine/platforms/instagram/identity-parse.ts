import type { Identity, IdentityField } from '../../types.ts';
import type { ProfileInfo } from './json-parse.ts';

/**
 * The identity from the two answers Instagram's settings page loads: the edit form's `first_name`
 * (which holds the profile's Name), `username` and `biography`, and `web_profile_info`'s
 * `full_name`, `biography` and `category_name`. Instagram has no workplace field: the category a
 * professional account shows under its name (e.g. "Doctor") stands in for it.
 */
export function identityFromJson(formData: Record<string, unknown> | null, info: ProfileInfo | null, fallbackHandle: string | null): Identity | null {
  const fields: string[] = [];
  const pick = (candidates: [string, unknown][]): string | null | undefined => {
    for (const [path, value] of candidates) {
      if (typeof value === 'string') {
        fields.push(path);
        return value.trim() === '' ? null : value.trim();
      }
    }
    return undefined;
  };
  const displayName = pick([['form_data.first_name', formData?.first_name], ['data.user.full_name', info?.fullName]]);
  const handle = pick([['form_data.username', formData?.username], ['data.user.username', info?.username]]);
  const bio = pick([['form_data.biography', formData?.biography], ['data.user.biography', info?.biography]]);
  const workplace = info === null ? undefined : (info.isProfessional === true ? (info.categoryName?.trim() ?? '') || null : null);
  if (workplace !== undefined && info?.isProfessional === true) fields.push('data.user.category_name');
  if (displayName === undefined && handle === undefined && bio === undefined) return null;
  const unreadFields: IdentityField[] = [
    ...(displayName === undefined ? ['displayName' as const] : []),
    ...(handle === undefined && fallbackHandle === null ? ['handle' as const] : []),
    ...(bio === undefined ? ['bio' as const] : []),
    ...(workplace === undefined ? ['workplace' as const] : []),
  ];
  return {
    displayName: displayName ?? null,
    handle: handle ?? fallbackHandle,
    bio: bio ?? null,
    workplace: workplace ?? null,
    unreadFields,
    source: 'json-endpoint',
    evidence: `www.instagram.com web_form_data and web_profile_info fields ${fields.join(', ')}`,
  };
}
