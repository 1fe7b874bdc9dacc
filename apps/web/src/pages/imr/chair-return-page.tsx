import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { formProblem, Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { fieldError } from '../../components/error-summary';
import { ActionButton, Notice, onFormSubmit, useSingleFlight } from '../../components/page';
import { Textarea, textValue } from '../../components/review-fields';
import { versionTag } from '../reviews/review-record-parts';
import { imrTitle } from './chair-imr-page';
import { imrProblem, ImrWorkspace, questionSection, useImr } from './imr-parts';
import { agencyName, ImrReviewFrame } from './scoping-parts';

/** The sections a comment can be on, in the order the IMR reads: each question, then the rest. */
function sectionsOf(imr: ImrWorkspace): { section: string; label: string; hint?: string }[] {
  return [
    ...imr.questions.map((question) => ({
      section: questionSection(question.number),
      label: `Question ${question.number} (optional)`,
      hint: question.text,
    })),
    { section: 'chronology', label: 'Chronology (optional)' },
    { section: 'good-practice', label: 'Good practice (optional)' },
    { section: 'lessons', label: 'Lessons learned (optional)' },
    { section: 'recommendations', label: 'Recommendations (optional)' },
    { section: 'independence', label: 'Statement of independence (optional)' },
    { section: 'general', label: 'General comments (optional)' },
  ];
}

/** A field id from a section name ("question-2" → "comment-question-2"). */
const fieldOf = (section: string) => `comment-${section}`;

/**
 * The chair sends an IMR back to the agency with a comment on each section that needs amending: only the
 * sections commented on are sent, and at least one comment is needed.
 */
export function ChairReturnPage() {
  const { reviewId = '', requestId = '' } = useParams();
  const navigate = useNavigate();
  const imr = useImr(requestId);
  const agencies = useAgencies(true);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const current = imr.data;
  const agency = current ? agencyName(agencies.data, current.request.agencyId) : 'Agency';
  const sections = current ? sectionsOf(current) : [];
  const labels = Object.fromEntries(
    sections.map((s) => [fieldOf(s.section), s.label.replace(' (optional)', '')]),
  );
  const error = (field: string) => fieldError(problem, field, labels);
  const first = sections[0] ? fieldOf(sections[0].section) : '';

  const submit = async (form: FormData) => {
    if (!current) return;
    const comments = sections
      .map(({ section }) => ({ section, comment: textValue(form, fieldOf(section)) ?? '' }))
      .filter((comment) => comment.comment);
    if (comments.length === 0) {
      return setProblem(
        formProblem([{ field: first, message: 'Enter a comment on at least one section of the IMR' }]),
      );
    }
    const result = await api.POST('/api/v1/imr-requests/{requestId}/return', {
      params: { path: { requestId } },
      headers: { 'if-match': versionTag(current.request.version) },
      body: { comments },
    });
    if (!result.data) {
      const found = imrProblem(result);
      // the api names a comment by its place in the list; the form names it by its section
      const errors = found.errors?.map((e) => {
        const index = /^comments\.(\d+)/.exec(e.field)?.[1];
        const section = index === undefined ? undefined : comments[Number(index)]?.section;
        return section
          ? { field: fieldOf(section), message: `${labels[fieldOf(section)]}: ${e.message}` }
          : e;
      });
      return setProblem({ ...found, errors });
    }
    const notice: Notice = { notice: `The IMR from ${agency} has been returned for amendment.` };
    void navigate(`/reviews/${reviewId}/imrs/${requestId}`, { state: notice });
  };

  return (
    <ImrReviewFrame
      title="Return for amendment"
      caption={current ? imrTitle(agency, current) : undefined}
      capability="work"
      back={{ to: `/imrs/${requestId}`, label: 'Back to the IMR' }}
      loading={{ problem: imr.problem, ready: current !== undefined }}
      problem={problem}
      labels={labels}
      stale={{
        what: 'this IMR',
        reload: () => {
          setProblem(undefined);
          imr.reload();
        },
      }}
    >
      {() =>
        current?.request.status !== 'submitted' ? (
          <p className="govuk-body">
            Only a submission that is with the chair can be returned. This one is{' '}
            {current?.request.statusLabel.toLowerCase()}.
          </p>
        ) : (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <p className="govuk-body">
                Say what the agency needs to amend. Comment only on the sections that need it; the author sees
                each comment beside its section.
              </p>
              <form onSubmit={onFormSubmit(once, submit)} noValidate>
                {sections.map(({ section, label, hint }) => (
                  <Textarea
                    key={section}
                    id={fieldOf(section)}
                    label={label}
                    hint={hint}
                    rows={3}
                    error={error(fieldOf(section))}
                  />
                ))}
                <ActionButton type="submit">Return for amendment</ActionButton>
              </form>
            </div>
          </div>
        )
      }
    </ImrReviewFrame>
  );
}
