import { useState } from 'react';
import type { SelfCheckFinding, StoredAudit } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldError } from '../forms/field-errors.ts';
import { RadioGroup } from '../forms/radio-group.tsx';
import type { ItemReport } from '../results/audit-facts.ts';
import { valueText } from '../results/words.ts';

const CHOOSE = 'Choose what you found';

/**
 * "I checked this myself": for a setting Chaperone could not read, the person records what they saw.
 * It is kept as theirs ("checked by you on …"), apart from what Chaperone read, and counts in the
 * score now.
 */
export function CheckedByYou({ audit, accountId, item, onUpdated }: {
  audit: StoredAudit; accountId: string; item: ItemReport; onUpdated: (audit: StoredAudit) => void;
}): React.JSX.Element {
  const [found, setFound] = useState<SelfCheckFinding | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const expected = item.expected === null ? null : item.expected.map(valueText).join(' or ');

  const save = (event: React.SyntheticEvent): void => {
    event.preventDefault();
    if (saving) return;
    if (found === null) { setErrors([{ target: 'checked-found', message: CHOOSE }]); return; }
    setSaving(true);
    setErrors([]);
    setMessage('Saving…');
    chaperone().audit.checkedByYou({ auditId: audit.id, accountId, itemId: item.itemId, found, note }).then(
      (updated) => { setMessage('Saved what you found.'); setFound(null); setNote(''); onUpdated(updated); },
      (failure: unknown) => { setMessage(''); setErrors([{ target: null, message: `What you found was not saved: ${errorText(failure)}` }]); },
    ).finally(() => { setSaving(false); });
  };

  return (
    <form className="app-checked-by-you" noValidate onSubmit={save} aria-labelledby="checked-by-you-heading">
      <h3 className="nhsuk-heading-s" id="checked-by-you-heading">I checked this myself</h3>
      <ErrorSummary errors={errors} />
      <RadioGroup
        name="checked-found" legend="What did you find?"
        hint={`Record it here and it counts as checked by you, not by Chaperone.${expected === null ? '' : ` It is set correctly when it is: ${expected}.`}`}
        error={errors.find((e) => e.target === 'checked-found')?.message}
        options={[
          { value: 'set', label: 'It is set correctly' },
          { value: 'not-set', label: 'It is not set correctly' },
          { value: 'not-found', label: 'I could not find it' },
        ]}
        value={found} onChange={setFound}
      />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="checked-note">Note (optional)</label>
        <div className="nhsuk-hint" id="checked-note-hint">For example, where you found it. It is kept with this audit.</div>
        <textarea
          className="nhsuk-textarea" id="checked-note" rows={2} aria-describedby="checked-note-hint" maxLength={2000}
          value={note} onChange={(e) => { setNote(e.target.value); }}
        />
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" aria-disabled={saving}>Save what I found</button>
      <p className="nhsuk-body app-live" role="status" aria-live="polite">{message}</p>
    </form>
  );
}
