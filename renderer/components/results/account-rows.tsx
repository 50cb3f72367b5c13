import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { useNavigation } from '../../hooks/navigation.ts';
import { itemsNow, type AccountReport } from './audit-facts.ts';
import { SESSION_LABEL } from './words.ts';
import { countsText } from '../../../main/shared/glossary.ts';

/**
 * "2 to fix, 1 could not check, 3 questions for you, 9 passed": an account's professional items as
 * things stand now, the ones that need the person first (the same counts as the score card), then
 * its good privacy practice to fix, apart.
 */
export function accountCounts(audit: StoredAudit, account: AccountReport): string {
  const items = itemsNow(audit, account);
  const professional = items.filter((i) => i.item.group === 'professional');
  const count = (status: string): number => professional.filter((i) => i.status === status).length;
  const shown = (['fail', 'unknown', 'manual', 'pass'] as const).filter((status) => count(status) > 0);
  const practice = items.filter((i) => i.item.group === 'privacy-practice' && i.status === 'fail').length;
  const counts = shown.length === 0 ? 'Nothing to check' : countsText(Object.fromEntries(shown.map((status) => [status, count(status)])), ', ');
  return practice === 0 ? counts : `${counts}; ${String(practice)} of good privacy practice to fix`;
}

/** One summary row per account: what it is, its counts now, and a link to its own page. */
export function AccountRows({ audit }: { audit: StoredAudit }): React.JSX.Element {
  const { navigate } = useNavigation();
  return (
    <section aria-labelledby="your-accounts">
      <h2 className="nhsuk-heading-m" id="your-accounts">Your accounts</h2>
      <dl className="nhsuk-summary-list app-account-rows">
        {audit.report.audit.accounts.map((account) => {
          const { id, label, kind } = account.account;
          const problem = account.session === 'signed-in' && account.error === null ? null
            : account.error === null ? SESSION_LABEL[account.session] : 'Could not read all of it';
          return (
            <div className="nhsuk-summary-list__row" key={id}>
              <dt className="nhsuk-summary-list__key">
                {label}
                <span className="nhsuk-body-s app-account-rows__kind">{account.platformName} · {kind === 'personal' ? 'Personal' : 'Professional'}</span>
              </dt>
              <dd className="nhsuk-summary-list__value">
                {accountCounts(audit, account)}
                {problem !== null && <><br /><strong className="nhsuk-tag nhsuk-tag--orange">{problem}</strong></>}
              </dd>
              <dd className="nhsuk-summary-list__actions">
                <a
                  className="nhsuk-link" href="#account"
                  onClick={(event) => { event.preventDefault(); navigate({ name: 'account', auditId: audit.id, accountId: id }); }}
                >
                  View<span className="nhsuk-u-visually-hidden"> {label}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
