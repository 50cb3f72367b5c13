/** The screens, and what each needs to open. Plain state, not URLs: the app has one window and no address bar. */
export type Route =
  | { name: 'first-run' }
  | { name: 'home' }
  /** notice: what a change page just saved, said at the top. */
  | { name: 'accounts'; notice?: Notice }
  /** showBrowser: read in a visible window, for an account a platform turned away as automated. */
  | { name: 'run'; accountIds?: string[]; showBrowser?: boolean }
  | { name: 'results'; auditId: string }
  | { name: 'account'; auditId: string; accountId: string }
  | { name: 'item'; auditId: string; accountId: string; itemId: string }
  | { name: 'questions'; auditId: string }
  | { name: 'history' }
  | { name: 'export'; auditId: string }
  | { name: 'settings'; notice?: Notice }
  /** Changing the user's details after first run; back to Settings when saved. */
  | { name: 'change-details' }
  /** Changing one thing about an account (its name or what it is used for); back to where the Change link was. */
  | { name: 'change-account'; accountId: string; field: AccountField; from: 'settings' | 'accounts' }
  | { name: 'example' };

export type AccountField = 'label' | 'kind';

/** What was just saved (the banner's heading), and what it means (a sentence or two under it). */
export interface Notice { heading: string; detail?: string }

export type Navigate = (route: Route) => void;
