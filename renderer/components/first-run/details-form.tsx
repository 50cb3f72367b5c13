import { useState, type ReactNode } from 'react';
import type { Profession } from '../../../main/engine/profile.ts';
import type { Profile } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { apiFieldErrors, errorFor, type FieldError, type FieldNames } from '../forms/field-errors.ts';
import { INCLUDED_REGULATORS, PROFESSION_OPTIONS, usualRegulator } from './professions.ts';
import { RadioGroup } from '../forms/radio-group.tsx';
import { TextField } from '../forms/text-field.tsx';
import { andList } from '../../../main/shared/lists.ts';

const FIELDS = {
  registeredName: { id: 'registered-name', label: 'Your registered name' },
  profession: { id: 'profession', label: 'Your profession' },
  regulator: { id: 'regulator', label: 'Your regulator' },
  registrationNumber: { id: 'registration-number', label: 'Your registration number' },
} satisfies FieldNames;

interface Draft { registeredName: string; profession: Profession | null; regulator: string; registrationNumber: string }

/** What must be there before asking main; main checks the rest (and says which field). */
function missing(draft: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.registeredName.trim() === '') errors.push({ target: FIELDS.registeredName.id, message: 'Enter your name as it appears on the register' });
  if (draft.profession === null) errors.push({ target: FIELDS.profession.id, message: 'Select your profession' });
  if (draft.regulator.trim() === '') errors.push({ target: FIELDS.regulator.id, message: 'Enter your regulator, for example GMC or NMC' });
  return errors;
}

const FIRST_RUN_INTRO = (
  <>
    <h2 className="nhsuk-heading-m">Your details</h2>
    <p className="nhsuk-body">
      Chaperone uses these to check that your professional accounts show your registered name, and to put
      your name on the audit summary for your appraisal. They stay on this computer.
    </p>
  </>
);

function draftOf(profile: Profile | null): Draft {
  if (profile === null) return { registeredName: '', profession: null, regulator: '', registrationNumber: '' };
  return { ...profile, registrationNumber: profile.registrationNumber ?? '' };
}

/**
 * The user's details: registered name, profession, regulator and (optionally) registration number.
 * Empty at first run; filled with what they saved when they change them from Settings.
 */
export function DetailsForm({ onSaved, saved = null, intro = FIRST_RUN_INTRO, submitText = 'Save and continue' }: {
  onSaved: (profile: Profile) => void;
  /** The details saved before, to change; null at first run. */
  saved?: Profile | null;
  /** What comes between the error summary and the fields. */
  intro?: ReactNode;
  submitText?: string;
}): React.JSX.Element {
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const change = (changes: Partial<Draft>): void => { setDraft((d) => ({ ...d, ...changes })); };

  const chooseProfession = (profession: Profession): void => {
    // Fill in the usual regulator, unless the user has typed their own.
    const typedOwn = draft.regulator !== '' && (draft.profession === null || draft.regulator !== usualRegulator(draft.profession));
    change({ profession, ...(typedOwn ? {} : { regulator: usualRegulator(profession) }) });
  };

  const save = async (): Promise<void> => {
    const problems = missing(draft);
    if (draft.profession === null || problems.length > 0) { setErrors(problems); return; }
    setSaving(true);
    try {
      const number = draft.registrationNumber.trim();
      onSaved(await chaperone().profile.save({
        registeredName: draft.registeredName, profession: draft.profession, regulator: draft.regulator,
        registrationNumber: number === '' ? null : number,
      }));
    } catch (error) {
      setErrors(apiFieldErrors(errorText(error), FIELDS));
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <ErrorSummary errors={errors} />
      {intro}
      <TextField
        id={FIELDS.registeredName.id} label="Your registered name" autoComplete="name" spellCheck={false} maxLength={120}
        hint="As it appears on your regulator's register, for example Amina Rahman"
        value={draft.registeredName} onChange={(registeredName) => { change({ registeredName }); }}
        error={errorFor(errors, FIELDS.registeredName.id)}
      />
      <RadioGroup
        name={FIELDS.profession.id} legend="Your profession" options={PROFESSION_OPTIONS}
        value={draft.profession} onChange={chooseProfession} error={errorFor(errors, FIELDS.profession.id)}
      />
      <TextField
        id={FIELDS.regulator.id} label="Your regulator" width={10} spellCheck={false} maxLength={40}
        hint={`Chaperone cites guidance from the ${andList(INCLUDED_REGULATORS)}. For another regulator, your audit shows good practice only, without a professional score: its guidance is not yet included.`}
        value={draft.regulator} onChange={(regulator) => { change({ regulator }); }}
        error={errorFor(errors, FIELDS.regulator.id)}
      />
      <TextField
        id={FIELDS.registrationNumber.id} label="Your registration number (optional)" width={10} spellCheck={false} maxLength={20}
        hint="Chaperone never shows it anywhere unless you choose to add it to an audit summary"
        value={draft.registrationNumber} onChange={(registrationNumber) => { change({ registrationNumber }); }}
        error={errorFor(errors, FIELDS.registrationNumber.id)}
      />
      <button className="nhsuk-button" type="submit" disabled={saving}>{submitText}</button>
    </form>
  );
}
