import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, Schemas } from '../../api/client';
import { FieldProblem, formProblem, Problem } from '../../api/problem';
import { Agency, useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary, fieldError } from '../../components/error-summary';
import { describedBy, FormGroup, Select } from '../../components/fields';
import { fileValue } from '../../components/file-upload';
import {
  ActionButton,
  BackLink,
  Loading,
  onFormSubmit,
  usePageTitle,
  useSingleFlight,
} from '../../components/page';
import {
  MappingForm,
  PlanMapping,
  PlanPreview,
  PreviewRows,
  PreviewSummary,
  previewProblem,
} from './import-preview';
import { ImportJob, ImportJobProgress } from './import-job';
import { UnknownAgencies } from './import-agencies';
import { LABELS, pageProblem, sendImport, sendImportJob, sendPreview, Upload } from './import-requests';

type ImportCounts = Schemas['PlanImportCountsItem'];

/**
 * Import an action plan kept in a spreadsheet: choose the file and its source, check the preview (adjusting
 * the columns if need be), then import it; nothing is written until the last step, and not at all if any row
 * has an error. A large plan imports in the background while the page shows its progress.
 */
export function PlanImportPage() {
  const agencies = useAgencies(false);
  const sources = useFetched(() => api.GET('/api/v1/recommendation-sources'), []);
  const reviews = useFetched(() => api.GET('/api/v1/reviews', { params: { query: { limit: 100 } } }), []);
  const [upload, setUpload] = useState<Upload>();
  const [mapping, setMapping] = useState<PlanMapping | null>(null);
  const [preview, setPreview] = useState<PlanPreview>();
  const [result, setResult] = useState<ImportCounts>();
  const [job, setJob] = useState<ImportJob>();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const step = result || job ? 3 : preview && upload ? 2 : 1;
  const sheetErrors = preview ? previewProblem(preview) : undefined;
  // the names still unknown, and those given an agency, now or on an earlier import (to change the choice)
  const chosenAgencies = { ...preview?.agencyAliases, ...upload?.agencyAliases };
  const agencyNames = [...new Set([...(preview?.unknownAgencies ?? []), ...Object.keys(chosenAgencies)])];
  const shownProblem = problem ?? sheetErrors?.problem;
  const title =
    step === 3
      ? result
        ? 'Action plan imported'
        : 'Importing the action plan'
      : step === 2
        ? 'Check the spreadsheet'
        : 'Import a spreadsheet';
  usePageTitle(title, shownProblem ?? agencies.problem ?? sources.problem);
  useEffect(() => {
    // each step is a new page to the reader: start at its top
    window.scrollTo(0, 0);
  }, [step]);

  const runPreview = (chosen: Upload, adjusted: PlanMapping | null) =>
    once(async () => {
      const answer = await sendPreview(chosen, adjusted);
      if (!answer.data) return setProblem(answer.problem);
      setProblem(undefined);
      setUpload(chosen);
      setMapping(adjusted);
      setPreview(answer.data);
    });

  const runImport = (chosen: Upload) =>
    once(async () => {
      if (preview?.runsAsJob) {
        const started = await sendImportJob(chosen, mapping);
        if (!started.data) return setProblem(started.problem);
        setProblem(undefined);
        return setJob(started.data);
      }
      const answer = await sendImport(chosen, mapping);
      if (!answer.data) return setProblem(answer.problem);
      setProblem(undefined);
      setResult(answer.data.counts);
    });

  const startAgain = () => {
    setJob(undefined);
    setProblem(undefined);
    setPreview(undefined);
    setUpload(undefined);
    setMapping(null);
  };

  if (step === 3 && result) {
    return (
      <ImportDone
        counts={result}
        onAgain={() => {
          setResult(undefined);
          startAgain();
        }}
      />
    );
  }

  return (
    <>
      {step === 1 ? (
        <BackLink to="/actions">Back to the action plan</BackLink>
      ) : (
        <a
          href="/actions/import"
          className="govuk-back-link"
          onClick={(event) => {
            event.preventDefault();
            startAgain();
          }}
        >
          Choose a different spreadsheet
        </a>
      )}
      <ErrorSummary
        problem={shownProblem ?? agencies.problem ?? sources.problem ?? reviews.problem}
        labels={{ ...LABELS, ...sheetErrors?.labels }}
      />
      <span className="govuk-caption-l">Step {step} of 3</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {job ? (
        <ImportJobProgress
          started={job}
          onFinished={(finished) => finished.counts && setResult(finished.counts)}
          onProblem={(stopped) => setProblem(pageProblem(stopped))}
        />
      ) : step === 1 || !upload || !preview ? (
        !agencies.data || !sources.data ? (
          !agencies.problem && !sources.problem && <Loading />
        ) : (
          <ChooseFile
            agencies={agencies.data}
            sources={sources.data.items}
            reviews={reviews.data?.items ?? []}
            problem={problem}
            onChosen={(chosen) => void runPreview(chosen, null)}
            onProblem={setProblem}
          />
        )
      ) : (
        <>
          <p className="govuk-body">
            <strong>{upload.file.name}</strong>: recommendations from {upload.sourceName}.
          </p>
          <PreviewSummary summary={preview.summary} />
          {preview.summary.errors === 0 ? (
            <ActionButton onClick={() => void runImport(upload)}>
              Import {preview.summary.actions} {preview.summary.actions === 1 ? 'action' : 'actions'}
              {preview.runsAsJob ? ' in the background' : ''}
            </ActionButton>
          ) : (
            <div className="govuk-inset-text">
              Nothing can be imported until every error is fixed. Correct the spreadsheet and choose it again,
              or change the columns below.
            </div>
          )}
          <h2 className="govuk-heading-m">The columns</h2>
          <p className="govuk-body">
            The columns were matched to the fields by the spreadsheet’s headings. If a field is in a different
            column, choose it and preview again.
          </p>
          {agencyNames.length > 0 && (
            <UnknownAgencies
              names={agencyNames}
              agencies={agencies.data ?? []}
              chosen={chosenAgencies}
              onPreview={(aliases) => void runPreview({ ...upload, agencyAliases: aliases }, mapping)}
            />
          )}
          <MappingForm preview={preview} onPreview={(adjusted) => void runPreview(upload, adjusted)} />
          <PreviewRows rows={preview.rows} agencies={agencies.data ?? []} />
        </>
      )}
    </>
  );
}

