import { ServiceNavigation, SkipLink } from 'govuk-frontend';
import { ReactNode, RefObject, useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session/session';
import { DESTINATIONS, isOpenTo } from './navigation';
import { useGovukComponent } from './use-govuk-component';

/** The GOV.UK page template: skip link, header with the service and the user's partnership, main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const skipLink = useRef<HTMLAnchorElement>(null);
  useGovukComponent(skipLink, SkipLink);
  const main = useRef<HTMLElement>(null);
  useFocusOnNewPage(main);
  const { me } = useSession();
  return (
    <>
      <a ref={skipLink} href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container app-header__container">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                DHR case management
              </Link>
            </div>
            {me && (
              <p className="app-header__organisation">
                <span className="govuk-visually-hidden">Partnership: </span>
                {me.partnership?.name ?? 'System administration'}
              </p>
            )}
          </div>
        </div>
        {me && <Navigation />}
      </header>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
            <span className="govuk-phase-banner__text">
              This is a new service. Do not enter real case details yet.
            </span>
          </p>
        </div>
        <main className="govuk-main-wrapper app-main" id="main-content" ref={main} tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s app-footer__text">
                Domestic Homicide Reviews (Domestic Abuse Related Death Reviews) for Community Safety
                Partnerships in England and Wales
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}

/** The menu of places the user's roles allow, and signing out (GOV.UK service navigation). */
function Navigation() {
  const { me, can, signOut } = useSession();
  const { pathname } = useLocation();
  const root = useRef<HTMLDivElement>(null);
  useGovukComponent(root, ServiceNavigation);
  const items = DESTINATIONS.filter((destination) => isOpenTo(destination, can, me?.roles));
  return (
    <div className="govuk-service-navigation" data-module="govuk-service-navigation" ref={root}>
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const current = pathname === item.to || pathname.startsWith(`${item.to}/`);
                return (
                  <li
                    key={item.to}
                    className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.to}
                      aria-current={current ? (pathname === item.to ? 'page' : 'true') : undefined}
                    >
                      {current ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.title}</strong>
                      ) : (
                        item.title
                      )}
                    </Link>
                  </li>
                );
              })}
              <li className="govuk-service-navigation__item app-navigation__sign-out">
                <a
                  className="govuk-service-navigation__link"
                  href="/sign-in"
                  onClick={(event) => {
                    event.preventDefault();
                    // the page, now for signed-in users only, sends the user on to sign in
                    void signOut();
                  }}
                >
                  Sign out<span className="govuk-visually-hidden"> {me?.displayName}</span>
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}

/**
 * A new page in a single-page app keeps focus where the old one left it (often on a link that no longer
 * exists). Start from the top of the new page's content instead, as a full page load would, unless the new
 * page has already put focus somewhere in it (an error summary, a success banner).
 */
function useFocusOnNewPage(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    if (!main.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}
