import { Button, NotificationBanner } from 'govuk-frontend';
import { FormEvent, ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Problem } from '../api/problem';
import { useGovukComponent } from './use-govuk-component';

const SERVICE_NAME = 'DHR case management';

/** Each page names itself in the title bar, and says "Error:" first while it shows an error (GOV.UK pattern). */
export function usePageTitle(title: string, problem?: Problem): void {
  useEffect(() => {
    document.title = `${problem ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, problem]);
}

export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}

/** A page whose record could not be read: not found, not allowed, or the service failed. */
export function PageProblem({ problem }: { problem: Problem }) {
  // a malformed id in the address (400) is, to the reader, a page that does not exist
  const notFound = problem.status === 404 || problem.status === 400;
  const title = notFound
    ? 'Page not found'
    : problem.status === 403
      ? 'You do not have access to this page'
      : 'Sorry, there is a problem with the service';
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {problem.status === 400 ? 'If you typed the web address, check it is correct.' : problem.detail}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </>
  );
}

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="govuk-back-link">
      {children}
    </Link>
  );
}

/** A link that looks like a button (GOV.UK "start"-style); GOV.UK's script makes the space bar press it. */
export function ButtonLink({
  to,
  children,
  secondary,
}: {
  to: string;
  children: ReactNode;
  secondary?: boolean;
}) {
  const ref = useRef<HTMLAnchorElement>(null);
  useGovukComponent(ref, Button);
  return (
    <Link
      ref={ref}
      to={to}
      role="button"
      draggable="false"
      className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`}
      data-module="govuk-button"
    >
      {children}
    </Link>
  );
}

/** A GOV.UK button; pair it with useSingleFlight so that a double click sends one request. */
export function ActionButton({
  children,
  variant,
  type = 'button',
  onClick,
}: {
  children: ReactNode;
  variant?: 'secondary' | 'warning';
  type?: 'button' | 'submit';
  onClick?: () => void;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  useGovukComponent(ref, Button);
  return (
    <button
      ref={ref}
      type={type}
      className={`govuk-button${variant ? ` govuk-button--${variant}` : ''}`}
      data-module="govuk-button"
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/**
 * Runs one piece of work at a time and ignores calls while it runs: a double click on a button, or Enter
 * pressed twice, sends one request (a second update would carry a stale If-Match and fail with 412).
 */
export function useSingleFlight(): (work: () => Promise<void>) => Promise<void> {
  const busy = useRef(false);
  return useCallback(async (work) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  }, []);
}

type SingleFlight = ReturnType<typeof useSingleFlight>;

/** A form's submit handler: the browser does not post the form; the handler gets its fields, one at a time. */
export function onFormSubmit(once: SingleFlight, handler: (form: FormData) => Promise<void>) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void once(() => handler(form));
  };
}

export interface Notice {
  notice: string;
}

/**
 * The success banner after a change that moved the user to another page (the message travels in the
 * history entry's state). It is read once, then cleared, so reloading the page does not repeat it.
 */
export function SuccessBanner({ message }: { message?: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const [carried] = useState(() => (location.state as Notice | null)?.notice);
  useEffect(() => {
    if (carried) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    // only on arrival: later navigations carry their own message
  }, []);
  const text = message ?? carried;
  return text ? <Banner key={text} text={text} /> : null;
}

function Banner({ text }: { text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, NotificationBanner);
  return (
    <div
      ref={ref}
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="notification-banner-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}

export function Tag({ colour, children }: { colour?: string; children: ReactNode }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}
