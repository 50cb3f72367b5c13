/** Personal or professional: the choice when adding an account and when changing it, in the same words. */
export const KIND_OPTIONS = [
  { value: 'personal', label: 'Personal', hint: 'For friends and family. Chaperone checks that it is locked down, so strangers and patients cannot find or see it.' },
  { value: 'professional', label: 'Professional, public on purpose', hint: 'For your work, meant to be seen. Chaperone checks that it shows your registered name and follows the guidance for public accounts.' },
] as const;
