import { useEffect, useRef } from 'react';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { GuidanceQuotes, PracticeNote } from '../item/guidance-quotes.tsx';
import { StatusTag } from '../status-tag.tsx';

interface Props { audit: StoredAudit; accountId: string; itemId: string; onClose: () => void }

/**
 * One item of the example, opened in place: the example is not stored, so the item screen (which
 * loads a stored audit) cannot show it. The parts that act on an account are left out.
 */
export function ExampleItem({ audit, accountId, itemId, onClose }: Props): React.JSX.Element | null {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [itemId, accountId]);
  const account = audit.report.audit.accounts.find((a) => a.account.id === accountId);
  const item = account?.items.find((i) => i.itemId === itemId);
  if (account === undefined || item === undefined) return null;
  return (
    <section className="nhsuk-card" aria-labelledby="example-item-heading">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-heading-m" id="example-item-heading" tabIndex={-1} ref={heading}>
          <span className="nhsuk-caption-m">{account.account.label}<span className="nhsuk-u-visually-hidden"> – </span></span>
          {item.title}
        </h2>
        <p className="nhsuk-body"><StatusTag status={item.status} /></p>
        {(item.status === 'unknown' || item.status === 'not-applicable') && item.reason !== null && <p className="nhsuk-body">{item.reason}</p>}
        {item.question !== null && <p className="nhsuk-body">{item.question}</p>}
        <h3 className="nhsuk-heading-s">Why this matters</h3>
        <p className="nhsuk-body">{item.why}</p>
        <PracticeNote group={item.group} />
        <h3 className="nhsuk-heading-s">What the guidance says</h3>
        <GuidanceQuotes guidance={item.guidance} />
        {item.status === 'fail' && item.fix.steps.length > 0 && (
          <>
            <h3 className="nhsuk-heading-s">How to fix it</h3>
            <ol className="nhsuk-list nhsuk-list--number">{item.fix.steps.map((step) => <li key={step}>{step}</li>)}</ol>
          </>
        )}
        <p className="nhsuk-body-s">In your own audit, this page also opens the setting for you and checks it again after you change it.</p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onClose}>Back to the example audit</button>
      </div>
    </section>
  );
}
