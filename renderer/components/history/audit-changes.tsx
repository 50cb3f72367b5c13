import { useEffect, useRef } from 'react';
import type { AuditComparison, AuditSummary } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { Loading } from '../loading.tsx';
import { Problem } from '../problem.tsx';
import { ChangeGroups } from './change-groups.tsx';
import { longDate } from '../../dates.ts';

/**
 * What changed between an audit and the one before it. `focus` moves the keyboard here when the
 * user asked for this audit's changes, so they land on what they chose.
 */
export function AuditChanges({ audit, focus }: { audit: AuditSummary; focus: boolean }): React.JSX.Element {
  const comparison = useAsync<AuditComparison>(() => chaperone().history.compare({ auditId: audit.id }), audit.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (focus) heading.current?.focus(); }, [focus]);
  return (
    <section aria-labelledby="changes-heading">
      <h2 className="nhsuk-heading-m" id="changes-heading" tabIndex={-1} ref={heading}>
        What changed in the audit of {longDate(audit.startedAt)}
      </h2>
      {comparison.state === 'loading' && <Loading what="the changes" />}
      {comparison.state === 'failed' && (
        <Problem title="Chaperone could not compare this audit with the one before">
          <p>{comparison.message}</p>
        </Problem>
      )}
      {comparison.state === 'ready' && (comparison.value.previous === null
        ? <p className="nhsuk-body">This is the first audit in your history, so there is nothing to compare it with yet. After your next audit, this part shows what changed.</p>
        : (
          <>
            <p className="nhsuk-body">Compared with the audit of {longDate(comparison.value.previous.startedAt)}, using each item&apos;s result after any checks you ran again.</p>
            <ChangeGroups comparison={comparison.value} />
          </>
        ))}
    </section>
  );
}
