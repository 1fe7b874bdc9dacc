import { useSearchParams } from 'react-router';
import { api, Schemas } from '../api/client';
import { useFetched } from '../api/use-fetched';
import { ErrorSummary } from '../components/error-summary';
import { formatDateTime } from '../components/labels';
import { Loading, usePageTitle } from '../components/page';
import { CursorPagination } from '../components/pagination';
import { SummaryList, SummaryRow } from '../components/summary-list';

type Message = Schemas['MailboxMessageResponse'];

/** Where emails land while no mail server is configured (development): invitation links can be followed here. */
export function MailboxPage() {
  const [search] = useSearchParams();
  const cursor = search.get('cursor') ?? undefined;
  const messages = useFetched(
    () => api.GET('/api/v1/mailbox', { params: { query: { limit: 20, cursor } } }),
    [cursor],
  );
  usePageTitle('Mailbox', messages.problem);
  return (
    <>
      <ErrorSummary problem={messages.problem} />
      <h1 className="govuk-heading-l">Mailbox</h1>
      <p className="govuk-body">
        Emails the service has sent, newest first. They are kept here because no mail server is configured, as
        in development. Links in them work as they would in the email.
      </p>
      {!messages.data && !messages.problem && <Loading />}
      {messages.data?.items.length === 0 && <p className="govuk-body">No emails have been sent yet.</p>}
      {messages.data?.items.map((message) => (
        <MailboxMessage message={message} key={message.id} />
      ))}
      {messages.data && <CursorPagination nextCursor={messages.data.nextCursor} firstLabel="Newest emails" />}
    </>
  );
}

function MailboxMessage({ message }: { message: Message }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{message.subject}</h2>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="To">{message.to}</SummaryRow>
          <SummaryRow label="Written">{formatDateTime(message.createdAt)}</SummaryRow>
          <SummaryRow label="Delivered">
            {message.deliveredAt ? formatDateTime(message.deliveredAt) : 'Not yet'}
          </SummaryRow>
        </SummaryList>
        <h3 className="govuk-heading-s">Message</h3>
        <p className="govuk-body app-pre-wrap">{withLinks(message.body ?? '')}</p>
      </div>
    </div>
  );
}

/** The email's text, its web addresses made into links. */
function withLinks(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a className="govuk-link" href={part} key={index}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
