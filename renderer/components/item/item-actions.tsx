import { useRef, useState } from 'react';
import type { ItemStatus } from '../../../main/engine/audit/model.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { Problem } from '../problem.tsx';
import { statusLabel } from '../status-tag.tsx';
import { statusNow, type ItemReport } from '../results/audit-facts.ts';

/**
 * "Open this setting" and "Check again". The buttons stay in place (and focusable) while busy;
 * what is happening is said in a polite live region that is always on the page. "Check again"
 * works while the settings window is open: main closes that window before reading the account.
 */
export function ItemActions({ audit, accountId, item, status, onUpdated }: {
  audit: StoredAudit; accountId: string; item: ItemReport; status: ItemStatus; onUpdated: (audit: StoredAudit) => void;
}): React.JSX.Element {
  const [windowOpen, setWindowOpen] = useState(false);
  const [checking, setChecking] = useState(false);
  const checkingNow = useRef(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const args = { auditId: audit.id, accountId, itemId: item.itemId };
  // For an unknown item the page helps the user check by hand, in the account's signed-in browser.
  const canOpen = (status === 'fail' || status === 'unknown') && item.fix.url !== null;

  const openSetting = (): void => {
    if (windowOpen || checking) return;
    setWindowOpen(true);
    setProblem(null);
    setMessage(status === 'fail'
      ? 'The setting is open in a browser window. Change the setting there, then close the window.'
      : 'The setting is open in a browser window. Look at it there, change it if you need to, then close the window.');
    chaperone().audit.openSetting(args).then(
      () => { if (!checkingNow.current) setMessage('The browser window is closed. Select "Check again" to see if the setting is right now.'); },
      (error: unknown) => { setMessage(''); setProblem(errorText(error)); },
    ).finally(() => { setWindowOpen(false); });
  };

  const checkAgain = (): void => {
    if (checking) return;
    setChecking(true);
    checkingNow.current = true;
    setProblem(null);
    setMessage('Checking again… this takes a few seconds.');
    chaperone().audit.recheck(args).then(
      (updated) => {
        setMessage(`Checked again: ${statusLabel(statusNow(updated, accountId, item.itemId)?.status ?? status)}.`);
        onUpdated(updated);
      },
      (error: unknown) => { setMessage(''); setProblem(errorText(error)); },
    ).finally(() => { checkingNow.current = false; setChecking(false); });
  };

  return (
    <>
      <div className="nhsuk-button-group">
        {canOpen && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" aria-disabled={windowOpen || checking} onClick={openSetting}>
            Open this setting
          </button>
        )}
        <button type="button" className="nhsuk-button" aria-disabled={checking} onClick={checkAgain}>Check again</button>
      </div>
      <p className="nhsuk-body app-live" role="status" aria-live="polite">{message}</p>
      {problem !== null && <Problem><p>{problem}</p></Problem>}
    </>
  );
}
