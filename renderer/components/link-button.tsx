import type { ReactNode } from 'react';
import type { Route } from '../routes.ts';
import { useNavigation } from '../hooks/navigation.ts';

/** A link to another screen of the app (a real link, so it reads and works as one). */
export function AppLink({ to, children, className = 'nhsuk-link' }: { to: Route; children: ReactNode; className?: string }): React.JSX.Element {
  const { navigate } = useNavigation();
  return (
    <a className={className} href={`#${to.name}`} onClick={(event) => { event.preventDefault(); navigate(to); }}>
      {children}
    </a>
  );
}
