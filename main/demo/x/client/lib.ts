import type * as Dom from './dom.ts';
import type * as Net from './net.ts';
import type * as Frame from './frame.ts';
import type * as Session from './session.ts';
import type * as SettingsView from './settings-view.ts';
import type * as Controls from './controls.ts';
import type * as ProfileView from './profile-view.ts';
import type * as LoginView from './login-view.ts';
import type * as Boot from './boot.ts';
import type * as VariationViews from './variation-views.ts';

/**
 * The SPA's functions as one object. The bundle sends each exported client function to the browser as
 * source text, so client functions reach each other only through this parameter, never by import.
 */
export type XClientLib = typeof Dom & typeof Net & typeof Frame & typeof Session & typeof SettingsView &
  typeof Controls & typeof ProfileView & typeof LoginView & typeof Boot & typeof VariationViews;
