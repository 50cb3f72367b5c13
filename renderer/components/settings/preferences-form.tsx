import { useState } from 'react';
import type { InstalledBrowser, Settings } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { apiFieldErrors, errorFor, type FieldError, type FieldNames } from '../forms/field-errors.ts';
import { RadioGroup, type RadioOption } from '../forms/radio-group.tsx';
import { TextField } from '../forms/text-field.tsx';

const FIELDS = {
  browserPath: { id: 'browser', label: 'The browser' },
  reminderMonths: { id: 'reminder-months', label: 'How often to remind you' },
} satisfies FieldNames;
/** The radio for "the first one found" (browserPath null). */
const FIRST_FOUND = 'first-found';

function browserOptions(browsers: InstalledBrowser[], chosen: string | null): RadioOption<string>[] {
  const first = browsers[0];
  const options: RadioOption<string>[] = [{
    value: FIRST_FOUND, label: 'The first one Chaperone finds',
    hint: first === undefined ? 'None found on this computer now' : `Now ${first.name}`,
  }];
  for (const browser of browsers) options.push({ value: browser.executablePath, label: browser.name, hint: browser.executablePath });
  if (chosen !== null && !browsers.some((b) => b.executablePath === chosen)) {
    options.push({ value: chosen, label: 'The browser you chose before', hint: `${chosen} (not found on this computer now)` });
  }
  return options;
}

/** Which browser to use and how often to be reminded; saved together. */
export function PreferencesForm({ settings, browsers, onSaved }: {
  settings: Settings;
  browsers: InstalledBrowser[];
  onSaved?: (settings: Settings) => void;
}): React.JSX.Element {
  const [browser, setBrowser] = useState(settings.browserPath ?? FIRST_FOUND);
  const [months, setMonths] = useState(String(settings.reminderMonths));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);

  const save = async (): Promise<void> => {
    setSaved(false);
    const reminderMonths = Number(months.trim());
    if (!/^\d+$/.test(months.trim()) || reminderMonths < 1 || reminderMonths > 24) {
      setErrors([{ target: FIELDS.reminderMonths.id, message: 'Enter a whole number of months from 1 to 24' }]);
      return;
    }
    try {
      const now = await chaperone().settings.update({ browserPath: browser === FIRST_FOUND ? null : browser, reminderMonths });
      setErrors([]);
      setSaved(true);
      onSaved?.(now);
    } catch (error) {
      setErrors(apiFieldErrors(errorText(error), FIELDS));
    }
  };

  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <ErrorSummary errors={errors} />
      <h2 className="nhsuk-heading-m">Browser and reminders</h2>
      <RadioGroup
        name={FIELDS.browserPath.id} legend="Which browser should Chaperone use?" options={browserOptions(browsers, settings.browserPath)}
        hint="Chaperone opens your accounts in this browser, with a separate profile for each account."
        value={browser} onChange={setBrowser} error={errorFor(errors, FIELDS.browserPath.id)}
      />
      <TextField
        id={FIELDS.reminderMonths.id} label="How often should Chaperone remind you to run an audit, in months?" width={2}
        suffix="months" inputMode="numeric" maxLength={2}
        hint="From 1 to 24. Many people check once a year, before their appraisal."
        value={months} onChange={(value) => { setMonths(value); setSaved(false); }} error={errorFor(errors, FIELDS.reminderMonths.id)}
      />
      <button className="nhsuk-button" type="submit">Save settings</button>
      <div role="status">{saved && <p className="nhsuk-body">Your settings are saved.</p>}</div>
    </form>
  );
}
