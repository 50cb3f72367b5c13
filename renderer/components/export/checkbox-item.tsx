import type { ReactNode } from 'react';

/** One checkbox with its label and optional hint (inside an nhsuk-checkboxes group). */
export function CheckboxItem({ id, label, hint, checked, onChange }: {
  id: string; label: ReactNode; hint?: string; checked: boolean; onChange: (checked: boolean) => void;
}): React.JSX.Element {
  return (
    <div className="nhsuk-checkboxes__item">
      <input
        className="nhsuk-checkboxes__input" id={id} name={id} type="checkbox" checked={checked}
        onChange={(event) => { onChange(event.target.checked); }} aria-describedby={hint === undefined ? undefined : `${id}-item-hint`}
      />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>{label}</label>
      {hint !== undefined && <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-item-hint`}>{hint}</div>}
    </div>
  );
}
