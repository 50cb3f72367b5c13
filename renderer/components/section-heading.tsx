import type { ReactNode } from 'react';

/** The level of a section's heading: 2 on a screen of its own, 3 inside a section of a longer screen. */
export type SectionLevel = 2 | 3;

/** A small section heading at the level its place in the page needs, so headings never skip a level. */
export function SectionHeading({ level, id, children }: { level: SectionLevel; id: string; children: ReactNode }): React.JSX.Element {
  return level === 2
    ? <h2 className="nhsuk-heading-m" id={id}>{children}</h2>
    : <h3 className="nhsuk-heading-s" id={id}>{children}</h3>;
}
