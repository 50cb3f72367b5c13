import type { ItemStatus } from '../../main/engine/audit/model.ts';
import { STATUS_LABEL as LABEL } from '../../main/shared/glossary.ts';

const COLOUR: Record<ItemStatus, string> = {
  pass: 'nhsuk-tag--green',
  fail: 'nhsuk-tag--red',
  unknown: 'nhsuk-tag--orange',
  manual: 'nhsuk-tag--blue',
  'not-applicable': 'nhsuk-tag--grey',
};

/** An item's status in words (colour only repeats what the words say). */
export function StatusTag({ status }: { status: ItemStatus }): React.JSX.Element {
  return <strong className={`nhsuk-tag app-status-tag ${COLOUR[status]}`}>{LABEL[status]}</strong>;
}

export function statusLabel(status: ItemStatus): string {
  return LABEL[status];
}
