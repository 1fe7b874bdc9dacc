import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { Problem } from '../../api/problem';
import { Agency, useAgencies } from '../../api/use-agencies';
import { fieldError } from '../../components/error-summary';
import { ActionButton, ButtonLink, Notice, onFormSubmit, Tag, useSingleFlight } from '../../components/page';
import { Radios } from '../../components/review-fields';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { PanelMeeting, ReviewSubPage, TermsVersion, useMeetings, useTermsVersions } from './panel-parts';
import { formatDate, reviewProblem } from './review-parts';
import { useTermsVersion } from './terms-of-reference-form';

const STATUS_TAGS: Record<string, { label: string; colour: string }> = {
  draft: { label: 'Draft', colour: 'yellow' },
  agreed: { label: 'Agreed', colour: 'green' },
};

function StatusTag({ version }: { version: TermsVersion }) {
  const tag = STATUS_TAGS[version.status] ?? { label: version.status, colour: 'grey' };
  return <Tag colour={tag.colour}>{tag.label}</Tag>;
}

const meetingLabel = (meetings: readonly PanelMeeting[] | undefined, id: string | null) => {
  const meeting = meetings?.find((m) => m.id === id);
  return meeting ? `Panel meeting of ${formatDate(meeting.heldOn)}` : 'Not agreed yet';
};

const optional = (value: string | null) => value ?? 'None given';

/** One version in full: purpose, period, agencies by name, the numbered questions and the rest. */
function TermsContent({ version, agencies }: { version: TermsVersion; agencies: readonly Agency[] }) {
  const nameOf = (id: string) => agencies.find((agency) => agency.id === id)?.name ?? 'Unknown agency';
  return (
    <>
      <SummaryList>
        <SummaryRow label="Purpose">{version.purpose || 'Not written yet'}</SummaryRow>
        <SummaryRow label="Period under review">
          {version.periodFrom.label} to {version.periodTo.label}
        </SummaryRow>
        <SummaryRow label="Agencies in scope">
          {version.agencyIds.length ? (
            <ul className="govuk-list">
              {version.agencyIds.map((id) => (
                <li key={id}>{nameOf(id)}</li>
              ))}
            </ul>
          ) : (
            'None chosen yet'
          )}
        </SummaryRow>
        <SummaryRow label="Equality and diversity">{optional(version.equalityAndDiversity)}</SummaryRow>
        <SummaryRow label="Family involvement">{optional(version.familyInvolvement)}</SummaryRow>
        <SummaryRow label="Parallel processes">{optional(version.parallelProcesses)}</SummaryRow>
        {version.revisionNote && <SummaryRow label="Revision note">{version.revisionNote}</SummaryRow>}
      </SummaryList>
      <h3 className="govuk-heading-s">Case-specific questions</h3>
      {version.questions.length ? (
        <ol className="govuk-list govuk-list--number">
          {version.questions.map((question) => (
            <li key={question.number} value={question.number}>
              {question.text}
            </li>
          ))}
        </ol>
      ) : (
        <p className="govuk-body">No questions yet.</p>
      )}
    </>
  );
}

function DraftActions({ reviewId, draft }: { reviewId: string; draft: TermsVersion }) {
  const base = `/reviews/${reviewId}/terms-of-reference/${draft.id}`;
  return (
    <ul className="govuk-list">
      <li>
        <Link className="govuk-link" to={`${base}/edit`}>
          Change the draft<span className="govuk-visually-hidden"> of version {draft.versionNumber}</span>
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to={`${base}/agree`}>
          Agree version {draft.versionNumber} at a panel meeting
        </Link>
      </li>
    </ul>
  );
}

