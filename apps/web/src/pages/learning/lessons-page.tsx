import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { newIdempotencyKey, Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { fieldError } from '../../components/error-summary';
import { Checkboxes } from '../../components/fields';
import { ActionButton, ButtonLink, Notice, onFormSubmit, useSingleFlight } from '../../components/page';
import { Textarea } from '../../components/review-fields';
import { ReviewSubPage } from '../reviews/panel-parts';
import { reviewProblem } from '../reviews/review-parts';
import {
  checked,
  Lesson,
  NOT_FOUND,
  TermsQuestion,
  Theme,
  ThemeTags,
  themeOptions,
  useAgreedQuestions,
  useImrNames,
  useImrRequests,
  useLessons,
  useThemes,
} from './learning-parts';
import { versionTag } from '../reviews/review-record-parts';

const LABELS = {
  statement: 'Lesson statement',
  narrative: 'Narrative',
  questionNumbers: 'Terms of reference questions',
  imrRequestIds: 'IMRs',
  themeIds: 'Themes',
};

/** The review's lessons, numbered in the order they were added: what was learnt, and what it is linked to. */
export function ReviewLessonsPage() {
  const reviewId = useParams().reviewId ?? '';
  const lessons = useLessons(reviewId);
  const themes = useThemes();
  const imrName = useImrNames(reviewId);
  return (
    <ReviewSubPage
      title="Lessons"
      capability="view"
      back={{ to: '', label: 'Back to the review' }}
      loading={{
        problem: lessons.problem ?? themes.problem,
        ready: lessons.data !== undefined && themes.data !== undefined,
      }}
    >
      {(review) => (
        <>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/reviews/${reviewId}/recommendations`}>
              Recommendations of this review
            </Link>
          </p>
          {lessons.data?.length ? (
            lessons.data.map((lesson) => (
              <LessonSummary
                key={lesson.id}
                lesson={lesson}
                themes={themes.data ?? []}
                imrName={imrName}
                changeTo={
                  review.capabilities.includes('work')
                    ? `/reviews/${reviewId}/lessons/${lesson.id}`
                    : undefined
                }
              />
            ))
          ) : (
            <p className="govuk-body">No lessons have been recorded yet.</p>
          )}
          {review.capabilities.includes('work') && (
            <ButtonLink to={`/reviews/${reviewId}/lessons/new`}>Add a lesson</ButtonLink>
          )}
        </>
      )}
    </ReviewSubPage>
  );
}

function LessonSummary(props: {
  lesson: Lesson;
  themes: Theme[];
  imrName(id: string): string;
  changeTo?: string;
}) {
  const { lesson } = props;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`lesson-${lesson.number}`}>
      <h2 className="govuk-heading-m" id={`lesson-${lesson.number}`}>
        Lesson {lesson.number}
      </h2>
      <p className="govuk-body">
        <strong>{lesson.statement}</strong>
      </p>
      <p className="govuk-body" style={{ whiteSpace: 'pre-line' }}>
        {lesson.narrative}
      </p>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Terms of reference questions</dt>
          <dd className="govuk-summary-list__value">
            {lesson.questionNumbers.length
              ? lesson.questionNumbers.map((n) => `Question ${n}`).join(', ')
              : 'None'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">IMRs</dt>
          <dd className="govuk-summary-list__value">
            {lesson.imrRequestIds.length ? lesson.imrRequestIds.map(props.imrName).join(', ') : 'None'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Themes</dt>
          <dd className="govuk-summary-list__value">
            <ThemeTags ids={lesson.themeIds} themes={props.themes} />
          </dd>
        </div>
      </dl>
      {props.changeTo && (
        <p className="govuk-body">
          <Link className="govuk-link" to={props.changeTo}>
            Change<span className="govuk-visually-hidden"> lesson {lesson.number}</span>
          </Link>
        </p>
      )}
    </section>
  );
}

export function LessonNewPage() {
  return <LessonFormPage />;
}

export function LessonEditPage() {
  return <LessonFormPage lessonId={useParams().lessonId ?? ''} />;
}

/** Adds a lesson, or changes one: its statement, narrative, and links to questions, IMRs and themes. */
function LessonFormPage({ lessonId }: { lessonId?: string }) {
  const reviewId = useParams().reviewId ?? '';
  const navigate = useNavigate();
  const lessons = useLessons(reviewId);
  const themes = useThemes();
  const questions = useAgreedQuestions(reviewId);
  const imrs = useImrRequests(reviewId);
  const agencies = useAgencies(true);
  const [problem, setProblem] = useState<Problem>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const once = useSingleFlight();
  const error = (field: string) => fieldError(problem, field, LABELS);
  const lesson = lessonId ? lessons.data?.find((l) => l.id === lessonId) : undefined;
  const missing = lessonId && lessons.data && !lesson ? NOT_FOUND : undefined;

  const submit = async (form: FormData) => {
    const body = {
      statement: String(form.get('statement') ?? ''),
      narrative: String(form.get('narrative') ?? ''),
      questionNumbers: checked(form, 'questionNumbers').map(Number),
      imrRequestIds: checked(form, 'imrRequestIds'),
      themeIds: checked(form, 'themeIds'),
    };
    const result = lesson
      ? await api.PATCH('/api/v1/lessons/{lessonId}', {
          params: { path: { lessonId: lesson.id } },
          headers: { 'if-match': versionTag(lesson.version) },
          body,
        })
      : await api.POST('/api/v1/reviews/{reviewId}/lessons', {
          params: { path: { reviewId } },
          headers: { 'idempotency-key': idempotencyKey },
          body,
        });
    if (!result.data) return setProblem(reviewProblem(result));
    const notice: Notice = {
      notice: `Lesson ${result.data.number} has been ${lesson ? 'changed' : 'added'}.`,
    };
    void navigate(`/reviews/${reviewId}/lessons`, { state: notice });
  };

  const title = lesson ? `Change lesson ${lesson.number}` : 'Add a lesson';
  const agencyOf = (imr: { agencyId: string; kindLabel: string }) =>
    `${agencies.data?.find((a) => a.id === imr.agencyId)?.name ?? 'Unknown agency'} (${imr.kindLabel})`;
  return (
    <ReviewSubPage
      title={title}
      capability="work"
      back={{ to: '/lessons', label: 'Back to the lessons' }}
      loading={{
        problem: missing ?? lessons.problem ?? themes.problem ?? questions.problem ?? imrs.problem,
        ready: [lessons, themes, questions, imrs, agencies].every((read) => read.data !== undefined),
      }}
      problem={problem}
      labels={LABELS}
      stale={{ what: 'the lesson', reload: () => (setProblem(undefined), lessons.reload()) }}
    >
      {() => (
        <form key={lesson?.version} onSubmit={onFormSubmit(once, submit)} noValidate>
          <Textarea
            id="statement"
            label={LABELS.statement}
            hint="The lesson in a sentence or two, shown in bold"
            rows={3}
            defaultValue={lesson?.statement}
            error={error('statement')}
          />
          <Textarea
            id="narrative"
            label={LABELS.narrative}
            hint="What happened, and what it teaches"
            rows={8}
            defaultValue={lesson?.narrative}
            error={error('narrative')}
          />
          <QuestionBoxes
            questions={questions.data ?? []}
            chosen={lesson?.questionNumbers.map(String)}
            error={error('questionNumbers')}
          />
          {imrs.data?.length ? (
            <Checkboxes
              id="imrRequestIds"
              label="IMRs (optional)"
              hint="The IMRs the lesson comes from. Select all that apply."
              options={imrs.data.map((imr) => ({ value: imr.id, label: agencyOf(imr) }))}
              defaultValues={lesson?.imrRequestIds}
              error={error('imrRequestIds')}
            />
          ) : null}
          <ThemeBoxes themes={themes.data ?? []} chosen={lesson?.themeIds} error={error('themeIds')} />
          <ActionButton type="submit">{lesson ? 'Save changes' : 'Add lesson'}</ActionButton>
        </form>
      )}
    </ReviewSubPage>
  );
}

function QuestionBoxes(props: { questions: TermsQuestion[]; chosen?: string[]; error?: string }) {
  if (props.questions.length === 0) {
    return (
      <div className="govuk-inset-text">
        The terms of reference are not agreed yet, so the lesson cannot be linked to their questions.
      </div>
    );
  }
  return (
    <Checkboxes
      id="questionNumbers"
      label="Terms of reference questions (optional)"
      hint="The questions of the agreed terms of reference the lesson answers. Select all that apply."
      options={props.questions.map((q) => ({ value: String(q.number), label: `${q.number}. ${q.text}` }))}
      defaultValues={props.chosen}
      error={props.error}
    />
  );
}

export function ThemeBoxes(props: { themes: Theme[]; chosen?: string[]; error?: string }) {
  const options = themeOptions(props.themes, props.chosen);
  if (options.length === 0) return null;
  return (
    <Checkboxes
      id="themeIds"
      label="Themes (optional)"
      hint="Select all that apply."
      options={options}
      defaultValues={props.chosen}
      error={props.error}
    />
  );
}
