/** The screens, and what each needs to open. Plain state, not URLs: the app has one window and no address bar. */
export type Route =
  | { name: 'first-run' }
  | { name: 'home' }
  | { name: 'accounts' }
  /** showBrowser: read in a visible window, for an account a platform turned away as automated. */
  | { name: 'run'; accountIds?: string[]; showBrowser?: boolean }
  | { name: 'results'; auditId: string }
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
  | { name: 'settings' }
  | { name: 'example' };

export type Navigate = (route: Route) => void;
