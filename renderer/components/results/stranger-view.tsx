import { SectionHeading, type SectionLevel } from '../section-heading.tsx';
import type { AccountReport } from './audit-facts.ts';

type Stranger = NonNullable<AccountReport['stranger']>;

function postsText(stranger: Stranger): string {
  if (stranger.postsProtected) return 'Protected: only approved followers can see them';
  if (stranger.postsVisible === null) return 'Could not tell';
  if (stranger.postsVisible === 0) return 'None visible';
  return `${String(stranger.postsVisible)} visible to anyone`;
}

function connectionsText(stranger: Stranger): string {
  if (stranger.connectionsVisible === null) return 'Could not tell';
  return stranger.connectionsVisible ? 'Anyone can open the list' : 'Not shown';
}

function Row({ label, value }: { label: string; value: string }): React.JSX.Element {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{value}</dd>
    </div>
  );
}

/** What someone who is not signed in sees of the profile. All of it is platform text: React text only. */
export function StrangerView({ stranger, headingId, level }: { stranger: AccountReport['stranger']; headingId: string; level: SectionLevel }): React.JSX.Element {
  const heading = <SectionHeading level={level} id={headingId}>What a stranger sees</SectionHeading>;
  if (stranger?.checked !== true) {
    return (
      <section className="app-stranger">
        {heading}
        <p className="nhsuk-body">Chaperone could not check what someone who is not signed in sees of this profile.</p>
        {stranger !== null && stranger.notes.length > 0 && (
          <ul className="nhsuk-list nhsuk-list--bullet">{stranger.notes.map((note) => <li key={note}>{note}</li>)}</ul>
        )}
      </section>
    );
  }
  const empty = 'Nothing shown';
  return (
    <section className="app-stranger">
      {heading}
      {stranger.loginWall ? (
        <p className="nhsuk-body">The platform asks strangers to sign in before they can see this profile.</p>
      ) : (
        <dl className="nhsuk-summary-list">
          <Row label="Profile" value={stranger.profileVisible ? 'Anyone can see it' : 'Not visible'} />
          <Row label="Name" value={stranger.name ?? empty} />
          <Row label="Bio" value={stranger.bio ?? empty} />
          <Row label="Workplace or headline" value={stranger.workplace ?? empty} />
          <Row label="Location" value={stranger.location ?? empty} />
          <Row label="Friends, followers or connections" value={connectionsText(stranger)} />
          <Row label="Posts" value={postsText(stranger)} />
        </dl>
      )}
      {stranger.notes.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">{stranger.notes.map((note) => <li key={note}>{note}</li>)}</ul>
      )}
    </section>
  );
}
