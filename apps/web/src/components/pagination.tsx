import { Link, useSearchParams } from 'react-router';

/**
 * Lists are read a page at a time by cursor (keyset), so there is a next page but no page numbers. The cursor
 * sits in the address with the filters: back, forward and bookmarks all work.
 */
export function CursorPagination({
  nextCursor,
  firstLabel,
}: {
  nextCursor: string | null;
  firstLabel: string;
}) {
  const [search] = useSearchParams();
  const onLaterPage = search.has('cursor');
  if (!nextCursor && !onLaterPage) return null;
  // the list is replaced above the links: start reading it from the top, as a new page would
  const toTop = () => {
    window.scrollTo(0, 0);
    document.getElementById('main-content')?.focus({ preventScroll: true });
  };
  const withCursor = (cursor?: string) => {
    const params = new URLSearchParams(search);
    if (cursor) params.set('cursor', cursor);
    else params.delete('cursor');
    return `?${params.toString()}`;
  };
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pagination">
      {onLaterPage && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={withCursor()} onClick={toTop}>
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
              {firstLabel}
            </span>
          </Link>
        </div>
      )}
      {nextCursor && (
        <div className="govuk-pagination__next">
          <Link
            className="govuk-link govuk-pagination__link"
            to={withCursor(nextCursor)}
            rel="next"
            onClick={toTop}
          >
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
            <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
              Next page
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}

/** The non-empty fields of a filter form, as the address's query. */
export function filtersFrom(form: HTMLFormElement): Record<string, string> {
  const filters: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    const text = String(value).trim();
    if (text) filters[key] = text;
  });
  return filters;
}
