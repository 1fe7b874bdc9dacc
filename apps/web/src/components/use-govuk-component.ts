import { Button, ErrorSummary, NotificationBanner, ServiceNavigation, SkipLink } from 'govuk-frontend';
import { RefObject, useEffect } from 'react';

type Component =
  | typeof Button
  | typeof ErrorSummary
  | typeof NotificationBanner
  | typeof ServiceNavigation
  | typeof SkipLink;

/**
 * Starts GOV.UK Frontend's JavaScript for one element once React has put it on the page. `initAll` scans the
 * page once, at load; a single-page app adds components later, so each starts itself, as `createAll` would.
 */
export function useGovukComponent(ref: RefObject<HTMLElement | null>, component: Component): void {
  useEffect(() => {
    const root = ref.current;
    // React runs effects twice in development; GOV.UK marks what it started and refuses a second start
    if (!root || root.hasAttribute(`data-${component.moduleName}-init`)) return;
    new component(root);
  }, [ref, component]);
}
