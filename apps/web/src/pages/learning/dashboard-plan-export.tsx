import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { Problem, toProblem } from '../../api/problem';
import { ErrorSummary } from '../../components/error-summary';
import { useSingleFlight } from '../../components/page';
import { ActionStatus, RagRating } from '../actions/action-parts';

type Format = 'xlsx' | 'csv' | 'docx';

const FORMATS: readonly { format: Format; label: string }[] = [
  { format: 'xlsx', label: 'Excel' },
  { format: 'csv', label: 'CSV' },
  { format: 'docx', label: 'Word' },
];

/** The file's name as the api gives it (Content-Disposition), or one like it. */
function filenameOf(response: Response, format: Format): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename="?([^";]+)"?/i.exec(header);
  return match?.[1] ?? `action-plan.${format}`;
}

/**
 * "Download the plan" as Excel, CSV or Word, with the filters in the address (those of the action plan page),
 * fetched with the signed-in user's token and handed to the browser as a file.
 */
export function PlanDownloads() {
  const [search] = useSearchParams();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const filters = {
    agencyId: search.get('agencyId') ?? undefined,
    rag: (search.get('rag') ?? undefined) as RagRating | undefined,
    status: (search.get('status') ?? undefined) as ActionStatus | undefined,
    dueFrom: search.get('dueFrom') ?? undefined,
    dueTo: search.get('dueTo') ?? undefined,
  };
  const filtered = Object.values(filters).some(Boolean);

  const download = (format: Format) =>
    once(async () => {
      const result = await api.GET('/api/v1/action-plan/export', {
        params: { query: { ...filters, format } },
        parseAs: 'blob',
      });
      if (!result.data) return setProblem(toProblem(result));
      setProblem(undefined);
      const url = URL.createObjectURL(result.data as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filenameOf(result.response, format);
      link.click();
      URL.revokeObjectURL(url);
    });

  return (
    <section aria-labelledby="plan-download" className="govuk-!-margin-bottom-6">
      <ErrorSummary problem={problem} />
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="plan-download">
        Download the plan
      </h2>
      <p className="govuk-hint">
        {filtered ? 'The actions that match these filters' : 'Every action in the plan'}, laid out as in the
        partnership’s plan.
      </p>
      <div className="govuk-button-group">
        {FORMATS.map(({ format, label }) => (
          <button
            type="button"
            key={format}
            className="govuk-button govuk-button--secondary"
            onClick={() => void download(format)}
          >
            Download the plan as {label}
          </button>
        ))}
      </div>
    </section>
  );
}
