import { useRef, useState } from 'react';
import type { Account } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { SummaryRow } from '../summary/summary-row.tsx';
import { DisconnectConfirm } from './disconnect-confirm.tsx';
import { PLATFORM_NAMES } from '../../../main/shared/platforms.ts';
import { kindWords, sessionWords } from './session-words.ts';

type Step = 'idle' | 'signing-in' | 'confirming' | 'disconnecting';

/** One connected account: what it is, its sign-in state, and what the user can do with it. */
export function AccountCard({ account, onChanged, onDisconnected, onAudit }: {
  account: Account;
  onChanged: (account: Account) => void;
  onDisconnected: (accounts: Account[]) => void;
  onAudit: () => void;
}): React.JSX.Element {
  const [step, setStep] = useState<Step>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  // How the session just signed in is protected, when no keychain protects it.
  const [notice, setNotice] = useState<string | null>(null);
  const disconnectButton = useRef<HTMLButtonElement>(null);
  const session = sessionWords(account);
  const platform = PLATFORM_NAMES[account.platform];
  // Every card has the same buttons: the hidden words say which account each one is for.
  const forThis = (words: string): React.JSX.Element => <span className="nhsuk-u-visually-hidden">{words}</span>;
  const changeTo = { name: 'change-account', accountId: account.id, from: 'accounts' } as const;

  const signIn = async (): Promise<void> => {
    if (step !== 'idle') return;
    setStep('signing-in');
    setProblem(null);
    setNotice(null);
    try {
      const outcome = await chaperone().accounts.signIn({ accountId: account.id });
      onChanged(outcome.account);
      setNotice(outcome.notice);
    } catch (error) {
      setProblem(errorText(error));
    }
    setStep('idle');
  };

  const disconnect = async (): Promise<void> => {
    setStep('disconnecting');
    setProblem(null);
    try {
      onDisconnected(await chaperone().accounts.disconnect({ accountId: account.id }));
    } catch (error) {
      setProblem(errorText(error));
      setStep('idle');
    }
  };

  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">{account.label}</h3>
        <dl className="nhsuk-summary-list">
          <SummaryRow name="Name" change={{ to: { ...changeTo, field: 'label' }, what: `the name of ${account.label}` }}>{account.label}</SummaryRow>
          <SummaryRow name="Platform">{account.host === null ? platform : `${platform} (${account.host})`}</SummaryRow>
          <SummaryRow name="Used for" change={{ to: { ...changeTo, field: 'kind' }, what: `what ${account.label} is used for` }}>
            {kindWords(account.kind)}
          </SummaryRow>
          <SummaryRow name="Sign-in">
            {session.needsYou ? <strong>{session.text}</strong> : session.text}
            {session.detail !== null && <div className="nhsuk-hint nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">{session.detail}</div>}
          </SummaryRow>
        </dl>
        <div role="status">
          {step === 'signing-in' && <p className="nhsuk-body">A browser window is open. Sign in there, then close the window.</p>}
          {notice !== null && <p className="nhsuk-inset-text nhsuk-u-margin-top-0">{notice}</p>}
        </div>
        {problem !== null && (
          <p className="nhsuk-error-message" role="alert"><span className="nhsuk-u-visually-hidden">Error: </span>{problem}</p>
        )}
        {step === 'confirming' || step === 'disconnecting' ? (
          <DisconnectConfirm
            account={account} busy={step === 'disconnecting'} onConfirm={() => { void disconnect(); }}
            onCancel={() => { setStep('idle'); requestAnimationFrame(() => disconnectButton.current?.focus()); }}
          />
        ) : (
          <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => { void signIn(); }}>
              Sign in{forThis(` to ${account.label}`)}
            </button>
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onAudit}>
              Audit this account{forThis(` (${account.label})`)}
            </button>
            <button className="nhsuk-button nhsuk-button--secondary" type="button" ref={disconnectButton} onClick={() => { if (step === 'idle') setStep('confirming'); }}>
              Disconnect{forThis(` ${account.label}`)}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
