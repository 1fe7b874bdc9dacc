import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { ApiResult, formProblem, newIdempotencyKey, Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { fieldError } from '../../components/error-summary';
import { Checkboxes } from '../../components/fields';
import { ActionButton, Notice, onFormSubmit, useSingleFlight } from '../../components/page';
import { Textarea, textValue } from '../../components/review-fields';
import { approximateDateValue, ApproximateDateFields } from './approximate-date-fields';
import { linesOf, ReviewSubPage, TermsVersion, useTermsVersions } from './panel-parts';
import { reviewProblem } from './review-parts';

export const TERMS_LABELS = {
  purpose: 'Purpose of the review',
  periodFrom: 'Start of the period under review',
  periodTo: 'End of the period under review',
  agencyIds: 'Agencies in scope',
  questions: 'Case-specific questions',
  equalityAndDiversity: 'Equality and diversity',
  familyInvolvement: 'Family involvement',
  parallelProcesses: 'Parallel processes',
  revisionNote: 'Revision note',
};

type TermsBody = Schemas['TermsOfReferenceRequest'];

/** The api speaks of a date's parts ("season is needed..."): say which end of the period it is. */
function termsProblem(result: { error?: unknown; response: Response }): Problem {
  const problem = reviewProblem(result);
  const ends: Record<string, string> = { periodFrom: 'Start of the period', periodTo: 'End of the period' };
  const errors = problem.errors?.map((error) => {
    const end = ends[error.field.split('.')[0] ?? ''];
    return end && /^[a-z]/.test(error.message) ? { ...error, message: `${end}: ${error.message}` } : error;
  });
  return { ...problem, errors };
}

/** The form's content as the api takes it, or the problems the browser can see in the period already. */
function bodyFrom(form: FormData): { body?: TermsBody; problems: Problem | undefined } {
  const from = approximateDateValue(form, 'periodFrom', 'the start of the period');
  const to = approximateDateValue(form, 'periodTo', 'the end of the period');
  const problems = [...from.problems, ...to.problems];
  if (problems.length > 0 || !from.date || !to.date) return { problems: formProblem(problems) };
  return {
    problems: undefined,
    body: {
      purpose: String(form.get('purpose') ?? '').trim(),
      periodFrom: from.date,
      periodTo: to.date,
      agencyIds: form.getAll('agencyIds').map(String),
      questions: linesOf(form, 'questions'),
      equalityAndDiversity: textValue(form, 'equalityAndDiversity'),
      familyInvolvement: textValue(form, 'familyInvolvement'),
      parallelProcesses: textValue(form, 'parallelProcesses'),
      revisionNote: textValue(form, 'revisionNote'),
    },
  };
}

interface FormProps {
  title: string;
  button: string;
  /** what the form starts with: the draft, or the agreed version a revision copies */
  basis?: TermsVersion;
  /** a revision's note starts empty; a draft's keeps what it had */
  keepNote: boolean;
  loading: { problem?: Problem; ready: boolean };
  send(body: TermsBody): Promise<ApiResult<TermsVersion>>;
  success(saved: TermsVersion): string;
  reload(): void;
}

function TermsForm(props: FormProps) {
  const reviewId = useParams().reviewId ?? '';
  const navigate = useNavigate();
  const agencies = useAgencies(true);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const error = (field: string) => fieldError(problem, field, TERMS_LABELS);
  const basis = props.basis;

  const submit = async (form: FormData) => {
    const { body, problems } = bodyFrom(form);
    if (!body) return setProblem(problems);
    const result = await props.send(body);
    if (!result.data) return setProblem(termsProblem(result));
    const notice: Notice = { notice: props.success(result.data) };
    void navigate(`/reviews/${reviewId}/terms-of-reference`, { state: notice });
  };

  const inScope = basis?.agencyIds ?? [];
  const agencyOptions = (agencies.data ?? [])
    .filter((agency) => agency.active || inScope.includes(agency.id))
    .map((agency) => ({ value: agency.id, label: agency.name }));

  return (
    <ReviewSubPage
      title={props.title}
      capability="work"
      back={{ to: '/terms-of-reference', label: 'Back to the terms of reference' }}
      loading={{
        problem: props.loading.problem ?? agencies.problem,
        ready: props.loading.ready && agencies.data !== undefined,
      }}
      problem={problem}
      labels={TERMS_LABELS}
      stale={{
        what: 'the draft',
        reload: () => {
          setProblem(undefined);
          props.reload();
        },
      }}
    >
      {() => (
        <form key={basis?.version} onSubmit={onFormSubmit(once, submit)} noValidate>
          <Textarea
            id="purpose"
            label={TERMS_LABELS.purpose}
            hint="You can save a draft without it, but it is needed before the panel agrees the terms"
            defaultValue={basis?.purpose}
            error={error('purpose')}
          />
          <h2 className="govuk-heading-m">Period under review</h2>
          <ApproximateDateFields
            id="periodFrom"
            legend="When does the period under review start?"
            hint="As precisely as the review knows it"
            defaultValue={basis?.periodFrom as TermsBody['periodFrom']}
            error={error('periodFrom')}
          />
          <ApproximateDateFields
            id="periodTo"
            legend="When does the period under review end?"
            defaultValue={basis?.periodTo as TermsBody['periodTo']}
            error={error('periodTo')}
          />
          {agencyOptions.length > 0 ? (
            <Checkboxes
              id="agencyIds"
              label={TERMS_LABELS.agencyIds}
              hint="Select all that apply"
              options={agencyOptions}
              defaultValues={inScope}
              error={error('agencyIds')}
            />
          ) : (
            <p className="govuk-body">The partnership has no agencies yet.</p>
          )}
          <Textarea
            id="questions"
            label={TERMS_LABELS.questions}
            hint="One question on each line. They are numbered in this order, so IMR authors can answer “ToR 7”."
            rows={10}
            defaultValue={basis?.questions.map((q) => q.text).join('\n')}
            error={error('questions')}
          />
          <Textarea
            id="equalityAndDiversity"
            label="Equality and diversity (optional)"
            defaultValue={basis?.equalityAndDiversity ?? undefined}
            error={error('equalityAndDiversity')}
          />
          <Textarea
            id="familyInvolvement"
            label="Family involvement (optional)"
            defaultValue={basis?.familyInvolvement ?? undefined}
            error={error('familyInvolvement')}
          />
          <Textarea
            id="parallelProcesses"
            label="Parallel processes (optional)"
            hint="For example, the criminal trial or the inquest"
            defaultValue={basis?.parallelProcesses ?? undefined}
            error={error('parallelProcesses')}
          />
          <Textarea
            id="revisionNote"
            label="Revision note (optional)"
            hint="What changed and why, for example: Questions 11 and 12 added at the second panel meeting"
            rows={3}
            defaultValue={props.keepNote ? (basis?.revisionNote ?? undefined) : undefined}
            error={error('revisionNote')}
          />
          <ActionButton type="submit">{props.button}</ActionButton>
        </form>
      )}
    </ReviewSubPage>
  );
}

/** The first draft, or a revision starting from the latest agreed version. */
export function TermsDraftNewPage() {
  const reviewId = useParams().reviewId ?? '';
  const versions = useTermsVersions(reviewId);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const agreed = versions.data?.filter((v) => v.status === 'agreed').pop();
  const next = (versions.data?.length ?? 0) + 1;
  return (
    <TermsForm
      title={agreed ? `Revise the terms of reference (version ${next})` : 'Draft the terms of reference'}
      button="Save draft"
      basis={agreed}
      keepNote={false}
      loading={{ problem: versions.problem, ready: versions.data !== undefined }}
      reload={versions.reload}
      send={(body) =>
        api.POST('/api/v1/reviews/{reviewId}/terms-of-reference', {
          params: { path: { reviewId } },
          headers: { 'idempotency-key': idempotencyKey },
          body,
        })
      }
      success={(saved) => `Version ${saved.versionNumber} has been saved as a draft.`}
    />
  );
}

/** Changes the open draft, sent with If-Match of the version this page read. */
export function TermsDraftEditPage() {
  const { reviewId = '', versionId = '' } = useParams();
  const version = useTermsVersion(reviewId, versionId);
  const draft = version.data;
  const agreedProblem: Problem | undefined =
    draft?.status === 'agreed'
      ? {
          status: 403,
          code: 'terms_agreed',
          detail: `Version ${draft.versionNumber} has been agreed and cannot change: start a revision instead.`,
        }
      : undefined;
  return (
    <TermsForm
      title={`Change the draft (version ${draft?.versionNumber ?? ''})`}
      button="Save draft"
      basis={draft}
      keepNote
      loading={{ problem: version.problem ?? agreedProblem, ready: draft !== undefined }}
      reload={version.reload}
      send={(body) =>
        api.PATCH('/api/v1/reviews/{reviewId}/terms-of-reference/{versionId}', {
          params: { path: { reviewId, versionId } },
          headers: { 'if-match': version.etag },
          body,
        })
      }
      success={(saved) => `The draft of version ${saved.versionNumber} has been saved.`}
    />
  );
}

export function useTermsVersion(reviewId: string, versionId: string) {
  return useFetched(
    () =>
      api.GET('/api/v1/reviews/{reviewId}/terms-of-reference/{versionId}', {
        params: { path: { reviewId, versionId } },
      }),
    [reviewId, versionId],
  );
}
