import { useState } from 'react';
import type { AccountKind, PlatformId } from '../../../main/engine/types.ts';
import type { Account } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { apiFieldErrors, errorFor, type FieldError, type FieldNames } from '../forms/field-errors.ts';
import { RadioGroup } from '../forms/radio-group.tsx';
import { TextField } from '../forms/text-field.tsx';
import { KIND_OPTIONS } from './kinds.ts';
import { PlatformField } from './platform-field.tsx';
import { SERVER_PLATFORMS } from '../../../main/shared/api-contract.ts';

const FIELDS = {
  platform: { id: 'platform', label: 'The platform' },
  label: { id: 'account-label', label: 'The name for this account' },
  kind: { id: 'account-kind', label: 'What you use this account for' },
  host: { id: 'account-server', label: 'Your server' },
} satisfies FieldNames;

interface Draft { platform: PlatformId | ''; label: string; kind: AccountKind | null; host: string }
const EMPTY: Draft = { platform: '', label: '', kind: null, host: '' };

function missing(draft: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.platform === '') errors.push({ target: FIELDS.platform.id, message: 'Select the platform' });
  if (draft.label.trim() === '') errors.push({ target: FIELDS.label.id, message: 'Enter a name for this account' });
  if (draft.kind === null) errors.push({ target: FIELDS.kind.id, message: 'Select what you use this account for' });
  if (draft.platform === 'mastodon' && draft.host.trim() === '') {
    errors.push({ target: FIELDS.host.id, message: 'Enter your Mastodon server, for example mastodon.social' });
  }
  return errors;
}

/** True when main refused a name because another account has it: words that belong next to the name. */
export function isLabelClash(message: string): boolean {
  return message.includes('already have an account called');
}

/** Main names the field it rejects; a clash of names it says in words, which belong next to the name. */
function rejected(message: string): FieldError[] {
  if (isLabelClash(message)) return [{ target: FIELDS.label.id, message }];
  return apiFieldErrors(message, FIELDS);
}

/** Adds an account: platform, the user's name for it, personal or professional, and its server where needed. */
export function AddAccountForm({ onAdded }: { onAdded: (account: Account) => void }): React.JSX.Element {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const change = (changes: Partial<Draft>): void => { setDraft((d) => ({ ...d, ...changes })); };
  const needsServer = draft.platform !== '' && SERVER_PLATFORMS.has(draft.platform);

  const add = async (): Promise<void> => {
    const problems = missing(draft);
    if (draft.platform === '' || draft.kind === null || problems.length > 0) { setErrors(problems); return; }
    setSaving(true);
    try {
      const host = needsServer && draft.host.trim() !== '' ? draft.host.trim() : null;
      const account = await chaperone().accounts.add({ platform: draft.platform, label: draft.label.trim(), kind: draft.kind, host });
      setDraft(EMPTY);
      setErrors([]);
      onAdded(account);
    } catch (error) {
      setErrors(rejected(errorText(error)));
    }
    setSaving(false);
  };

  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); void add(); }}>
      <h2 className="nhsuk-heading-m">Add an account</h2>
      <ErrorSummary errors={errors} />
      <PlatformField value={draft.platform} error={errorFor(errors, FIELDS.platform.id)} onChange={(platform) => { change({ platform }); }} />
      {needsServer && (
        <TextField
          id={FIELDS.host.id} label={draft.platform === 'mastodon' ? 'Your server' : 'Your server (optional)'} width={20} spellCheck={false}
          hint={draft.platform === 'mastodon'
            ? 'The part of your address after the second @, for example mastodon.social'
            : 'Leave this empty if your account is on bsky.social. Otherwise enter your server, for example pds.example.org'}
          value={draft.host} onChange={(host) => { change({ host }); }} error={errorFor(errors, FIELDS.host.id)}
        />
      )}
      <TextField
        id={FIELDS.label.id} label="A name for this account" width={20} maxLength={60}
        hint="So you can tell your accounts apart, for example Personal X or Clinic updates. Only you see it."
        value={draft.label} onChange={(label) => { change({ label }); }} error={errorFor(errors, FIELDS.label.id)}
      />
      <RadioGroup
        name={FIELDS.kind.id} legend="What do you use this account for?" options={KIND_OPTIONS}
        value={draft.kind} onChange={(kind) => { change({ kind }); }} error={errorFor(errors, FIELDS.kind.id)}
      />
      <button className="nhsuk-button" type="submit" disabled={saving}>Add account</button>
    </form>
  );
}
