import { useEffect, useRef, useState } from 'react';
import type { AppraisalDraft, AppraisalPreview } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { AppLink } from '../link-button.tsx';

type Preview = { state: 'loading' } | { state: 'ready'; value: AppraisalPreview } | { state: 'failed'; message: string };

/** How long to wait after the last key press before making the preview again. */
const PREVIEW_DELAY_MS = 300;

/**
 * Before saving (issue 14): what is still open, with links to where to deal with it, and the short
 * text as the summary will say it, made from what is on the screen now (not yet saved).
 */
export function SummaryPreview({ auditId, draft }: { auditId: string; draft: AppraisalDraft | null }): React.JSX.Element {
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const box = useRef<HTMLTextAreaElement>(null);
  const key = JSON.stringify(draft);
  useEffect(() => {
    // A draft with a mistake in it (the time spent) keeps the last good preview until it is corrected.
    if (draft === null) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      chaperone().report.previewAppraisal({ auditId, draft }).then(
        (value) => { if (current) setPreview({ state: 'ready', value }); },
        (error: unknown) => { if (current) setPreview({ state: 'failed', message: errorText(error) }); },
      );
    }, PREVIEW_DELAY_MS);
    return () => { current = false; clearTimeout(timer); };
    // The draft is compared by its content (key), not by identity: it is a new object each render.
  }, [auditId, key]);

  if (preview.state === 'loading') return <p className="nhsuk-body">Making the preview…</p>;
  if (preview.state === 'failed') return <p className="nhsuk-body">The preview could not be made: {preview.message}</p>;
  const { text, needsFixing, couldNotCheck, questionsUnanswered } = preview.value;
  const open = needsFixing + couldNotCheck + questionsUnanswered > 0;
  return (
    <section aria-labelledby="preview-heading">
      <h3 className="nhsuk-heading-s" id="preview-heading">Check the summary before you save it</h3>
      {open ? <OpenItems auditId={auditId} needsFixing={needsFixing} couldNotCheck={couldNotCheck} questionsUnanswered={questionsUnanswered} /> : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Nothing is left open: every setting that could be checked passed, and every question is answered.</p>
        </div>
      )}
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="summary-preview">Preview: the summary in short</label>
        <div className="nhsuk-hint" id="summary-preview-hint">
          What the two pages of the PDF say, as the short text file will hold it ({text.length.toLocaleString('en-GB')} characters). Paste it
          into a portfolio box, or save it below.
        </div>
        <textarea
          className="nhsuk-textarea app-export-summary" id="summary-preview" aria-describedby="summary-preview-hint"
          readOnly value={text} rows={16} ref={box} spellCheck={false}
        />
      </div>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => { box.current?.focus(); box.current?.select(); }}>
        Select all the text
      </button>
      <p className="nhsuk-body-s">Then copy it with Ctrl+C (Cmd+C on a Mac).</p>
    </section>
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** The design system's warning callout: what the summary will show as still to do. */
function OpenItems({ auditId, needsFixing, couldNotCheck, questionsUnanswered }: Omit<AppraisalPreview, 'text'> & { auditId: string }): React.JSX.Element {
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h4 className="nhsuk-card__heading"><span className="nhsuk-u-visually-hidden">Important: </span>Some things are still open</h4>
        <p className="nhsuk-body">You can save the summary now: it lists them as still to do, with target dates. Or deal with them first.</p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {needsFixing > 0 && <li>{plural(needsFixing, 'setting needs', 'settings need')} fixing</li>}
          {couldNotCheck > 0 && <li>{plural(couldNotCheck, 'setting', 'settings')} could not be checked: look at {couldNotCheck === 1 ? 'it' : 'them'} by hand</li>}
          {questionsUnanswered > 0 && <li>{plural(questionsUnanswered, 'question is', 'questions are')} not answered</li>}
        </ul>
        <ul className="nhsuk-list">
          {needsFixing + couldNotCheck > 0 && <li><AppLink to={{ name: 'results', auditId }}>Go to the results to fix or check settings</AppLink></li>}
          {questionsUnanswered > 0 && <li><AppLink to={{ name: 'questions', auditId }}>Answer the questions</AppLink></li>}
        </ul>
      </div>
    </div>
  );
}
