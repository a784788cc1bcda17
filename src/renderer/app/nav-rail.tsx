import { AccountSwitcher } from './account-switcher';
import { SectionIcon } from './icons';
import { SECTIONS, useNav } from './nav-store';

export function NavRail() {
  const section = useNav((s) => s.section);
  const go = useNav((s) => s.go);
  return (
    <aside className="rail">
      <div className="rail-brand" aria-hidden="true">
        <span className="rail-logo">◉</span> Campaign Desk
      </div>
      <AccountSwitcher />
      <nav aria-label="Main">
        <ul className="rail-nav">
          {SECTIONS.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={section === item.id ? 'rail-link is-active' : 'rail-link'}
                aria-current={section === item.id ? 'page' : undefined}
                onClick={() => go(item.id)}
              >
                <SectionIcon section={item.id} />
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
