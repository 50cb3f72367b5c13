/** The screens, and what each needs to open. Plain state, not URLs: the app has one window and no address bar. */
export type Route =
  | { name: 'first-run' }
  | { name: 'home' }
  | { name: 'accounts' }
  /** showBrowser: read in a visible window, for an account a platform turned away as automated. */
  | { name: 'run'; accountIds?: string[]; showBrowser?: boolean }
  | { name: 'results'; auditId: string }
  | { name: 'account'; auditId: string; accountId: string }
  | { name: 'item'; auditId: string; accountId: string; itemId: string }
  | { name: 'questions'; auditId: string }
  | { name: 'history' }
  | { name: 'export'; auditId: string }
  | { name: 'settings' }
  | { name: 'example' };

export type Navigate = (route: Route) => void;
