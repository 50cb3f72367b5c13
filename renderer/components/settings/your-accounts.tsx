import type { Account } from '../../../main/shared/api-contract.ts';
import { PLATFORM_NAMES } from '../../../main/shared/platforms.ts';
import { kindWords } from '../accounts/session-words.ts';
import { AppLink } from '../link-button.tsx';
import { SummaryRow } from '../summary/summary-row.tsx';

/** Each account as a summary card: its name and what it is used for can be changed; its platform cannot. */
export function YourAccounts({ accounts }: { accounts: Account[] }): React.JSX.Element {
  return (
    <>
      <h2 className="nhsuk-heading-m">Your accounts</h2>
      {accounts.length === 0 && <p className="nhsuk-body">You have not added any accounts yet.</p>}
      {accounts.map((account) => {
        const change = (field: 'label' | 'kind', what: string) => ({
          to: { name: 'change-account', accountId: account.id, field, from: 'settings' } as const, what,
        });
        return (
          <div className="nhsuk-card" key={account.id}>
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-s">{account.label}</h3>
              <dl className="nhsuk-summary-list nhsuk-u-margin-bottom-0">
                <SummaryRow name="Name" change={change('label', `the name of ${account.label}`)}>{account.label}</SummaryRow>
                <SummaryRow name="Platform">{PLATFORM_NAMES[account.platform]}{account.host === null ? '' : ` (${account.host})`}</SummaryRow>
                <SummaryRow name="Used for" change={change('kind', `what ${account.label} is used for`)}>{kindWords(account.kind)}</SummaryRow>
              </dl>
            </div>
          </div>
        );
      })}
      <p className="nhsuk-body">
        To add an account, or to sign in to one again, go to <AppLink to={{ name: 'accounts' }}>your accounts</AppLink>.
      </p>
    </>
  );
}