function ChooseFile({
  agencies,
  sources,
  reviews,
  problem,
  onChosen,
  onProblem,
}: {
  agencies: Agency[];
  sources: Schemas['SourceResponse'][];
  reviews: Schemas['ReviewSummaryResponse'][];
  problem: Problem | undefined;
  onChosen(upload: Upload): void;
  onProblem(problem: Problem): void;
}) {
  const once = useSingleFlight();
  const error = (field: string) => fieldError(problem, field, LABELS);
  const otherSources = sources.filter((source) => source.kind !== 'review');
  const sourceName = (value: string) => {
    const [kind, key] = value.split(/:(.*)/su);
    if (kind === 'review') return reviews.find((review) => review.id === key)?.reference ?? 'the review';
    const source = sources.find((candidate) => candidate.key === key);
    return source ? `${source.key}: ${source.name}` : (key ?? '');
  };
  const submit = async (form: FormData) => {
    const file = fileValue(form, 'file');
    const source = String(form.get('source') ?? '');
    const problems: FieldProblem[] = [];
    if (!file) problems.push({ field: 'file', message: 'Choose a spreadsheet to upload' });
    else if (!/\.(xlsx|csv)$/iu.test(file.name)) {
      problems.push({ field: 'file', message: 'The spreadsheet must be an XLSX or CSV file' });
    }
    if (!source) problems.push({ field: 'source', message: 'Choose where the recommendations come from' });
    if (!file || problems.length > 0) return onProblem(formProblem(problems));
    onChosen({
      file,
      source,
      sourceName: sourceName(source),
      defaultLeadAgencyId: String(form.get('defaultLeadAgencyId') ?? ''),
    });
    return Promise.resolve();
  };
  const fileProblem = error('file');
  const sourceProblem = error('source');
  const fileHint = 'An XLSX or CSV file, with a heading row above the actions';
  const sourceHint = 'A review’s recommendations are added to its own source';
  return (
    <form onSubmit={onFormSubmit(once, submit)} noValidate>
      <p className="govuk-body">
        Upload the action plan as an Excel (XLSX) or CSV file. You will see what will be imported before
        anything is changed.
      </p>
      <FormGroup id="file" label="Upload a spreadsheet" hint={fileHint} error={fileProblem}>
        <input
          className={`govuk-file-upload${fileProblem ? ' govuk-file-upload--error' : ''}`}
          id="file"
          name="file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={describedBy('file', fileHint, fileProblem)}
        />
      </FormGroup>
      <FormGroup id="source" label={LABELS['source'] ?? ''} hint={sourceHint} error={sourceProblem}>
        <select
          className={`govuk-select${sourceProblem ? ' govuk-select--error' : ''}`}
          id="source"
          name="source"
          defaultValue=""
          aria-describedby={describedBy('source', sourceHint, sourceProblem)}
        >
          <option value="">Choose a source</option>
          {otherSources.length > 0 && (
            <optgroup label="Recommendation sources">
              {otherSources.map((source) => (
                <option key={source.id} value={`source:${source.key}`}>
                  {source.key}: {source.name}
                </option>
              ))}
            </optgroup>
          )}
          {reviews.length > 0 && (
            <optgroup label="Reviews">
              {reviews.map((review) => (
                <option key={review.id} value={`review:${review.id}`}>
                  {review.reference}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </FormGroup>
      <Select
        id="defaultLeadAgencyId"
        label={`${LABELS['defaultLeadAgencyId']} (optional)`}
        hint="The lead agency of rows that do not name one"
        defaultValue=""
        error={error('defaultLeadAgencyId')}
        options={[
          { value: '', label: 'None: every row names its lead agency' },
          ...agencies.map((agency) => ({ value: agency.id, label: agency.name })),
        ]}
      />
      <ActionButton type="submit">Preview</ActionButton>
      <p className="govuk-body">
        <Link className="govuk-link" to="/actions/import/agency-names">
          Agency names remembered from earlier imports
        </Link>
      </p>
    </form>
  );
}

function ImportDone({ counts, onAgain }: { counts: ImportCounts; onAgain(): void }) {
  const items: [string, number][] = [
    ['Actions created', counts.actionsCreated],
    ['Actions updated', counts.actionsUpdated],
    ['Actions unchanged', counts.actionsUnchanged],
    ['Recommendations created', counts.recommendationsCreated],
    ['Progress updates added', counts.progressUpdatesAdded],
  ];
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">Action plan imported</h1>
        <div className="govuk-panel__body">
          {counts.actionsCreated + counts.actionsUpdated + counts.actionsUnchanged} actions in the spreadsheet
        </div>
      </div>
      <dl className="govuk-summary-list" id="import-counts">
        {items.map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="govuk-body">
        <Link className="govuk-link" to="/actions">
          Go to the action plan
        </Link>
      </p>
      <p className="govuk-body">
        <a
          className="govuk-link"
          href="/actions/import"
          onClick={(event) => {
            event.preventDefault();
            onAgain();
          }}
        >
          Import another spreadsheet
        </a>
      </p>
    </>
  );
}
