import { AppLink } from '../link-button.tsx';

/** No audits yet: the two useful next steps. */
export function EmptyHistory(): React.JSX.Element {
  return (
    <>
      <p className="nhsuk-body">You have not run an audit yet. Each audit you run is kept here, so you can see your score over time and what changed.</p>
      <ul className="nhsuk-list">
        <li><AppLink to={{ name: 'run' }}>Run your first audit</AppLink></li>
        <li><AppLink to={{ name: 'example' }}>See an example audit</AppLink></li>
      </ul>
    </>
  );
}
