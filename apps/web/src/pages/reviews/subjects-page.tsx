import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { Problem, toProblem } from '../../api/problem';
import { Fetched, useFetched } from '../../api/use-fetched';
import { ActionButton, ButtonLink, Tag, useSingleFlight } from '../../components/page';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { ReviewSubPage } from './panel-parts';
import { formatDate } from './review-parts';

export type Subject = Schemas['SubjectResponse'];
type Identity = Schemas['SubjectIdentityResponse'];

export const SUBJECT_ROLE_LABELS: Record<Subject['role'], string> = {
  victim: 'Victim',
  perpetrator: 'Perpetrator',
  other: 'Other person',
};

export function useSubjects(reviewId: string): Fetched<Subject[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/subjects', { params: { path: { reviewId } } });
    return { ...result, data: result.data?.items };
  }, [reviewId]);
}

/** The review page's way here, beside the notification. */
export function SubjectsLink({ reviewId }: { reviewId: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={`/reviews/${reviewId}/subjects`}>
        Subjects (victim, perpetrator and others, by pseudonym)
      </Link>
    </p>
  );
}

const given = (value: string | null | undefined) => value || 'Not given';

/**
 * The people at the centre of the review, by pseudonym. A real identity is read only when asked for, one
 * subject at a time (each reading is audited), held only in this page's memory, and forgotten on leaving.
 */
export function SubjectsPage() {
  const reviewId = useParams().reviewId ?? '';
  const subjects = useSubjects(reviewId);
  return (
    <ReviewSubPage
      title="Subjects"
      capability="view"
      back={{ to: '', label: 'Back to the review' }}
      loading={{ problem: subjects.problem, ready: subjects.data !== undefined }}
    >
      {(review) => {
        const canAdminister = review.capabilities.includes('administer');
        const canSeeIdentities = review.capabilities.includes('view_identities');
        const list = subjects.data ?? [];
        return (
          <>
            <p className="govuk-body">
              Everyone at the centre of the review is known by a pseudonym. Use the pseudonym in every
              document and meeting.
            </p>
            {list.length === 0 && <p className="govuk-body">No subjects have been recorded yet.</p>}
            {list.map((subject) => (
              <SubjectCard
                key={subject.id}
                reviewId={reviewId}
                subject={subject}
                canAdminister={canAdminister}
                canSeeIdentity={canSeeIdentities}
              />
            ))}
            {canAdminister && <ButtonLink to={`/reviews/${reviewId}/subjects/new`}>Add a subject</ButtonLink>}
          </>
        );
      }}
    </ReviewSubPage>
  );
}

function SubjectCard({
  reviewId,
  subject,
  canAdminister,
  canSeeIdentity,
}: {
  reviewId: string;
  subject: Subject;
  canAdminister: boolean;
  canSeeIdentity: boolean;
}) {
  const base = `/reviews/${reviewId}/subjects/${subject.id}`;
  const titleId = `subject-${subject.id}-title`;
  const hidden = <span className="govuk-visually-hidden"> {subject.pseudonym}</span>;
  const actions = [
    canAdminister && (
      <Link className="govuk-link" to={base}>
        Change{hidden}
      </Link>
    ),
    canSeeIdentity && (
      <Link className="govuk-link" to={`${base}/identity`}>
        {subject.identityRecorded ? 'Replace real identity' : 'Record real identity'}
        {hidden}
      </Link>
    ),
  ].filter(Boolean);
  return (
    <section className="govuk-summary-card" aria-labelledby={titleId}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={titleId}>
          {subject.pseudonym}
        </h2>
        {actions.length > 0 && (
          <ul className="govuk-summary-card__actions">
            {actions.map((action, index) => (
              <li key={index} className="govuk-summary-card__action">
                {action}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="Role">{SUBJECT_ROLE_LABELS[subject.role]}</SummaryRow>
          <SummaryRow label="Sex">{given(subject.sex)}</SummaryRow>
          <SummaryRow label="Ethnicity">{given(subject.ethnicity)}</SummaryRow>
          <SummaryRow label="Age band">{given(subject.ageBand)}</SummaryRow>
          <SummaryRow label="Relationship to the victim">{given(subject.relationshipToVictim)}</SummaryRow>
          <SummaryRow label="Real identity">
            {subject.identityRecorded ? (
              <Tag colour="green">Identity recorded</Tag>
            ) : (
              <Tag colour="grey">No identity recorded</Tag>
            )}
          </SummaryRow>
        </SummaryList>
        {canSeeIdentity && subject.identityRecorded && <RealIdentity reviewId={reviewId} subject={subject} />}
      </div>
    </section>
  );
}

/** Fetched only on the click; kept in this component's state, so it goes when the page does. */
function RealIdentity({ reviewId, subject }: { reviewId: string; subject: Subject }) {
  const [identity, setIdentity] = useState<Identity>();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const shown = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (identity) shown.current?.focus();
  }, [identity]);

  const show = () =>
    once(async () => {
      const result = await api.GET('/api/v1/reviews/{reviewId}/subjects/{subjectId}/identity', {
        params: { path: { reviewId, subjectId: subject.id } },
        cache: 'no-store',
      });
      if (!result.data) return setProblem(toProblem(result));
      setProblem(undefined);
      setIdentity(result.data);
    });

  if (!identity) {
    return (
      <>
        {problem && (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {problem.detail}
          </p>
        )}
        <ActionButton variant="secondary" onClick={() => void show()}>
          Show real identity<span className="govuk-visually-hidden"> of {subject.pseudonym}</span>
        </ActionButton>
      </>
    );
  }
  return (
    <div ref={shown} tabIndex={-1} className="app-real-identity">
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          You are viewing a real identity. This is recorded in the audit log. Do not copy it into documents
          that leave the system.
        </strong>
      </div>
      <h3 className="govuk-heading-s">Real identity of {subject.pseudonym}</h3>
      <SummaryList>
        <SummaryRow label="Full name">{identity.fullName}</SummaryRow>
        <SummaryRow label="Other names">{given(identity.otherNames)}</SummaryRow>
        <SummaryRow label="Date of birth">
          {identity.dateOfBirth ? formatDate(identity.dateOfBirth) : 'Not given'}
        </SummaryRow>
        <SummaryRow label="Address">
          <span className="app-pre-wrap">{given(identity.address)}</span>
        </SummaryRow>
      </SummaryList>
      <ActionButton variant="secondary" onClick={() => setIdentity(undefined)}>
        Hide real identity<span className="govuk-visually-hidden"> of {subject.pseudonym}</span>
      </ActionButton>
    </div>
  );
}
