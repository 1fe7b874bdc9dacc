import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, Schemas } from '../api/client';
import { Problem, toProblem } from '../api/problem';
import { useAgencyTypes } from '../api/use-agency-types';
import { useFetched } from '../api/use-fetched';
import { ErrorSummary } from '../components/error-summary';
import {
  ActionButton,
  BackLink,
  Loading,
  onFormSubmit,
  PageProblem,
  SuccessBanner,
  Tag,
  usePageTitle,
  useSingleFlight,
} from '../components/page';
import { useSession } from '../session/session';
import { AGENCY_LABELS, AgencyFields, agencyFieldValues } from './agency-fields';

type AgencyChanges = Schemas['UpdateAgencyRequest'];

/** Change an agency, or mark it as no longer taking part (it stays on past records). */
export function AgencyPage() {
  const agencyId = useParams().agencyId ?? '';
  const agency = useFetched(
    () => api.GET('/api/v1/agencies/{agencyId}', { params: { path: { agencyId } } }),
    [agencyId],
  );
  const { can } = useSession();
  const types = useAgencyTypes();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const once = useSingleFlight();
  usePageTitle(agency.data?.name ?? 'Agency', problem);

  if (agency.problem) return <PageProblem problem={agency.problem} />;
  if (!agency.data || !types.data) return <Loading />;
  const current = agency.data;

  const update = async (changes: AgencyChanges, success: string) => {
    const result = await api.PATCH('/api/v1/agencies/{agencyId}', {
      params: { path: { agencyId } },
      headers: { 'if-match': agency.etag },
      body: changes,
    });
    if (!result.data) return setProblem(toProblem(result));
    setProblem(undefined);
    setNotice(success);
    agency.reload();
  };
  const change = (changes: AgencyChanges, success: string) => once(() => update(changes, success));
  const save = onFormSubmit(once, (form) =>
    update(agencyFieldValues(form), 'The agency’s details have been saved.'),
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/agencies">Back to agencies</BackLink>
        <SuccessBanner message={problem ? undefined : notice} />
        <ErrorSummary
          problem={problem}
          labels={AGENCY_LABELS}
          stale={{
            what: 'this agency',
            reload: () => {
              setProblem(undefined);
              agency.reload();
            },
          }}
        />
        <span className="govuk-caption-l">Agency</span>
        <h1 className="govuk-heading-l">{current.name}</h1>
        <p className="govuk-body">
          <Tag colour={current.active ? 'green' : 'grey'}>{current.active ? 'Active' : 'Inactive'}</Tag>
        </p>
        {can('audit.read') && (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/audit?entityType=agency&entityId=${current.id}`}>
              See every change to this agency
            </Link>
          </p>
        )}
        <h2 className="govuk-heading-m">Change details</h2>
        <form key={agency.etag} onSubmit={save} noValidate>
          <AgencyFields agency={current} types={types.data} problem={problem} />
          <ActionButton type="submit">Save changes</ActionButton>
        </form>
        <h2 className="govuk-heading-m">Taking part</h2>
        {current.active ? (
          <>
            <p className="govuk-body">
              Deactivate an agency that no longer takes part. It stays on the records it is already part of,
              but is no longer offered when you invite or change users.
            </p>
            <ActionButton
              variant="warning"
              onClick={() => void change({ active: false }, `${current.name} has been deactivated.`)}
            >
              Deactivate agency
            </ActionButton>
          </>
        ) : (
          <>
            <p className="govuk-body">
              This agency no longer takes part. It is not offered when you invite or change users.
            </p>
            <ActionButton
              variant="secondary"
              onClick={() => void change({ active: true }, `${current.name} is active again.`)}
            >
              Reactivate agency
            </ActionButton>
          </>
        )}
      </div>
    </div>
  );
}
