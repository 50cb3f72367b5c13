/** Shown while something loads; announced politely to screen readers. */
export function Loading({ what }: { what: string }): React.JSX.Element {
  return <p className="nhsuk-body" role="status">Loading {what}…</p>;
}
