import { useState } from 'react';
import type { StoredAudit } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { GuidanceQuotes, PracticeNote } from '../components/item/guidance-quotes.tsx';
import { CheckedByYou } from '../components/item/checked-by-you.tsx';
import { ItemActions } from '../components/item/item-actions.tsx';
import { fixedAt, RecheckHistory } from '../components/item/recheck-history.tsx';
import { WhatWasRead } from '../components/item/what-was-read.tsx';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { accountName, findItem, questionsOf, statusNow } from '../components/results/audit-facts.ts';
import type { Route } from '../routes.ts';
import { longDate } from '../dates.ts';
import { StatusTag } from '../components/status-tag.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { itemsToFix } from '../components/results/fix-first.tsx';

const CHECK_AGAIN_WHEN: Partial<Record<string, string>> = {
  fail: 'When you have changed the setting,',
  unknown: 'If you have signed in again, or checked the setting yourself,',
  pass: 'To make sure the setting is still right,',
};

function ItemPage({ audit, accountId, itemId, onUpdated }: {
  audit: StoredAudit; accountId: string; itemId: string; onUpdated: (audit: StoredAudit) => void;
}): React.JSX.Element {
  const found = findItem(audit, accountId, itemId);
  const now = statusNow(audit, accountId, itemId);
  if (found === null || now === null) {
    return <Page title="Item not found"><Problem><p>This audit has no such item. Go back to the results and choose another.</p></Problem></Page>;
  }
  const { account, item } = found;
  const rechecks = audit.rechecks.filter((r) => r.accountId === accountId && r.itemId === itemId);
  const fixed = fixedAt(rechecks, item.status === 'pass');
  const next = itemsToFix(audit).find((i) => i.accountId !== accountId || i.item.itemId !== itemId);
  const automatic = item.setting !== null && item.status !== 'manual' && now.status !== 'not-applicable';
  const foundHeading = item.status === 'manual' ? 'Your answer' : now.recheck?.byYou === undefined ? 'What Chaperone found' : 'What you found';
  // The item's own question page, coming back to "Check your answers" once saved.
  const questionIndex = questionsOf(audit).findIndex((q) => q.accountId === accountId && q.item.itemId === itemId);
  const questionRoute: Route = questionIndex === -1 ? { name: 'questions', auditId: audit.id } : { name: 'question', auditId: audit.id, index: questionIndex, change: true };
  const answer = audit.answers.find((a) => a.accountId === accountId && a.itemId === itemId) ?? null;
  // A setting Chaperone could not read: the person may record what they found, and change it later.
  const byHand = item.status === 'unknown' && (now.status === 'unknown' || now.recheck?.byYou !== undefined);
  return (
    <Page title={item.title} caption={accountName(account)}>
      <p className="nhsuk-body">Status: <StatusTag status={now.status} />{now.recheck?.byYou !== undefined && ' checked by you'}</p>
      {fixed !== null && (
        <div className="nhsuk-panel app-fixed">
          <h2 className="nhsuk-panel__heading">Fixed on {longDate(fixed)}</h2>
          <div className="nhsuk-panel__body">
            Chaperone checked this setting again and it now passes this check.
            {next === undefined
              ? <> Nothing else needs fixing: <AppLink to={{ name: 'results', auditId: audit.id }}>back to the results</AppLink>.</>
              : <> Next item to fix: <AppLink to={{ name: 'item', auditId: audit.id, accountId: next.accountId, itemId: next.item.itemId }}>{next.item.title}</AppLink> ({accountName(next.account)}).</>}
          </div>
        </div>
      )}
      <h2 className="nhsuk-heading-m">{foundHeading}</h2>
      <WhatWasRead item={item} status={now.status} recheck={now.recheck} answer={answer} question={questionRoute} />
      {byHand && <CheckedByYou audit={audit} accountId={accountId} item={item} onUpdated={onUpdated} />}
      {now.status === 'fail' && (
        <>
          <h2 className="nhsuk-heading-m">How to fix it</h2>
          <ol className="nhsuk-list nhsuk-list--number">{item.fix.steps.map((step) => <li key={step}>{step}</li>)}</ol>
        </>
      )}
      {automatic && (
        <>
          {now.status !== 'fail' && <h2 className="nhsuk-heading-m">Check again</h2>}
          <p className="nhsuk-body">
            {CHECK_AGAIN_WHEN[now.status] ?? ''} select &quot;Check again&quot;. Chaperone reads this account again and records the result.
          </p>
          <ItemActions audit={audit} accountId={accountId} item={item} status={now.status} onUpdated={onUpdated} />
        </>
      )}
      <h2 className="nhsuk-heading-m">Why this matters</h2>
      <PracticeNote group={item.group} />
      <p className="nhsuk-body">{item.why}</p>
      <h2 className="nhsuk-heading-m">What the guidance says</h2>
      <GuidanceQuotes guidance={item.guidance} />
      <RecheckHistory rechecks={rechecks} />
      <p className="nhsuk-body"><AppLink to={{ name: 'results', auditId: audit.id }}>Back to the results</AppLink></p>
    </Page>
  );
}

/** One item: its status now, what was read, how to fix it, "Check again", and the guidance. */
export function ItemScreen({ auditId, accountId, itemId }: { auditId: string; accountId: string; itemId: string }): React.JSX.Element {
  const loaded = useAsync(() => chaperone().history.get({ auditId }), auditId);
  const [updated, setUpdated] = useState<StoredAudit | null>(null);
  if (loaded.state === 'loading') return <Loading what="the item" />;
  if (loaded.state === 'failed') {
    return <Page title="Item"><Problem title="Chaperone could not open this audit"><p>{loaded.message}</p></Problem></Page>;
  }
  return (
    <>
      <AppLink className="nhsuk-back-link" to={{ name: 'results', auditId }}>Back to results</AppLink>
      <ItemPage audit={updated ?? loaded.value} accountId={accountId} itemId={itemId} onUpdated={setUpdated} />
    </>
  );
}
