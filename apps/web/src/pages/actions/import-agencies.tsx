import { FormEvent } from 'react';
import { Agency } from '../../api/use-agencies';
import { ActionButton } from '../../components/page';

/**
 * The lead agencies a sheet names that the partnership does not know ("WP" for the police), and those given
 * one on this import or an earlier one (the partnership remembers them): the coordinator says which agency
 * each stands for, and previews again. Left unchosen, a name's rows stay errors.
 */
export function UnknownAgencies({
  names,
  agencies,
  chosen,
  onPreview,
}: {
  names: string[];
  agencies: Agency[];
  chosen: Record<string, string>;
  onPreview(aliases: Record<string, string>): void;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const aliases: Record<string, string> = {};
    names.forEach((name, i) => {
      const id = String(form.get(`agency-alias-${i}`) ?? '');
      if (id) aliases[name] = id;
    });
    onPreview(aliases);
  };
  return (
    <form onSubmit={submit} noValidate key={names.join('\n')}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Lead agencies not recognised
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name in the spreadsheet
            </th>
            <th scope="col" className="govuk-table__header">
              Agency of the partnership
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {names.map((name, i) => (
            <tr className="govuk-table__row" key={name}>
              <th scope="row" className="govuk-table__header">
                <label className="govuk-label" htmlFor={`agency-alias-${i}`}>
                  {name}
                </label>
              </th>
              <td className="govuk-table__cell">
                <select
                  className="govuk-select"
                  id={`agency-alias-${i}`}
                  name={`agency-alias-${i}`}
                  defaultValue={chosen[name] ?? ''}
                >
                  {!chosen[name] && <option value="">Not chosen: its rows stay errors</option>}
                  {agencies.map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agency.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionButton type="submit" variant="secondary">
        Preview again with these agencies
      </ActionButton>
    </form>
  );
}
