import type { Profile } from '../../../main/shared/api-contract.ts';
import { professionLabel } from '../first-run/professions.ts';
import { SummaryRow } from '../summary/summary-row.tsx';

/** The user's details as a summary list; each Change link opens the details to change. */
export function YourDetails({ profile }: { profile: Profile }): React.JSX.Element {
  const to = { name: 'change-details' } as const;
  return (
    <>
      <h2 className="nhsuk-heading-m">Your details</h2>
      <dl className="nhsuk-summary-list">
        <SummaryRow name="Registered name" change={{ to, what: 'your registered name' }}>{profile.registeredName}</SummaryRow>
        <SummaryRow name="Profession" change={{ to, what: 'your profession' }}>{professionLabel(profile.profession)}</SummaryRow>
        <SummaryRow name="Regulator" change={{ to, what: 'your regulator' }}>{profile.regulator === '' ? 'Not given' : profile.regulator}</SummaryRow>
        <SummaryRow name="Registration number" change={{ to, what: 'your registration number' }}>
          {profile.registrationNumber ?? 'Not given (optional)'}
        </SummaryRow>
      </dl>
    </>
  );
}
