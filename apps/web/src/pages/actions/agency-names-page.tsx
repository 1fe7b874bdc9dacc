import { useState } from 'react';
import { api } from '../../api/client';
import { Problem, toProblem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary } from '../../components/error-summary';
import {
  ActionButton,
  BackLink,
  Loading,
  SuccessBanner,
  usePageTitle,
  useSingleFlight,
} from '../../components/page';
import { formatDate } from './action-parts';

/**
 * The names the partnership's spreadsheets give its agencies ("WP" for the police), remembered from imports:
 * the coordinator sees which agency each stands for and forgets one chosen wrongly, so the next import asks
 * again.
 */
export function AgencyNamesPage() {
  const names = useFetched(() => api.GET('/api/v1/action-plan/agency-names'), []);
  const agencies = useAgencies(true);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const once = useSingleFlight();
  usePageTitle('Agency names in spreadsheets', problem ?? names.problem);
  const agencyName = (id: string) => agencies.data?.find((agency) => agency.id === id)?.name ?? '';

  const forget = (name: string) =>
    once(async () => {
      const result = await api.DELETE('/api/v1/action-plan/agency-names', { params: { query: { name } } });
      if (!result.response.ok) return setProblem(toProblem(result));
      setProblem(undefined);
      setNotice(`"${name}" has been forgotten: the next import will ask which agency it stands for.`);
      names.reload();
    });

  return (
    <>
      <BackLink to="/actions/import">Back to importing a spreadsheet</BackLink>
      <SuccessBanner message={notice} />
      <ErrorSummary problem={problem ?? names.problem} labels={{}} />
      <h1 className="govuk-heading-l">Agency names in spreadsheets</h1>
      <p className="govuk-body">
        When an imported spreadsheet names a lead agency in its own words, you choose the agency it stands
        for, and the next import remembers the choice.
      </p>
      {!names.data ? (
        !names.problem && <Loading />
      ) : names.data.items.length === 0 ? (
        <p className="govuk-body">No names are remembered yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Names remembered</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Name in the spreadsheet', 'Agency', 'Remembered on', ''].map((header, i) => (
                <th scope="col" className="govuk-table__header" key={i}>
                  {header || <span className="govuk-visually-hidden">Forget</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {names.data.items.map((item) => (
              <tr className="govuk-table__row" key={item.name}>
                <th scope="row" className="govuk-table__header">
                  {item.name}
                </th>
                <td className="govuk-table__cell">{agencyName(item.agencyId)}</td>
                <td className="govuk-table__cell">{formatDate(item.rememberedAt.slice(0, 10), '')}</td>
                <td className="govuk-table__cell">
                  <ActionButton variant="secondary" onClick={() => void forget(item.name)}>
                    Forget<span className="govuk-visually-hidden"> “{item.name}”</span>
                  </ActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
