import type { Route } from '../routes.ts';
import { useNavigation } from '../hooks/navigation.ts';

const SECTIONS: { label: string; route: Route; matches: Route['name'][] }[] = [
  { label: 'Home', route: { name: 'home' }, matches: ['home', 'run', 'results', 'item', 'questions', 'question', 'check-answers', 'export', 'example'] },
  { label: 'Accounts', route: { name: 'accounts' }, matches: ['accounts'] },
  { label: 'History', route: { name: 'history' }, matches: ['history'] },
  { label: 'Settings', route: { name: 'settings' }, matches: ['settings', 'change-details'] },
];

/** The service header: skip link, name, and the sections (hidden during first run). */
export function AppHeader({ showNavigation }: { showNavigation: boolean }): React.JSX.Element {
  const { route, navigate } = useNavigation();
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
      <header className="nhsuk-header" role="banner">
        <div className="nhsuk-header__container nhsuk-width-container">
          <div className="nhsuk-header__service">
            <span className="nhsuk-header__service-name">Chaperone</span>
          </div>
        </div>
        {showNavigation && (
          <nav className="nhsuk-header__navigation" aria-label="Sections">
            <div className="nhsuk-header__navigation-container nhsuk-width-container">
              <ul className="nhsuk-header__navigation-list">
                {SECTIONS.map((section) => {
                  // Changing an account belongs to the section its Change link was in.
                  const current = section.matches.includes(route.name) || (route.name === 'change-account' && route.from === section.route.name);
                  return (
                    <li key={section.label} className={`nhsuk-header__navigation-item${current ? ' nhsuk-header__navigation-item--current' : ''}`}>
                      <a
                        className="nhsuk-header__navigation-link"
                        href={`#${section.route.name}`}
                        aria-current={current ? 'page' : undefined}
                        onClick={(event) => { event.preventDefault(); navigate(section.route); }}
                      >
                        {section.label}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          </nav>
        )}
      </header>
    </>
  );
}
