import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { newIdempotencyKey, Problem, toProblem } from '../../api/problem';
import { ErrorSummary, fieldError } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import {
  ActionButton,
  BackLink,
  Loading,
  Notice,
  onFormSubmit,
  PageProblem,
  SuccessBanner,
  Tag,
  usePageTitle,
  useSingleFlight,
} from '../../components/page';
import { versionTag } from '../reviews/review-record-parts';
import { NOT_FOUND, useThemes } from './learning-parts';

const LABELS = { name: 'Name' };

/** The partnership's themes, for tagging lessons and recommendations: the coordinator adds and keeps them. */
export function ThemesPage() {
  const themes = useThemes();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [formKey, setFormKey] = useState(0);
  const once = useSingleFlight();
  usePageTitle('Themes', problem);

  if (themes.problem) return <PageProblem problem={themes.problem} />;
  if (!themes.data) return <Loading />;

  const submit = async (form: FormData) => {
    const result = await api.POST('/api/v1/themes', {
      headers: { 'idempotency-key': idempotencyKey },
      body: { name: String(form.get('name') ?? '') },
    });
    if (!result.data) {
      setNotice(undefined);
      return setProblem(toProblem(result));
    }
    setProblem(undefined);
    setNotice(`${result.data.name} has been added.`);
    setIdempotencyKey(newIdempotencyKey());
    setFormKey((k) => k + 1);
    themes.reload();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SuccessBanner message={problem ? undefined : notice} />
        <ErrorSummary problem={problem} labels={LABELS} />
        <h1 className="govuk-heading-l">Themes</h1>
        <p className="govuk-body">
          Themes group the lessons and recommendations of the partnership’s reviews, such as risk assessment
          or information sharing. An inactive theme stays on what it was given to, but cannot be chosen again.
        </p>
        {themes.data.length ? (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Themes</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Change</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {themes.data.map((theme) => (
                <tr className="govuk-table__row" key={theme.id}>
                  <th scope="row" className="govuk-table__header">
                    {theme.name}
                  </th>
                  <td className="govuk-table__cell">
                    {theme.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    <Link className="govuk-link" to={`/themes/${theme.id}`}>
                      Change<span className="govuk-visually-hidden"> {theme.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="govuk-body">No themes have been added yet.</p>
        )}
        <h2 className="govuk-heading-m">Add a theme</h2>
        <form key={formKey} onSubmit={onFormSubmit(once, submit)} noValidate>
          <TextInput
            id="name"
            label={LABELS.name}
            hint="For example, Information sharing"
            width="govuk-input--width-30"
            error={fieldError(problem, 'name', LABELS)}
          />
          <ActionButton type="submit">Add theme</ActionButton>
        </form>
      </div>
    </div>
  );
}

/** Renames a theme, or deactivates it (and reactivates it). */
export function ThemePage() {
  const themeId = useParams().themeId ?? '';
  const navigate = useNavigate();
  const themes = useThemes();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const theme = themes.data?.find((t) => t.id === themeId);
  usePageTitle(theme ? `Change ${theme.name}` : 'Change a theme', problem);

  if (themes.problem) return <PageProblem problem={themes.problem} />;
  if (!themes.data) return <Loading />;
  if (!theme) return <PageProblem problem={NOT_FOUND} />;

  const change = async (body: { name?: string; active?: boolean }, done: string) => {
    const result = await api.PATCH('/api/v1/themes/{themeId}', {
      params: { path: { themeId } },
      headers: { 'if-match': versionTag(theme.version) },
      body,
    });
    if (!result.data) return setProblem(toProblem(result));
    const notice: Notice = { notice: done.replace('{name}', result.data.name) };
    void navigate('/themes', { state: notice });
  };
  const rename = (form: FormData) =>
    change({ name: String(form.get('name') ?? '') }, '{name} has been renamed.');
  const toggle = () =>
    once(() =>
      change(
        { active: !theme.active },
        theme.active ? '{name} has been deactivated.' : '{name} has been reactivated.',
      ),
    );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/themes">Back to themes</BackLink>
        <ErrorSummary
          problem={problem}
          labels={LABELS}
          stale={{ what: 'the theme', reload: () => (setProblem(undefined), themes.reload()) }}
        />
        <span className="govuk-caption-l">Themes</span>
        <h1 className="govuk-heading-l">Change {theme.name}</h1>
        <form key={theme.version} onSubmit={onFormSubmit(once, rename)} noValidate>
          <TextInput
            id="name"
            label={LABELS.name}
            width="govuk-input--width-30"
            defaultValue={theme.name}
            error={fieldError(problem, 'name', LABELS)}
          />
          <ActionButton type="submit">Save name</ActionButton>
        </form>
        <h2 className="govuk-heading-m">{theme.active ? 'Deactivate the theme' : 'Reactivate the theme'}</h2>
        <p className="govuk-body">
          {theme.active
            ? 'An inactive theme stays on the lessons and recommendations that have it, but cannot be chosen again.'
            : 'The theme is inactive. Reactivate it to let people choose it again.'}
        </p>
        <ActionButton variant={theme.active ? 'warning' : 'secondary'} onClick={() => void toggle()}>
          {theme.active ? 'Deactivate theme' : 'Reactivate theme'}
        </ActionButton>
      </div>
    </div>
  );
}
