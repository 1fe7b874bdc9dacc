import { useEffect, useState } from 'react';
import { api, Schemas } from '../../api/client';
import { newIdempotencyKey, Problem, toProblem } from '../../api/problem';
import { ActionButton, Tag, useSingleFlight } from '../../components/page';
import { TableHead } from './scoping-parts';

type Check = Schemas['LatestChronologyCheckResponse'];
type Candidate = Schemas['DuplicateCandidateResponse'];
type Summary = Schemas['DuplicateEntrySummary'];
type Decision = NonNullable<Candidate['decision']>;

const POLL_EVERY_MS = 2000;

const DECISIONS: Record<Decision, { label: string; colour: string; notice: string }> = {
  linked: {
    label: 'Same event',
    colour: 'green',
    notice: 'The two entries have been recorded as the same event.',
  },
  dismissed: {
    label: 'Not the same',
    colour: 'grey',
    notice: 'The two entries have been recorded as different events.',
  },
};

/** Where the check stands, in words for the live region. */
function progressText(check: Check): string {
  switch (check.status) {
    case 'queued':
      return 'Waiting for the background worker to start the check.';
    case 'running':
      return `Checking the chronology: ${check.progress}% done, ${check.entriesChecked} entries checked so far.`;
    case 'done':
      return `The check is complete: ${check.entriesChecked} entries checked, ${check.pairsFound} likely ${
        check.pairsFound === 1 ? 'duplicate' : 'duplicates'
      } found.`;
    case 'failed':
      return 'The check could not be completed. Start the check again.';
  }
}

const unfinished = (check: Check | undefined) => check?.status === 'queued' || check?.status === 'running';

/**
 * The duplicate check, for those who work on the review: it runs as a background job, so its progress is
 * read every 2 seconds while it is queued or running (and no longer once it ends or the page is left); the
 * pairs it finds are shown side by side for the chair to say whether they record the same event.
 */
export function DuplicateCheck(props: {
  reviewId: string;
  onProblem(problem: Problem | undefined): void;
  onDecided(notice: string): void;
}) {
  const { reviewId, onProblem } = props;
  const [check, setCheck] = useState<Check>();
  const [loaded, setLoaded] = useState(false);
  const [generation, setGeneration] = useState(0);
  const once = useSingleFlight();

  useEffect(() => {
    let current = true;
    let timer: number | undefined;
    const read = async () => {
      const result = await api.GET('/api/v1/reviews/{reviewId}/chronology/duplicate-checks/latest', {
        params: { path: { reviewId } },
      });
      if (!current) return;
      setLoaded(true);
      if (result.data) {
        setCheck(result.data);
        if (unfinished(result.data)) timer = window.setTimeout(() => void read(), POLL_EVERY_MS);
      } else if (result.response.status !== 404) {
        onProblem(toProblem(result));
      }
    };
    void read();
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [reviewId, generation]);

  const start = () =>
    once(async () => {
      const result = await api.POST('/api/v1/reviews/{reviewId}/chronology/duplicate-checks', {
        params: { path: { reviewId } },
        headers: { 'idempotency-key': newIdempotencyKey() },
      });
      if (!result.data) return onProblem(toProblem(result));
      onProblem(undefined);
      setCheck({ ...result.data, candidates: [] });
      setGeneration((g) => g + 1);
    });

  const decide = (candidate: Candidate, decision: Decision) =>
    once(async () => {
      const result = await api.POST('/api/v1/reviews/{reviewId}/chronology/links', {
        params: { path: { reviewId } },
        body: { entryA: candidate.entryA.id, entryB: candidate.entryB.id, decision },
      });
      if (!result.data) return onProblem(toProblem(result));
      onProblem(undefined);
      props.onDecided(DECISIONS[decision].notice);
      setGeneration((g) => g + 1);
    });

  return (
    <section aria-labelledby="duplicates-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="duplicates-heading">
        Check for likely duplicates
      </h2>
      <p className="govuk-body">
        Agencies may each record the same event. The check compares every pair of entries from different
        agencies whose dates overlap, and lists those whose events read alike, for you to decide whether they
        are the same event.
      </p>
      <div aria-live="polite" role="status">
        {check && (
          <p className="govuk-body govuk-!-font-weight-bold" id="duplicate-check-progress">
            {progressText(check)}
          </p>
        )}
      </div>
      {check?.status === 'running' && (
        <progress
          className="govuk-!-margin-bottom-4"
          max={100}
          value={check.progress}
          aria-labelledby="duplicate-check-progress"
        />
      )}
      {loaded && !unfinished(check) && (
        <ActionButton variant="secondary" onClick={() => void start()}>
          {check ? 'Check again' : 'Check for likely duplicates'}
        </ActionButton>
      )}
      {check?.status === 'done' &&
        (check.candidates.length ? (
          check.candidates.map((candidate, index) => (
            <CandidatePair
              key={`${candidate.entryA.id} ${candidate.entryB.id}`}
              number={index + 1}
              candidate={candidate}
              onDecide={(decision) => void decide(candidate, decision)}
            />
          ))
        ) : (
          <p className="govuk-body">No likely duplicates were found.</p>
        ))}
    </section>
  );
}

function CandidatePair(props: { number: number; candidate: Candidate; onDecide(decision: Decision): void }) {
  const { candidate, number } = props;
  const { entryA, entryB } = candidate;
  const decided = candidate.decision ? DECISIONS[candidate.decision] : undefined;
  const cell = (summary: Summary, key: keyof Summary) => (
    <td className="govuk-table__cell" style={{ width: '40%' }}>
      {summary[key]}
    </td>
  );
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          Possible duplicate {number}
          {decided && (
            <>
              {' '}
              <Tag colour={decided.colour}>{decided.label}</Tag>
            </>
          )}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            The two entries of possible duplicate {number}
          </caption>
          <TableHead
            columns={[<span className="govuk-visually-hidden">Detail</span>, 'First entry', 'Second entry']}
          />
          <tbody className="govuk-table__body">
            {(
              [
                ['Agency', 'agencyName'],
                ['Date', 'date'],
                ['Event', 'event'],
              ] as const
            ).map(([label, key]) => (
              <tr className="govuk-table__row" key={key}>
                <th scope="row" className="govuk-table__header">
                  {label}
                </th>
                {cell(entryA, key)}
                {cell(entryB, key)}
              </tr>
            ))}
          </tbody>
        </table>
        <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Why they may be the same</h4>
        <ul className="govuk-list govuk-list--bullet">
          {candidate.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <p className="govuk-body">
          {decided
            ? `You recorded: ${decided.label.toLowerCase()}. You can change this.`
            : 'Not decided yet.'}
        </p>
        <div className="govuk-button-group govuk-!-margin-bottom-0">
          {(Object.keys(DECISIONS) as Decision[]).map((decision) => (
            <button
              key={decision}
              type="button"
              className={`govuk-button govuk-!-margin-bottom-0${
                decision === 'dismissed' ? ' govuk-button--secondary' : ''
              }`}
              data-module="govuk-button"
              aria-pressed={candidate.decision === decision}
              onClick={() => props.onDecide(decision)}
            >
              {DECISIONS[decision].label}
              <span className="govuk-visually-hidden"> (possible duplicate {number})</span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
