import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { AppLink } from '../link-button.tsx';
import { accountName, scoreSentence, type AccountReport } from './audit-facts.ts';
import { ItemGroups } from './item-groups.tsx';
import { StrangerView } from './stranger-view.tsx';
import { KIND_LABEL, SESSION_ADVICE, SESSION_LABEL } from './words.ts';

/** Why an account could not be (fully) read, and what to do about it. */
function ReadProblem({ account }: { account: AccountReport }): React.JSX.Element | null {
  const advice = SESSION_ADVICE[account.session];
  if (account.error === null && advice === null) return null;
  const needsSignIn = account.session === 'signed-out' || account.session === 'challenge';
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">Chaperone could not read all of this account</h3>
        {account.error !== null && <p className="nhsuk-card__description">{account.error}</p>}
        {account.session !== 'signed-in' && <p className="nhsuk-card__description">{account.sessionDetail}</p>}
        <p className="nhsuk-card__description">{advice ?? 'Run a new audit.'}</p>
        {needsSignIn && <p className="nhsuk-card__description"><AppLink to={{ name: 'accounts' }}>Go to Accounts to sign in again</AppLink></p>}
        {account.session === 'automation-blocked' && (
          <p className="nhsuk-card__description">
            <AppLink to={{ name: 'run', accountIds: [account.account.id], showBrowser: true }}>Read with the window showing</AppLink>
          </p>
        )}
      </div>
    </div>
  );
}

/** One account: what it is, whether it could be read, what a stranger sees, and its items. */
export function AccountCard({ audit, account, index }: { audit: StoredAudit; account: AccountReport; index: number }): React.JSX.Element {
  const prefix = `account-${String(index)}`;
  return (
    <section className="app-account" aria-labelledby={`${prefix}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${prefix}-heading`}>{accountName(account)}</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Type of account</dt>
          <dd className="nhsuk-summary-list__value">{KIND_LABEL[account.account.kind]}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Sign-in</dt>
          <dd className="nhsuk-summary-list__value">{SESSION_LABEL[account.session]}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Score for this account</dt>
          <dd className="nhsuk-summary-list__value">{scoreSentence(account.score)}</dd>
        </div>
      </dl>
      <ReadProblem account={account} />
      <StrangerView stranger={account.stranger} headingId={`${prefix}-stranger`} />
      <ItemGroups audit={audit} account={account} prefix={prefix} />
    </section>
  );
}
