import type { Profile } from '../../main/shared/api-contract.ts';
import { DetailsForm } from '../components/first-run/details-form.tsx';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { chaperone } from '../chaperone-api.ts';
import { useNavigation } from '../hooks/navigation.ts';
import { useAsync } from '../hooks/use-async.ts';
import type { Notice } from '../routes.ts';

/** What the Settings banner says once the details are saved: what the change means for the next audit. */
function detailsSavedNotice(before: Profile | null, after: Profile): Notice {
  const words: string[] = [];
  if (before === null) return { heading: 'Your details are saved' };
  if (before.profession !== after.profession || before.regulator.trim().toLowerCase() !== after.regulator.trim().toLowerCase()) {
    words.push(`Your next audit will use the guidance for your profession and regulator${after.regulator.trim() === '' ? '' : ` (${after.regulator.trim()})`}.`);
  }
  if (before.registeredName !== after.registeredName) words.push('Your next audit will look for your new name on your professional accounts.');
  if (words.length === 0) return { heading: 'Your details are saved' };
  return { heading: 'Your details are saved', detail: [...words, 'Past audits are unchanged.'].join(' ') };
}

const INTRO = (
  <div className="nhsuk-inset-text">
    <p className="nhsuk-body">
      Your profession and regulator decide which guidance Chaperone checks your accounts against, and it looks for your
      registered name on your professional accounts. A change applies from your next audit. Past audits are records
      of what was checked: they keep the details they were run with.
    </p>
  </div>
);

/** Changing the details saved at first run: the same form, filled in, back to Settings when saved. */
export function ChangeDetailsScreen(): React.JSX.Element {
  const { navigate } = useNavigation();
  const saved = useAsync(() => chaperone().profile.get(), 'profile');
  return (
    <>
      <AppLink className="nhsuk-back-link" to={{ name: 'settings' }}>Back to settings</AppLink>
      <Page title="Change your details">
        {saved.state === 'loading' && <Loading what="your details" />}
        {saved.state === 'failed' && <Problem title="Chaperone could not load your details"><p>{saved.message}</p></Problem>}
        {saved.state === 'ready' && (
          <DetailsForm
            saved={saved.value} intro={INTRO} submitText="Save changes"
            onSaved={(after) => {
              navigate({ name: 'settings', notice: detailsSavedNotice(saved.value, after) });
            }}
          />
        )}
      </Page>
    </>
  );
}
