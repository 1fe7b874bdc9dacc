import { useEffect, useState } from 'react';
import { api, Schemas } from '../../api/client';
import { formProblem, Problem, toProblem } from '../../api/problem';

export type ImportJob = Schemas['PlanImportJobResponse'];

/** How often the page asks how a background import is going. */
const POLL_MS = 1000;

/**
 * Follows a background import until it finishes: asks every second, tells the reader how far it has got (in a
 * live region, so a screen reader hears it), and hands over the finished job or the problem that stopped it.
 */
export function ImportJobProgress({
  started,
  onFinished,
  onProblem,
}: {
  started: ImportJob;
  onFinished(job: ImportJob): void;
  onProblem(problem: Problem): void;
}) {
  const [job, setJob] = useState(started);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await api.GET('/api/v1/action-plan/import-jobs/{jobId}', {
        params: { path: { jobId: started.id } },
      });
      if (stopped) return;
      if (!result.data) return onProblem(toProblem(result));
      setJob(result.data);
      if (result.data.status === 'done') return onFinished(result.data);
      if (result.data.status === 'failed') return onProblem(formProblem(result.data.problems));
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // one poller per job; the callbacks are the page's and stay put
  }, [started.id]);

  const waiting = job.status === 'queued';
  return (
    <>
      <p className="govuk-body">
        <strong>{job.filename}</strong> is being imported in the background. You can leave this page: the
        import carries on, and nothing is changed unless every action can be imported.
      </p>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-!-font-weight-bold" htmlFor="import-progress">
          Progress
        </label>
        <progress
          id="import-progress"
          className="app-progress"
          max={Math.max(job.rowsTotal, 1)}
          value={job.rowsDone}
        />
      </div>
      <p className="govuk-body" role="status" aria-live="polite" id="import-status">
        {waiting
          ? `Waiting to start${job.problems.length > 0 ? `: ${job.problems[0]?.message}` : ''}`
          : `${job.rowsDone} of ${job.rowsTotal} actions written (${job.progress}%)`}
      </p>
    </>
  );
}
