import { useState } from 'react';
import type { AccountKind } from '../../main/engine/types.ts';
import type { Account } from '../../main/shared/api-contract.ts';
import { isLabelClash } from '../components/accounts/add-account-form.tsx';
import { KIND_OPTIONS } from '../components/accounts/kinds.ts';
import { PLATFORM_NAMES } from '../../main/shared/platforms.ts';
import { kindWords } from '../components/accounts/session-words.ts';
import { ErrorSummary } from '../components/forms/error-summary.tsx';
import { apiFieldErrors, errorFor, type FieldError, type FieldNames } from '../components/forms/field-errors.ts';
import { RadioGroup } from '../components/forms/radio-group.tsx';
import { TextField } from '../components/forms/text-field.tsx';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { chaperone } from '../chaperone-api.ts';
import { useNavigation } from '../hooks/navigation.ts';
import { errorText, useAsync } from '../hooks/use-async.ts';
import type { AccountField, Notice } from '../routes.ts';

const FIELDS = {
  label: { id: 'account-label', label: 'The name for this account' },
  kind: { id: 'account-kind', label: 'What you use this account for' },
} satisfies FieldNames;

type From = 'settings' | 'accounts';

function savedNotice(before: Account, after: Account): Notice {
  if (before.label !== after.label) {
    return { heading: `You renamed ${before.label} to ${after.label}`, detail: 'Your sign-in is kept. Past audits keep the name they were run with.' };
  }
  if (before.kind !== after.kind) {
    return {
      heading: `${after.label} is now ${after.kind === 'personal' ? 'a personal account' : 'a professional account, public on purpose'}`,
      detail: 'Your next audit checks it against the rules for that kind of account. Past audits are unchanged.',
    };
  }
  return { heading: `Nothing changed for ${after.label}` };
}

function ChangeForm({ account, field, onSaved }: { account: Account; field: AccountField; onSaved: (account: Account) => void }): React.JSX.Element {
  const [label, setLabel] = useState(account.label);
  const [kind, setKind] = useState<AccountKind>(account.kind);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const save = async (): Promise<void> => {
    if (field === 'label' && label.trim() === '') { setErrors([{ target: FIELDS.label.id, message: 'Enter a name for this account' }]); return; }
    setSaving(true);
    try {
      onSaved(await chaperone().accounts.update(field === 'label' ? { accountId: account.id, label: label.trim() } : { accountId: account.id, kind }));
    } catch (error) {
      const message = errorText(error);
      setErrors(isLabelClash(message) ? [{ target: FIELDS.label.id, message }] : apiFieldErrors(message, FIELDS));
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <ErrorSummary errors={errors} />
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Platform</dt>
          <dd className="nhsuk-summary-list__value">{PLATFORM_NAMES[account.platform]}{account.host === null ? '' : ` (${account.host})`}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{field === 'label' ? 'Used for' : 'Used for now'}</dt>
          <dd className="nhsuk-summary-list__value">{kindWords(account.kind)}</dd>
        </div>
      </dl>
      {field === 'label' ? (
        <>
          <div className="nhsuk-inset-text">
            <p className="nhsuk-body">
              Only you see this name. Your sign-in to the account is kept. Past audits keep the name the account had
              when they were run: they are records of what was checked.
            </p>
          </div>
          <TextField
            id={FIELDS.label.id} label="A new name for this account" width={20} maxLength={60}
            hint="So you can tell your accounts apart, for example Personal X or Clinic updates. It must differ from your other accounts' names."
            value={label} onChange={setLabel} error={errorFor(errors, FIELDS.label.id)}
          />
        </>
      ) : (
        <>
          <div className="nhsuk-inset-text">
            <p className="nhsuk-body">
              This decides which rules Chaperone checks the account against, from your next audit. Past audits are
              records of what was checked: they keep the kind the account had then.
            </p>
          </div>
          <RadioGroup
            name={FIELDS.kind.id} legend="What do you use this account for?" options={KIND_OPTIONS}
            value={kind} onChange={setKind} error={errorFor(errors, FIELDS.kind.id)}
          />
        </>
      )}
      <button className="nhsuk-button" type="submit" disabled={saving}>Save changes</button>
    </form>
  );
}

/** Changing an account's name or what it is used for, from Settings or from its card on Accounts. */
export function ChangeAccountScreen({ accountId, field, from }: { accountId: string; field: AccountField; from: From }): React.JSX.Element {
  const { navigate } = useNavigation();
  const accounts = useAsync(() => chaperone().accounts.list(), 'accounts');
  const account = accounts.state === 'ready' ? accounts.value.find((a) => a.id === accountId) : undefined;
  const back = from === 'settings' ? 'Back to settings' : 'Back to your accounts';
  const title = field === 'label' ? 'Change the name of this account' : 'Change what this account is used for';
  return (
    <>
      <AppLink className="nhsuk-back-link" to={{ name: from }}>{back}</AppLink>
      <Page title={title} caption={account === undefined ? undefined : account.label}>
        {accounts.state === 'loading' && <Loading what="the account" />}
        {accounts.state === 'failed' && <Problem title="Chaperone could not load your accounts"><p>{accounts.message}</p></Problem>}
        {accounts.state === 'ready' && account === undefined && (
          <Problem title="This account is no longer in Chaperone"><p>It may have been disconnected.</p></Problem>
        )}
        {account !== undefined && (
          <ChangeForm account={account} field={field} onSaved={(after) => { navigate({ name: from, notice: savedNotice(account, after) }); }} />
        )}
      </Page>
    </>
  );
}
