/** Types shared by the emulator server and the SPA it serves. Type-only: nothing here runs. */

export type SettingValueSource = 'settings-json' | 'page-only';

export type ControlSpec =
  | {
    kind: 'checkbox';
    field: string;
    label: string;
    help?: string;
    /** Checked when the value equals `on` (default true), or, when `off` is given, when it differs from `off`. */
    on?: string | boolean;
    off?: string | boolean;
    /** 'page-only': the value is not in settings.json (e.g. "Protect your videos"). */
    source?: SettingValueSource;
  }
  | {
    kind: 'radios';
    field: string;
    legend: string;
    options: { value: string; label: string }[];
    help?: string;
    /** The group is hidden while the field has this value (photo tagging off). */
    hiddenWhen?: string;
  }
  | { kind: 'link'; label: string; href: string; help?: string; valueField?: string; valueText?: Record<string, string> }
  | { kind: 'button'; label: string; help?: string };

export interface SettingsPageSpec {
  heading: string;
  intro?: string;
  controls: ControlSpec[];
}

export interface XClientConfig {
  bearer: string;
  settingsUrl: string;
  graphqlBase: string;
  queryIds: { UserByScreenName: string; UserTweets: string };
  features: Record<string, boolean>;
  fieldToggles: Record<string, boolean>;
  guestActivateUrl: string;
  onboardingUrl: string;
  /** 'changed': the redesign variant (no data-testid, switches instead of checkboxes). */
  markup: 'current' | 'changed';
  strangerLoginWall: boolean;
  settingsPages: Record<string, SettingsPageSpec>;
  /** Values of settings that live only on their page, not in settings.json. */
  pageOnlyValues: Record<string, boolean>;
  /** Top-level paths that are app routes, never profile handles. */
  reservedPaths: string[];
  trackingPixel: string;
  /** The variation switches this copy shows (main/demo/variations.ts). */
  variations: string[];
  /** How long the app waits after load before it draws anything (late-content variations). */
  lateDelayMs: number;
  /** A message drawn late instead of the signed-in pages. */
  lateNotice: 'rate-limited' | 'challenge' | 'blocked' | null;
  /** The automation gate for visitors without a session only. */
  strangerGate: boolean;
  /** Whom /i/user/<id> shows when X serves it without redirecting. */
  ownProfileById: { id: string; screenName: string };
}
