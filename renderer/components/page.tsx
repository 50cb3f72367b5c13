import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One screen: its heading receives focus when the screen opens, so keyboard and screen-reader
 * users start at the top of what changed; unless `focusHeading` is false, when something above it
 * (a success banner) takes focus instead.
 */
export function Page({ title, caption, children, focusHeading = true }: {
  title: string;
  caption?: string | undefined;
  children: ReactNode;
  focusHeading?: boolean;
}): React.JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
    document.title = `${title} – Chaperone`;
  }, [title, focusHeading]);
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1} ref={heading}>
        {caption !== undefined && <span className="nhsuk-caption-l">{caption}<span className="nhsuk-u-visually-hidden"> – </span></span>}
        {title}
      </h1>
      {children}
    </>
  );
}
