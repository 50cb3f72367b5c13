import { useEffect, useRef, useState } from 'react';
import type { Account } from '../../main/shared/api-contract.ts';
import { AccountCard } from '../components/accounts/account-card.tsx';
import { AddAccountForm } from '../components/accounts/add-account-form.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { SuccessBanner } from '../components/summary/success-banner.tsx';
import { Problem } from '../components/problem.tsx';
import { chaperone } from '../chaperone-api.ts';
import { useNavigation } from '../hooks/navigation.ts';
import type { Notice } from '../routes.ts';
import { useAsync } from '../hooks/use-async.ts';

/**
 * The connected accounts (sign in, audit one, change, disconnect) and the form to add another.
 * `changed`: what a change page just saved, said at the top.
 */
export function AccountsScreen({ notice: changed }: { notice?: Notice | undefined }): React.JSX.Element {
  const { navigate } = useNavigation();
  const loaded = useAsync(() => chaperone().accounts.list(), 'accounts');
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  // accountId: the account the notice is about, when it asks the user to do something with it.
  const [notice, setNotice] = useState<{ text: string; accountId: string | null } | null>(null);
  const noticeBox = useRef<HTMLDivElement>(null);
  // Focus goes to what just happened, so keyboard users hear it and carry on from there.
  useEffect(() => { if (notice !== null) noticeBox.current?.focus(); }, [notice]);

  const list = accounts ?? (loaded.state === 'ready' ? loaded.value : null);
  // Sign-in can take minutes: apply its answer to the list as it is then, not as it was.
  const update = (change: (current: Account[]) => Account[]): void => {
    const first = loaded.state === 'ready' ? loaded.value : [];
    setAccounts((current) => change(current ?? first));
  };

  return (
    <>
      {changed !== undefined && <SuccessBanner notice={changed} />}
      <Page title="Your accounts" focusHeading={changed === undefined}>
        <p className="nhsuk-body">
          Add the social media accounts you want Chaperone to check. You sign in to each one once, in its own
          browser window. That sign-in stays on this computer.
        </p>
        <div role="status" tabIndex={-1} ref={noticeBox}>
          {notice !== null && <div className="nhsuk-inset-text"><p>{notice.text}</p></div>}
        </div>
        {loaded.state === 'loading' && <Loading what="your accounts" />}
        {loaded.state === 'failed' && <Problem title="Chaperone could not load your accounts"><p>{loaded.message}</p></Problem>}
        {list !== null && (
          <>
            <h2 className="nhsuk-heading-m">Accounts you added</h2>
            {list.length === 0 && <p className="nhsuk-body">You have not added any accounts yet.</p>}
            {list.map((account) => (
              <AccountCard
                key={account.id} account={account}
                onChanged={(signedIn) => {
                  update((current) => current.map((a) => (a.id === signedIn.id ? signedIn : a)));
                  // "Now select Sign in" is done with once its sign-in window has closed: the card says how that went.
                  setNotice((current) => (current?.accountId === signedIn.id ? null : current));
                }}
                onAudit={() => { navigate({ name: 'run', accountIds: [account.id] }); }}
                onDisconnected={(remaining) => {
                  setAccounts(remaining);
                  setNotice({ text: `You disconnected ${account.label}. Your past audits are kept.`, accountId: null });
                }}
              />
            ))}
            <AddAccountForm onAdded={(account) => {
              update((current) => [...current, account]);
              setNotice({ text: `You added ${account.label}. Now select "Sign in" on it to sign in to the account.`, accountId: account.id });
            }} />
          </>
        )}
      </Page>
    </>
  );
}
