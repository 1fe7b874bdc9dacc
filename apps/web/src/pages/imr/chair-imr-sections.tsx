import { ReactNode } from 'react';
import { Tag } from '../../components/page';
import { formatDate } from '../reviews/review-parts';
import { ChronologyEntry, ImrRevision, ImrWorkspace, sectionLabel } from './imr-parts';
import { TableHead } from './scoping-parts';

/** Text as it was written: its line breaks kept. */
export function Written({ text, empty }: { text: string | null | undefined; empty: string }) {
  return text?.trim() ? (
    <p className="govuk-body" style={{ whiteSpace: 'pre-line' }}>
      {text}
    </p>
  ) : (
    <p className="govuk-body govuk-hint">{empty}</p>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m">{title}</h2>
      {children}
    </section>
  );
}

function Items({ items, empty }: { items: string[]; empty: string }) {
  return items.length === 0 ? (
    <p className="govuk-body govuk-hint">{empty}</p>
  ) : (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item, index) => (
        <li key={index} style={{ whiteSpace: 'pre-line' }}>
          {item}
        </li>
      ))}
    </ul>
  );
}

/** Everything the agency wrote, section by section, as the chair reads it. */
export function ImrContent({
  imr,
  chronology,
}: {
  imr: ImrWorkspace;
  chronology: ChronologyEntry[] | undefined;
}) {
  return (
    <>
      <Section title="Answers to the terms of reference">
        {imr.questions.length === 0 && <p className="govuk-body">There are no questions to answer.</p>}
        {imr.questions.map((question) => (
          <div key={question.number} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
              Question {question.number}: {question.text}
              {question.addedSinceRequest && (
                <>
                  {' '}
                  <Tag colour="yellow">Added in version {question.addedInVersion}</Tag>
                </>
              )}
            </h3>
            <Written text={question.answer} empty="Not answered" />
          </div>
        ))}
      </Section>
      <Section title="Chronology">
        <ChronologyTable entries={chronology} />
      </Section>
      <Section title="Good practice">
        <Items items={imr.findings.goodPractice} empty="No good practice recorded" />
      </Section>
      <Section title="Lessons learned">
        <Items items={imr.findings.lessons} empty="No lessons recorded" />
      </Section>
      <Section title="Recommendations">
        {imr.recommendations.length === 0 ? (
          <p className="govuk-body govuk-hint">No recommendations made</p>
        ) : (
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Recommendations">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Recommendations</caption>
              <TableHead columns={['Recommendation', 'Lead', 'Action', 'Key milestone', 'Target date']} />
              <tbody className="govuk-table__body">
                {imr.recommendations.map((item, index) => (
                  <tr className="govuk-table__row" key={index}>
                    <td className="govuk-table__cell">{item.recommendation}</td>
                    <td className="govuk-table__cell">{item.lead}</td>
                    <td className="govuk-table__cell">{item.action}</td>
                    <td className="govuk-table__cell">{item.keyMilestone ?? 'None'}</td>
                    <td className="govuk-table__cell">{formatDate(item.targetDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title="Statement of independence">
        <Written text={imr.independenceStatement} empty="No statement given" />
      </Section>
    </>
  );
}

function ChronologyTable({ entries }: { entries: ChronologyEntry[] | undefined }) {
  if (!entries) return <p className="govuk-body">Loading the chronology…</p>;
  if (entries.length === 0) return <p className="govuk-body govuk-hint">No chronology entries</p>;
  return (
    <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Chronology">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Chronology</caption>
        <TableHead columns={['Date', 'Source', 'Subjects', 'Event', 'Action or outcome', 'Analysis']} />
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <td className="govuk-table__cell">
                {entry.date}
                {entry.approximate && <span className="govuk-hint"> (approximate)</span>}
              </td>
              <td className="govuk-table__cell">{entry.sourceReference ?? 'Not given'}</td>
              <td className="govuk-table__cell">{entry.subjects.join(', ') || 'None named'}</td>
              <td className="govuk-table__cell">{entry.event}</td>
              <td className="govuk-table__cell">{entry.actionOutcome ?? 'Not given'}</td>
              <td className="govuk-table__cell">{entry.analysis ?? 'Not given'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const OUTCOMES: Record<string, { label: string; colour: string }> = {
  returned: { label: 'Returned for amendment', colour: 'orange' },
  accepted: { label: 'Accepted', colour: 'green' },
};

const dateOf = (iso: string) => formatDate(iso.slice(0, 10));

/** Every version submitted: when, what became of it, and the comments it was sent back with. */
export function RevisionHistory({ revisions }: { revisions: ImrRevision[] }) {
  return (
    <Section title="Versions submitted">
      {revisions.length === 0 && <p className="govuk-body">Nothing has been submitted yet.</p>}
      {revisions.map((revision) => {
        const outcome = revision.outcome ? OUTCOMES[revision.outcome] : undefined;
        return (
          <div key={revision.revisionNumber} className="govuk-summary-card">
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">
                Version {revision.revisionNumber}, submitted {dateOf(revision.submittedAt)}
              </h3>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body">
                {outcome ? (
                  <Tag colour={outcome.colour}>{outcome.label}</Tag>
                ) : (
                  <Tag colour="purple">Awaiting a decision</Tag>
                )}
                {revision.decidedAt && ` on ${dateOf(revision.decidedAt)}`}
              </p>
              {revision.comments.length > 0 && (
                <dl className="govuk-summary-list govuk-!-margin-bottom-0">
                  {revision.comments.map((comment, index) => (
                    <div className="govuk-summary-list__row" key={index}>
                      <dt className="govuk-summary-list__key">{commentSection(comment.section)}</dt>
                      <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-line' }}>
                        {comment.comment}
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
          </div>
        );
      })}
    </Section>
  );
}

export const commentSection = (section: string) =>
  section === 'general' ? 'General comments' : sectionLabel(section);
