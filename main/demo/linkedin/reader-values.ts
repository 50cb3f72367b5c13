import type { LinkedInDiscovery, LinkedInSettings, LinkedInViewerMode } from './state.ts';

/**
 * The emulator's settings for values as the LinkedIn reader reports them (its setting keys and
 * lower-case option ids), so tests can say "make the account read like this".
 */
export function settingsForReaderValues(values: Readonly<Record<string, unknown>>): Partial<LinkedInSettings> {
  const patch: Partial<LinkedInSettings> = {};
  const flag = (key: string): boolean | undefined => (typeof values[key] === 'boolean' ? values[key] : undefined);
  const option = (key: string): string | undefined => (typeof values[key] === 'string' ? values[key].toUpperCase() : undefined);
  const assign = <K extends keyof LinkedInSettings>(field: K, value: LinkedInSettings[K] | undefined): void => {
    if (value !== undefined) patch[field] = value;
  };
  assign('showPublicProfile', flag('showPublicProfile'));
  assign('fullLastNameShown', flag('fullLastNameShown'));
  assign('allowProfileEditBroadcasts', flag('allowProfileEditBroadcasts'));
  assign('connectionsVisible', flag('connections_visible'));
  assign('discloseAsProfileViewer', option('discloseAsProfileViewer') as LinkedInViewerMode | undefined);
  assign('discoverByEmail', option('discoverable_by_email') as LinkedInDiscovery | undefined);
  assign('discoverByPhone', option('discoverable_by_phone') as LinkedInDiscovery | undefined);
  return patch;
}

/**
 * The emulator's settings as the LinkedIn reader reports them: the truth a reader's values are
 * held against. An option the reader has no id for is left out (it must stay unread).
 */
export function readerValuesOf(settings: LinkedInSettings): Record<string, boolean | string> {
  const known = (key: string, value: string): Record<string, string> => (value === 'FIRST_AND_SECOND_DEGREE' ? {} : { [key]: value.toLowerCase() });
  return {
    showPublicProfile: settings.showPublicProfile,
    fullLastNameShown: settings.fullLastNameShown,
    discloseAsProfileViewer: settings.discloseAsProfileViewer.toLowerCase(),
    allowProfileEditBroadcasts: settings.allowProfileEditBroadcasts,
    connections_visible: settings.connectionsVisible,
    ...known('discoverable_by_email', settings.discoverByEmail),
    ...known('discoverable_by_phone', settings.discoverByPhone),
  };
}
