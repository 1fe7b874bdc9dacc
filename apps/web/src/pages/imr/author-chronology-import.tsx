import { MouseEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { newIdempotencyKey, Problem, toProblem } from '../../api/problem';
import { fieldError } from '../../components/error-summary';
import { FileUpload, fileValue } from '../../components/file-upload';
import { ActionButton, Notice, onFormSubmit, useSingleFlight } from '../../components/page';
import { Radios } from '../../components/review-fields';
import { ImrSubPage } from './author-shared';
import { ifMatch, imrProblem } from './imr-parts';

const LABELS = { file: 'Spreadsheet', mode: 'What to do with the rows' };

const COLUMN_NAMES: Record<string, string> = {
  date: 'date',
  time: 'time',
  sourceReference: 'source record',
  subjects: 'subjects',
  event: 'event',
  actionOutcome: 'action or outcome',
  analysis: 'analysis',
};

/**
 * Every bad row of the sheet, in the error summary, linked to the file input: the api names each problem
 * `rows.<row number>.<column>`; the file input itself says how many rows to fix.
 */
function importProblem(result: { error?: unknown; response: Response }): Problem {
  const problem = imrProblem(result);
  if (!problem.errors) return problem;
  const rows = new Set<string>();
  const errors = problem.errors.map((error) => {
    const match = /^rows\.(\d+)\.(\w+)$/.exec(error.field);
    if (!match) return error;
    rows.add(match[1] ?? '');
    return {
      field: 'file',
      message: `Row ${match[1]}, ${COLUMN_NAMES[match[2] ?? ''] ?? match[2]}: ${error.message}`,
    };
  });
  const summary =
    rows.size > 0
      ? [
          {
            field: 'file',
            message: `${rows.size} ${rows.size === 1 ? 'row has' : 'rows have'} problems: fix them in the spreadsheet and upload it again`,
          },
        ]
      : [];
  return { ...problem, errors: [...errors, ...summary] };
}

/** Beside the file input: how many rows to fix (each is in the summary), or what is wrong with the file. */
function fileError(problem: Problem | undefined): string | undefined {
  const messages = (problem?.errors ?? []).filter((e) => e.field === 'file').map((e) => e.message);
  return (
    messages.find((message) => / problems: fix them/.test(message)) ?? (messages.join('. ') || undefined)
  );
}

/** The template as a file: fetched with the user's token, then handed to the browser. */
async function downloadTemplate(requestId: string, format: 'xlsx' | 'csv', setProblem: (p: Problem) => void) {
  const result = await api.GET('/api/v1/imr-requests/{requestId}/chronology-template', {
    params: { path: { requestId }, query: { format } },
    parseAs: 'blob',
  });
  if (!result.data) return setProblem(toProblem(result));
  const url = URL.createObjectURL(result.data as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `chronology-template.${format}`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Download the chronology template (XLSX or CSV), and upload a filled-in one: all its rows, or none. */
export function ChronologyImportPage() {
  const requestId = useParams().requestId ?? '';
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const once = useSingleFlight();

  return (
    <ImrSubPage
      title="Upload a chronology spreadsheet"
      problem={problem}
      labels={LABELS}
      onReload={() => setProblem(undefined)}
    >
      {(_, editable, fetched) => {
        if (!editable) return <p className="govuk-body">The chronology cannot be changed now.</p>;
        const submit = async (form: FormData) => {
          const file = fileValue(form, 'file');
          if (!file) {
            return setProblem({
              status: 400,
              code: 'invalid',
              detail: 'Choose a spreadsheet to upload',
              errors: [{ field: 'file', message: 'Choose a spreadsheet to upload' }],
            });
          }
          const mode = form.get('mode') === 'replace' ? 'replace' : 'append';
          const result = await api.POST('/api/v1/imr-requests/{requestId}/chronology-import', {
            params: { path: { requestId }, query: { mode } },
            headers: { ...ifMatch(fetched.etag), 'idempotency-key': idempotencyKey },
            // the schema types a binary as a string; the browser sends the file itself in a FormData
            body: { file: file as unknown as string },
            bodySerializer: (body) => {
              const data = new FormData();
              data.append('file', body.file as unknown as File);
              return data;
            },
          });
          if (!result.data) {
            // a corrected file is a new upload
            setIdempotencyKey(newIdempotencyKey());
            return setProblem(importProblem(result));
          }
          const state: Notice = { notice: 'The spreadsheet has been added to the chronology.' };
          void navigate(`/imr/${requestId}/chronology`, { state });
        };
        const download = (format: 'xlsx' | 'csv') => (event: MouseEvent) => {
          event.preventDefault();
          void once(() => downloadTemplate(requestId, format, setProblem));
        };
        return (
          <>
            <h2 className="govuk-heading-m">Download the template</h2>
            <p className="govuk-body">
              Fill in one row an entry. Write dates as your records give them, for example 06/02/2014,
              mid-August 2013, spring 2007, c. 1985 or between March and May 2010.
            </p>
            <ul className="govuk-list">
              <li>
                <a className="govuk-link" href="#template-xlsx" id="template-xlsx" onClick={download('xlsx')}>
                  Download the template (Excel, XLSX)
                </a>
              </li>
              <li>
                <a className="govuk-link" href="#template-csv" id="template-csv" onClick={download('csv')}>
                  Download the template (CSV)
                </a>
              </li>
            </ul>
            <h2 className="govuk-heading-m">Upload a spreadsheet</h2>
            <form key={fetched.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
              <FileUpload
                id="file"
                label="Upload a spreadsheet"
                hint="An XLSX or CSV file laid out as the template. If any row has a problem, nothing is added."
                error={fileError(problem)}
              />
              <Radios
                id="mode"
                label={LABELS.mode}
                defaultValue="append"
                options={[
                  { value: 'append', label: 'Add them to the chronology' },
                  {
                    value: 'replace',
                    label: 'Replace your agency’s chronology with them',
                    hint: 'The entries already in the chronology are deleted.',
                  },
                ]}
                error={fieldError(problem, 'mode', LABELS)}
              />
              <ActionButton type="submit">Upload</ActionButton>
            </form>
          </>
        );
      }}
    </ImrSubPage>
  );
}
