/** Every permission the page could ask for is refused, and the spell checker (which downloads) is off. */
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../main/app/security/permissions.ts';

type Handler = (...args: unknown[]) => unknown;

function fakeSession() {
  const handlers = new Map<string, Handler>();
  const calls: [string, unknown][] = [];
  const record = (name: string) => (handler: Handler) => { handlers.set(name, handler); };
  const session = {
    setPermissionRequestHandler: record('request'),
    setPermissionCheckHandler: record('check'),
    setDevicePermissionHandler: record('device'),
    setDisplayMediaRequestHandler: record('displayMedia'),
    setSpellCheckerEnabled: (enabled: boolean) => { calls.push(['spellCheckerEnabled', enabled]); },
    setSpellCheckerLanguages: (languages: string[]) => { calls.push(['spellCheckerLanguages', languages]); },
  };
  const handler = (name: string): Handler => {
    const found = handlers.get(name);
    if (!found) throw new Error(`no ${name} handler installed`);
    return found;
  };
  return { session: session as unknown as PermissionSession, handler, calls };
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'fullscreen', 'unknown'];

describe('denyAllPermissions', () => {
  it('refuses every permission request', () => {
    const fake = fakeSession();
    denyAllPermissions(fake.session);
    for (const permission of PERMISSIONS) {
      const answers: unknown[] = [];
      fake.handler('request')({}, permission, (granted: boolean) => answers.push(granted), { requestingUrl: 'app://chaperone/' });
      expect(answers, permission).toEqual([false]);
    }
  });

  it('answers no to every permission check, even from the app itself', () => {
    const fake = fakeSession();
    denyAllPermissions(fake.session);
    for (const permission of PERMISSIONS) {
      expect(fake.handler('check')(null, permission, 'app://chaperone', {})).toBe(false);
    }
  });

  it('refuses devices and screen capture', () => {
    const fake = fakeSession();
    denyAllPermissions(fake.session);
    expect(fake.handler('device')({ deviceType: 'hid', origin: 'app://chaperone', device: {} })).toBe(false);
    const streams: unknown[] = [];
    fake.handler('displayMedia')({ videoRequested: true }, (s: unknown) => streams.push(s));
    expect(streams).toEqual([null]);
  });

  it('turns the spell checker off and leaves it no dictionary to download', () => {
    const fake = fakeSession();
    denyAllPermissions(fake.session);
    expect(fake.calls).toEqual([['spellCheckerEnabled', false], ['spellCheckerLanguages', []]]);
  });
});
