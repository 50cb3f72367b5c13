import type { ControlReading } from './page-controls.ts';

/**
 * Instagram shows "Allow public photos and videos to appear in search engine results" only on
 * public professional accounts (from 10 July 2025). A missing switch is explained, not guessed:
 * on a private or a personal account there is nothing to read; elsewhere the page has changed.
 */
export function searchEngineReading(found: ControlReading, isPrivate: boolean | null, isProfessional: boolean | null): ControlReading {
  if ('observation' in found) return found;
  const setting = found.unread.setting;
  if (isPrivate === true) {
    return { unread: { setting, reason: 'not-supported', detail: 'Instagram does not offer the search-engine switch on a private account: search engines get no photos or videos from it.' } };
  }
  if (isPrivate === false && isProfessional === false) {
    return { unread: { setting, reason: 'not-supported', detail: 'Instagram offers the search-engine switch only on public professional accounts, and this account is not one, so there is no switch to check.' } };
  }
  return found;
}
