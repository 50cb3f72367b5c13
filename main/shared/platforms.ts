/** The platforms by name, for the screens, the services and the exports: plain data, shared. */
import type { PlatformId } from '../engine/types.ts';

/** Every platform of PLATFORM_IDS by name; a Record, so a new platform cannot be forgotten here. */
export const PLATFORM_NAMES: Record<PlatformId, string> = {
  x: 'X', facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads', linkedin: 'LinkedIn', tiktok: 'TikTok',
  youtube: 'YouTube', bluesky: 'Bluesky', mastodon: 'Mastodon', reddit: 'Reddit', strava: 'Strava',
};

/** Platforms whose settings Chaperone reads for you today; the others show as "could not check". */
export const READ_AUTOMATICALLY: ReadonlySet<PlatformId> = new Set<PlatformId>(['x', 'facebook', 'instagram', 'threads', 'linkedin']);

export const PLATFORM_IDS_IN_ORDER = Object.keys(PLATFORM_NAMES) as PlatformId[];
