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
  /** The questions only the user can answer: opens the first one not answered yet, or Check your answers when none is left. */
  | { name: 'questions'; auditId: string }
  /**
   * One question, by its place in the audit's questions (questionsOf in audit-facts.ts).
   * change: opened from Check your answers, and goes back there. saved: the question just saved,
   * when its answer shows a risk (its advice is shown on the next page).
   */
  | { name: 'question'; auditId: string; index: number; change?: boolean; saved?: number }
  | { name: 'check-answers'; auditId: string; saved?: number }
  | { name: 'history' }
  | { name: 'export'; auditId: string }
  | { name: 'settings'; notice?: Notice }
  /** Changing the user's details after first run; back to Settings when saved. */
  | { name: 'change-details' }
  /** Changing one thing about an account (its name or what it is used for); back to where the Change link was. */
  | { name: 'change-account'; accountId: string; field: AccountField; from: 'settings' | 'accounts' }
  | { name: 'example' }
  /** The social media policy (issue 15): which kind, and what is saved. */
  | { name: 'policy' }
  /** One policy question, by its place in policySteps; change: opened from Check your answers, and goes back there. */
  | { name: 'policy-question'; index: number; change?: boolean }
  | { name: 'policy-check' }
  /** The policy as last written, to read and save. */
  | { name: 'policy-document'; notice?: Notice };

export type AccountField = 'label' | 'kind';

/** What was just saved (the banner's heading), and what it means (a sentence or two under it). */
export interface Notice { heading: string; detail?: string }

export type Navigate = (route: Route) => void;
