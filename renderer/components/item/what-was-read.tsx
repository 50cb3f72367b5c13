import type { ItemStatus } from '../../../main/engine/audit/model.ts';
import type { ManualAnswer, Recheck } from '../../../main/shared/api-contract.ts';
import { SELF_CHECK_TEXT } from '../../../main/shared/audit-view.ts';
import { answerLabel } from '../../../main/shared/answer-words.ts';
import { AppLink } from '../link-button.tsx';
import type { Route } from '../../routes.ts';
import type { ItemReport } from '../results/audit-facts.ts';
import { dateTimeText } from '../../dates.ts';
import { observedText, SOURCE_LABEL, valueText } from '../results/words.ts';

function Row({ label, children }: { label: string; children: React.ReactNode }): React.JSX.Element {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

function CouldNotCheck({ reason, manualCheck }: { reason: string | null; manualCheck: string | null }): React.JSX.Element {
  return (
    <>
      <p className="nhsuk-body">Chaperone could not check this. {reason ?? ''}</p>
      {manualCheck !== null && (
        <>
          <h3 className="nhsuk-heading-s">How to check it yourself</h3>
          <p className="nhsuk-body">{manualCheck}</p>
        </>
      )}
    </>
  );
}

/** A question: what the person answered, or that it is theirs to answer. */
function YourAnswer({ item, answer, question }: { item: ItemReport; answer: ManualAnswer | null; question: Route }): React.JSX.Element {
  if (answer === null) {
    return (
      <>
        <p className="nhsuk-body">Only you can answer this: {item.question}</p>
        <p className="nhsuk-body"><AppLink to={question}>Answer it</AppLink></p>
      </>
    );
  }
  return (
    <>
      <dl className="nhsuk-summary-list">
        <Row label="Question">{item.question}</Row>
        <Row label="You answered">{answerLabel(item, answer.answer)}</Row>
        {answer.note !== '' && <Row label="Your note">{answer.note}</Row>}
        <Row label="Answered">{dateTimeText(answer.answeredAt)}</Row>
      </dl>
      <p className="nhsuk-body"><AppLink to={question}>Change your answer</AppLink></p>
    </>
  );
}

/** What was read and where, or why nothing could be, and how to check by hand; what the person found or answered, as theirs. */
export function WhatWasRead({ item, status, recheck, answer, question }: {
  item: ItemReport; status: ItemStatus; recheck: Recheck | null; answer: ManualAnswer | null;
  /** Where this item's question is answered, for a question. */
  question: Route;
}): React.JSX.Element {
  const expected = item.expected === null ? null : item.expected.map(valueText).join(' or ');
  if (item.status === 'manual') return <YourAnswer item={item} answer={answer} question={question} />;
  if (recheck?.byYou !== undefined) {
    return (
      <>
        {status === 'unknown' && <CouldNotCheck reason={recheck.reason} manualCheck={item.manualCheck} />}
        <dl className="nhsuk-summary-list">
          <Row label="Checked by you">{dateTimeText(recheck.at)}</Row>
          <Row label="What you found">{SELF_CHECK_TEXT[recheck.byYou.found]}</Row>
          {recheck.byYou.note !== '' && <Row label="Your note">{recheck.byYou.note}</Row>}
          {expected !== null && <Row label="Set correctly when it is">{expected}</Row>}
        </dl>
        <p className="nhsuk-body-s">Chaperone itself could not read this setting: this is what you recorded.</p>
      </>
    );
  }
  if (status === 'not-applicable') return <p className="nhsuk-body">This does not apply. {item.reason ?? ''}</p>;
  if (status === 'unknown') return <CouldNotCheck reason={recheck?.reason ?? item.reason} manualCheck={item.manualCheck} />;
  if (recheck !== null) {
    return (
      <dl className="nhsuk-summary-list">
        <Row label="Setting read when you checked again">{recheck.observed === null ? 'Nothing could be read' : observedText(recheck.observed)}</Row>
        {expected !== null && <Row label="Passes when it is">{expected}</Row>}
        <Row label="Checked">{dateTimeText(recheck.at)}</Row>
      </dl>
    );
  }
  if (item.observed === null) return <CouldNotCheck reason={item.reason} manualCheck={item.manualCheck} />;
  return (
    <dl className="nhsuk-summary-list">
      <Row label="Setting read">{valueText(item.observed.value)}</Row>
      {expected !== null && <Row label="Passes when it is">{expected}</Row>}
      <Row label="Read from">{SOURCE_LABEL[item.observed.source]}</Row>
      <Row label="Checked">{dateTimeText(item.observed.readAt)}</Row>
    </dl>
  );
}