/** The terms now agreed, in full; the draft in hand; and every version so far. */
export function TermsOfReferencePage() {
  const reviewId = useParams().reviewId ?? '';
  const versions = useTermsVersions(reviewId);
  const meetings = useMeetings(reviewId);
  const agencies = useAgencies(true);
  return (
    <ReviewSubPage
      title="Terms of reference"
      capability="view"
      back={{ to: '', label: 'Back to the review' }}
      loading={{
        problem: versions.problem ?? meetings.problem ?? agencies.problem,
        ready: !!versions.data && !!meetings.data && !!agencies.data,
      }}
    >
      {(review) => {
        const all = versions.data ?? [];
        const current = all.filter((v) => v.status === 'agreed').pop();
        const draft = all.find((v) => v.status === 'draft');
        const canWork = review.capabilities.includes('work');
        return (
          <>
            {current ? (
              <>
                <h2 className="govuk-heading-m">
                  Version {current.versionNumber}, agreed on {formatDate(current.agreedOn)}
                </h2>
                <p className="govuk-body">{meetingLabel(meetings.data, current.agreedAtMeetingId)}</p>
                <TermsContent version={current} agencies={agencies.data ?? []} />
              </>
            ) : (
              <p className="govuk-body">No version of the terms of reference has been agreed yet.</p>
            )}
            {draft ? (
              <div className="govuk-inset-text">
                <h2 className="govuk-heading-m">Version {draft.versionNumber} is a draft</h2>
                <p className="govuk-body">
                  <Link className="govuk-link" to={`/reviews/${reviewId}/terms-of-reference/${draft.id}`}>
                    View the draft of version {draft.versionNumber}
                  </Link>
                </p>
                {canWork && <DraftActions reviewId={reviewId} draft={draft} />}
              </div>
            ) : (
              canWork && (
                <ButtonLink to={`/reviews/${reviewId}/terms-of-reference/new`}>
                  {current ? 'Start a revision' : 'Draft the terms of reference'}
                </ButtonLink>
              )
            )}
            {all.length > 0 && (
              <>
                <h2 className="govuk-heading-m">Version history</h2>
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-visually-hidden">Version history</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      {['Version', 'Status', 'Agreed on', 'At meeting', 'Revision note'].map((h) => (
                        <th key={h} scope="col" className="govuk-table__header">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {all
                      .slice()
                      .reverse()
                      .map((version) => (
                        <tr className="govuk-table__row" key={version.id}>
                          <th scope="row" className="govuk-table__header">
                            <Link
                              className="govuk-link"
                              to={`/reviews/${reviewId}/terms-of-reference/${version.id}`}
                            >
                              <span className="govuk-visually-hidden">View version </span>
                              {version.versionNumber}
                            </Link>
                          </th>
                          <td className="govuk-table__cell">
                            <StatusTag version={version} />
                          </td>
                          <td className="govuk-table__cell">
                            {version.agreedOn ? formatDate(version.agreedOn) : 'Not agreed'}
                          </td>
                          <td className="govuk-table__cell">
                            {version.agreedAtMeetingId
                              ? meetingLabel(meetings.data, version.agreedAtMeetingId)
                              : 'Not agreed'}
                          </td>
                          <td className="govuk-table__cell">{version.revisionNote ?? 'None'}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </>
            )}
          </>
        );
      }}
    </ReviewSubPage>
  );
}

/** One version, as it was drafted or agreed. */
export function TermsVersionPage() {
  const { reviewId = '', versionId = '' } = useParams();
  const version = useTermsVersion(reviewId, versionId);
  const meetings = useMeetings(reviewId);
  const agencies = useAgencies(true);
  const shown = version.data;
  return (
    <ReviewSubPage
      title={`Terms of reference: version ${shown?.versionNumber ?? ''}`}
      capability="view"
      back={{ to: '/terms-of-reference', label: 'Back to the terms of reference' }}
      loading={{
        problem: version.problem ?? meetings.problem ?? agencies.problem,
        ready: !!shown && !!meetings.data && !!agencies.data,
      }}
    >
      {(review) =>
        shown && (
          <>
            <p className="govuk-body">
              <StatusTag version={shown} />{' '}
              {shown.agreedOn
                ? `Agreed on ${formatDate(shown.agreedOn)} at the ${meetingLabel(meetings.data, shown.agreedAtMeetingId).toLowerCase()}`
                : 'Not agreed yet'}
            </p>
            <TermsContent version={shown} agencies={agencies.data ?? []} />
            {shown.status === 'draft' && review.capabilities.includes('work') && (
              <DraftActions reviewId={reviewId} draft={shown} />
            )}
          </>
        )
      }
    </ReviewSubPage>
  );
}

const AGREE_LABELS = { meetingId: 'Panel meeting' };

/** The panel agrees a draft at one of its recorded meetings; it is agreed on that meeting's date. */
export function TermsAgreePage() {
  const { reviewId = '', versionId = '' } = useParams();
  const navigate = useNavigate();
  const version = useTermsVersion(reviewId, versionId);
  const meetings = useMeetings(reviewId);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const draft = version.data;
  const error = (field: string) => fieldError(problem, field, AGREE_LABELS);

  const submit = async (form: FormData) => {
    const result = await api.POST('/api/v1/reviews/{reviewId}/terms-of-reference/{versionId}/agreement', {
      params: { path: { reviewId, versionId } },
      headers: { 'if-match': version.etag },
      body: { meetingId: String(form.get('meetingId') ?? '') },
    });
    if (!result.data) {
      return setProblem(reviewProblem(result, { meetingId: 'Select the meeting that agreed the terms' }));
    }
    const notice: Notice = { notice: `Version ${result.data.versionNumber} has been agreed.` };
    void navigate(`/reviews/${reviewId}/terms-of-reference`, { state: notice });
  };

  return (
    <ReviewSubPage
      title={`Agree version ${draft?.versionNumber ?? ''} of the terms of reference`}
      capability="work"
      back={{ to: '/terms-of-reference', label: 'Back to the terms of reference' }}
      loading={{ problem: version.problem ?? meetings.problem, ready: !!draft && !!meetings.data }}
      problem={problem}
      labels={AGREE_LABELS}
      stale={{
        what: 'the draft',
        reload: () => {
          setProblem(undefined);
          version.reload();
        },
      }}
    >
      {() => (
        <>
          {problem?.code === 'terms_incomplete' && (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/reviews/${reviewId}/terms-of-reference/${versionId}/edit`}>
                Change the draft
              </Link>
            </p>
          )}
          {draft?.status === 'agreed' ? (
            <p className="govuk-body">This version was agreed on {formatDate(draft.agreedOn)}.</p>
          ) : meetings.data?.length ? (
            <form onSubmit={onFormSubmit(once, submit)} noValidate>
              <Radios
                id="meetingId"
                label="At which panel meeting was it agreed?"
                legendSize="m"
                hint="It is agreed on the date of that meeting"
                defaultValue={meetings.data[meetings.data.length - 1]?.id}
                options={meetings.data.map((meeting) => ({
                  value: meeting.id,
                  label: formatDate(meeting.heldOn),
                  hint: meeting.decisions[0],
                }))}
                error={error('meetingId')}
              />
              <ActionButton type="submit">Agree version {draft?.versionNumber}</ActionButton>
            </form>
          ) : (
            <div className="govuk-inset-text">
              The panel agrees the terms at a meeting.{' '}
              <Link className="govuk-link" to={`/reviews/${reviewId}/meetings/new`}>
                Record the meeting
              </Link>{' '}
              first.
            </div>
          )}
        </>
      )}
    </ReviewSubPage>
  );
}
