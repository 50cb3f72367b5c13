import type { Session } from 'electron';

/** The Session methods denyAllPermissions uses. */
export type PermissionSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerLanguages'
>;

/** Denies every permission request, check, device and screen capture, and turns the spell checker off (checklist 5). */
export function denyAllPermissions(session: PermissionSession): void {
  // Electron grants by default. Call once per session, before any window loads. The spell checker downloads
  // dictionaries from Google; with it off and no languages listed there is nothing to download.
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    callback(null);
  });
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerLanguages([]);
}
