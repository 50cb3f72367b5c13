/** A problem with what the user entered: `target` is the id of the control to fix, null when none fits. */
export interface FieldError {
  target: string | null;
  message: string;
}

/** How a form names its fields: the API's field name → the control's id and the words shown to the user. */
export type FieldNames = Readonly<Record<string, { id: string; label: string }>>;

/**
 * Turns an API rejection into errors next to the fields it names. Main rejects malformed input
 * as "<channel> was given something it cannot use: <field> <problem>; <field> <problem>." —
 * anything else is shown as it is, without a field. (Error messages end without a full stop, as the
 * design system's do.)
 */
export function apiFieldErrors(message: string, fields: FieldNames): FieldError[] {
  const marker = 'was given something it cannot use: ';
  const start = message.indexOf(marker);
  if (start === -1) return [{ target: null, message }];
  const problems = message.slice(start + marker.length).replace(/\.$/, '').split('; ');
  return problems.map((problem) => {
    const space = problem.indexOf(' ');
    const field = fields[space === -1 ? problem : problem.slice(0, space)];
    if (field === undefined) return { target: null, message: `Chaperone could not use what you entered: ${problem}.` };
    return { target: field.id, message: `${field.label} ${problem.slice(space + 1)}` };
  });
}

/** The error for one control, to show next to it. */
export function errorFor(errors: readonly FieldError[], id: string): string | undefined {
  return errors.find((e) => e.target === id)?.message;
}
