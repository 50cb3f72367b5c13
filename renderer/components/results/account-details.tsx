import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { AppLink } from '../link-button.tsx';
import type { SectionLevel } from '../section-heading.tsx';
import { SummaryRow } from '../summary/summary-row.tsx';
import { scoreSentence, type AccountReport } from './audit-facts.ts';
import { ItemGroups } from './item-groups.tsx';
import { StrangerView } from './stranger-view.tsx';
import { KIND_LABEL, SESSION_ADVICE, SESSION_LABEL } from './words.ts';

/** Why an account could not be (fully) read, and what to do about it. */
function ReadProblem({ account, level }: { account: AccountReport; level: SectionLevel }): React.JSX.Element | null {
  const advice = SESSION_ADVICE[account.session];
  if (account.error === null && advice === null) return null;
  const needsSignIn = account.session === 'signed-out' || account.session === 'challenge';
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        {level === 2
          ? <h2 className="nhsuk-card__heading">Chaperone could not read all of this account</h2>
          : <h3 className="nhsuk-card__heading">Chaperone could not read all of this account</h3>}
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

/**
 * One account: what it is, whether it could be read, what a stranger sees, and its items. `level` is
 * its sections' heading level: 2 on the account's own screen, 3 under a heading of a longer page.
 */
export function AccountDetails({ audit, account, level }: { audit: StoredAudit; account: AccountReport; level: SectionLevel }): React.JSX.Element {
  const prefix = `account-${account.account.id}`;
  return (
    <>
      <dl className="nhsuk-summary-list">
        <SummaryRow name="Platform">{account.platformName}</SummaryRow>
        <SummaryRow name="Type of account">{KIND_LABEL[account.account.kind]}</SummaryRow>
        <SummaryRow name="Sign-in">{SESSION_LABEL[account.session]}</SummaryRow>
        <SummaryRow name="Score for this account">{scoreSentence(account.score)}</SummaryRow>
      </dl>
      <ReadProblem account={account} level={level} />
      <StrangerView stranger={account.stranger} headingId={`${prefix}-stranger`} level={level} />
      <ItemGroups audit={audit} account={account} prefix={prefix} level={level} />
    </>
  );
}
