import { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, Schemas } from '../../api/client';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, usePageTitle } from '../../components/page';
import { formatDate } from '../actions/action-parts';
import {
  CompletionBar,
  InlineRagBar,
  QUARTER_SERIES,
  QuarterColumnChart,
  RAG_SERIES,
  RagCounts,
  RagStackedBar,
} from './dashboard-charts';

type Dashboard = Schemas['LearningDashboardResponse'];

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * The action plan at a glance: counts by effective RAG (cards and a stacked bar), the overdue actions, and the
 * plan by agency, by theme, by review and by quarter. The coordinator and CSP chair see the whole partnership;
 * anyone else their agency's actions only (the api decides).
 */
export function LearningDashboardPage() {
  const dashboard = useFetched(() => api.GET('/api/v1/learning/dashboard'), []);
  usePageTitle('Learning', dashboard.problem);
  const data = dashboard.data;
  return (
    <>
      <ErrorSummary problem={dashboard.problem} />
      <h1 className="govuk-heading-l">Learning</h1>
      {!data ? (
        !dashboard.problem && <Loading />
      ) : (
        <>
          <p className="govuk-body">
            {data.scope === 'partnership'
              ? 'The partnership’s action plan'
              : 'Your agency’s actions in the partnership’s action plan'}{' '}
            on {formatDate(data.today)}: {plural(data.total, 'action')}.{' '}
            <Link className="govuk-link" to="/actions">
              See the action plan
            </Link>{' '}
            or{' '}
            <Link className="govuk-link" to="/learning/search">
              search lessons and recommendations
            </Link>
            .
          </p>
          <RagSummary rag={data.rag} overdue={data.overdue} />
          <RagTable
            caption="By lead agency"
            nameHeader="Lead agency"
            rows={data.byAgency.map((row) => ({ key: row.agencyId, name: row.agencyName, ...row }))}
            empty="There are no actions yet."
          />
          <RagTable
            caption="By theme"
            nameHeader="Theme"
            hint="Actions answering recommendations with the theme. An action can answer more than one."
            rows={data.byTheme.map((row) => ({ key: row.themeId, name: row.themeName, ...row }))}
            empty="No action answers a recommendation with a theme yet."
          />
          <ReviewCompletion rows={data.byReview} />
          <QuarterSection quarters={data.byQuarter} />
        </>
      )}
    </>
  );
}

function RagSummary({ rag, overdue }: { rag: RagCounts; overdue: number }) {
  return (
    <section aria-labelledby="by-rag">
      <h2 className="govuk-heading-m" id="by-rag">
        By RAG rating
      </h2>
      <ul className="govuk-list govuk-grid-row" style={{ marginBottom: 0 }}>
        {RAG_SERIES.map(({ key, label, colour }) => (
          <li className="govuk-grid-column-one-quarter" key={key}>
            <div
              data-rag={key}
              style={{
                borderTop: `8px solid ${colour}`,
                background: '#f3f2f1',
                padding: '10px 15px',
                marginBottom: 15,
              }}
            >
              <span className="govuk-heading-xl govuk-!-margin-bottom-0" style={{ display: 'block' }}>
                {rag[key]}
              </span>
              <span className="govuk-body govuk-!-font-weight-bold">{label}</span>
            </div>
          </li>
        ))}
      </ul>
      <RagStackedBar rag={rag} />
      <table className="govuk-visually-hidden">
        <caption>Actions by RAG rating</caption>
        <thead>
          <tr>
            {RAG_SERIES.map(({ key, label }) => (
              <th scope="col" key={key}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {RAG_SERIES.map(({ key }) => (
              <td key={key}>{rag[key]}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="govuk-warning-text govuk-!-margin-top-6" data-testid="overdue">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          {overdue === 0
            ? 'No action is overdue.'
            : `${plural(overdue, 'action is', 'actions are')} overdue: past the target date and not complete.`}
        </strong>
      </div>
    </section>
  );
}

interface RagRow {
  key: string;
  name: string;
  total: number;
  rag: RagCounts;
}

function RagTable(props: {
  caption: string;
  nameHeader: string;
  hint?: string;
  rows: RagRow[];
  empty: string;
}) {
  return (
    <>
      {props.rows.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">{props.caption}</h2>
          <p className="govuk-body">{props.empty}</p>
        </>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {props.caption}
            {props.hint && (
              <span
                className="govuk-hint govuk-!-margin-bottom-0 govuk-!-margin-top-1"
                style={{ display: 'block', fontWeight: 400 }}
              >
                {props.hint}
              </span>
            )}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <Header>{props.nameHeader}</Header>
              <Header numeric>Actions</Header>
              {RAG_SERIES.map(({ key, label }) => (
                <Header numeric key={key}>
                  {label}
                </Header>
              ))}
              <Header>
                <span className="govuk-visually-hidden">Share by rating (chart)</span>
              </Header>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {props.rows.map((row) => (
              <tr className="govuk-table__row" key={row.key}>
                <th scope="row" className="govuk-table__header">
                  {row.name}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.total}</td>
                {RAG_SERIES.map(({ key }) => (
                  <td className="govuk-table__cell govuk-table__cell--numeric" key={key}>
                    {row.rag[key]}
                  </td>
                ))}
                <td className="govuk-table__cell">
                  <InlineRagBar rag={row.rag} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Header({ numeric, children }: { numeric?: boolean; children: ReactNode }) {
  return (
    <th scope="col" className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
      {children}
    </th>
  );
}

function ReviewCompletion({ rows }: { rows: Dashboard['byReview'] }) {
  return (
    <section aria-labelledby="by-review">
      <h2 className="govuk-heading-m" id="by-review">
        Completion by review
      </h2>
      {rows.length === 0 ? (
        <p className="govuk-body">No action answers a review’s recommendations yet.</p>
      ) : (
        <dl className="govuk-summary-list">
          {rows.map((row) => (
            <div className="govuk-summary-list__row" key={row.reviewId}>
              <dt className="govuk-summary-list__key">
                <Link className="govuk-link" to={`/reviews/${row.reviewId}/recommendations`}>
                  {row.reviewReference}
                </Link>
              </dt>
              <dd className="govuk-summary-list__value">
                <CompletionBar closed={row.closed} total={row.total} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function QuarterSection({ quarters }: { quarters: Dashboard['byQuarter'] }) {
  return (
    <section aria-labelledby="by-quarter">
      <h2 className="govuk-heading-m" id="by-quarter">
        Change per quarter
      </h2>
      <QuarterColumnChart quarters={quarters} />
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          The last four quarters, oldest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <Header>Quarter</Header>
            {QUARTER_SERIES.map(({ key, label }) => (
              <Header numeric key={key}>
                {label}
              </Header>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {quarters.map((quarter) => (
            <tr className="govuk-table__row" key={quarter.start}>
              <th scope="row" className="govuk-table__header">
                {quarter.label}
              </th>
              {QUARTER_SERIES.map(({ key }) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={key}>
                  {quarter[key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
