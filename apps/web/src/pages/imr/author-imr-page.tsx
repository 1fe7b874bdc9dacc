import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { Problem } from '../../api/problem';
import { ErrorSummary } from '../../components/error-summary';
import {
  ActionButton,
  BackLink,
  ButtonLink,
  Loading,
  PageProblem,
  SuccessBanner,
  Tag,
  usePageTitle,
  useSingleFlight,
} from '../../components/page';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { formatDate } from '../reviews/review-parts';
import { isEditable } from './author-shared';
import {
  ChairComment,
  ifMatch,
  ImrStatusTag,
  ImrWorkspace,
  imrProblem,
  OverdueTag,
  questionSection,
  returnedComments,
  sectionLabel,
  useImr,
} from './imr-parts';

type Progress = 'completed' | 'in_progress' | 'not_started';

interface Task {
  section: string;
  name: string;
  to: string;
  hint?: string;
  added?: boolean;
  progress: Progress;
}

/** The sections the kind of request asks for, each with how far it has got. */
function tasksOf(imr: ImrWorkspace, comments: ChairComment[]): Task[] {
  const base = `/imr/${imr.request.id}`;
  const commented = new Set(comments.map((comment) => comment.section));
  const progress = (section: string, done: boolean): Progress =>
    commented.has(section) ? 'in_progress' : done ? 'completed' : 'not_started';
  const questions = imr.questions.map((question) => ({
    section: questionSection(question.number),
    name: `Question ${question.number}`,
    to: `${base}/questions/${question.number}`,
    hint: question.text,
    added: question.addedSinceRequest,
    progress: progress(questionSection(question.number), Boolean(question.answer?.trim())),
  }));
  const task = (section: string, to: string, done: boolean): Task => ({
    section,
    name: sectionLabel(section),
    to: `${base}/${to}`,
    progress: progress(section, done),
  });
  const independence = task('independence', 'independence', Boolean(imr.independenceStatement?.trim()));
  if (imr.request.kind === 'nil_return') return [independence];
  if (imr.request.kind === 'summary') return [...questions, independence];
  return [
    ...questions,
    task('chronology', 'chronology', imr.chronologyEntries > 0),
    task('good-practice', 'good-practice', imr.findings.goodPractice.length > 0),
    task('lessons', 'lessons', imr.findings.lessons.length > 0),
    task('recommendations', 'recommendations', imr.recommendations.length > 0),
    independence,
  ];
}

function ProgressStatus({ progress }: { progress: Progress }) {
  if (progress === 'completed') return <>Completed</>;
  return progress === 'in_progress' ? (
    <Tag colour="light-blue">In progress</Tag>
  ) : (
    <Tag colour="blue">Not yet started</Tag>
  );
}

function TaskList({ tasks, comments }: { tasks: Task[]; comments: ChairComment[] }) {
  return (
    <ul className="govuk-task-list">
      {tasks.map((task) => {
        const id = `task-${task.section}`;
        const said = comments.filter((comment) => comment.section === task.section);
        const hinted = Boolean(task.hint || task.added || said.length);
        return (
          <li className="govuk-task-list__item govuk-task-list__item--with-link" key={task.section}>
            <div className="govuk-task-list__name-and-hint">
              <Link
                className="govuk-link govuk-task-list__link"
                to={task.to}
                aria-describedby={hinted ? `${id}-hint ${id}-status` : `${id}-status`}
              >
                {task.name}
              </Link>
              {hinted && (
                <div id={`${id}-hint`} className="govuk-task-list__hint">
                  {task.added && (
                    <>
                      <Tag colour="yellow">Added after the request</Tag>{' '}
                    </>
                  )}
                  {task.hint}
                  {said.map((comment, index) => (
                    <span className="govuk-!-display-block govuk-!-margin-top-1" key={index}>
                      <strong>Comment:</strong> {comment.comment}
                    </span>
                  ))}
                </div>
              )}
            </div>
            <div className="govuk-task-list__status" id={`${id}-status`}>
              <ProgressStatus progress={task.progress} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The sections sent back with the latest returned revision, at the top of the page. */
function ReturnedBanner({ comments }: { comments: ChairComment[] }) {
  if (comments.length === 0) return null;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="returned-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="returned-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">This IMR has been sent back for amendment</p>
        <ul className="govuk-list">
          {comments.map((comment, index) => (
            <li key={index}>
              <strong>{sectionLabel(comment.section)}:</strong> {comment.comment}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** One agency's IMR: its sections as a task list, then submission (author) or sign-off (senior manager). */
export function ImrPage() {
  const requestId = useParams().requestId ?? '';
  const imr = useImr(requestId);
  const [problem, setProblem] = useState<Problem>();
  // the banner waits for the IMR read again after the change, so it never sits above the old status
  const [done, setDone] = useState<{ notice: string; version: number }>();
  const once = useSingleFlight();
  usePageTitle(
    imr.data ? `${imr.data.request.reviewReference}: ${imr.data.request.kindLabel}` : 'IMR',
    problem,
  );

  if (imr.problem) return <PageProblem problem={imr.problem} />;
  if (!imr.data) return <Loading />;
  const workspace = imr.data;
  const { request } = workspace;
  const comments = returnedComments(workspace);
  const editable = isEditable(workspace);
  const signing = workspace.capabilities.includes('sign_off') && request.status === 'awaiting_sign_off';

  const command = (
    send: () => Promise<{ data?: ImrWorkspace; error?: unknown; response: Response }>,
    notice: string,
  ) =>
    once(async () => {
      const result = await send();
      if (result.data === undefined) {
        setDone(undefined);
        return setProblem(imrProblem(result));
      }
      setProblem(undefined);
      setDone({ notice, version: result.data.request.version });
      imr.reload();
    });
  const params = { params: { path: { requestId } }, headers: ifMatch(imr.etag) };
  const submit = () =>
    command(
      () => api.POST('/api/v1/imr-requests/{requestId}/submission', params),
      request.kind === 'imr'
        ? 'Your IMR has been submitted to your senior manager for sign-off.'
        : 'Your submission has been sent to the chair.',
    );
  const signOff = () =>
    command(
      () => api.POST('/api/v1/imr-requests/{requestId}/sign-off', params),
      'You have signed off the IMR. It has been sent to the chair.',
    );

  return (
    <>
      <BackLink to="/imr">Back to your agency’s IMRs</BackLink>
      <SuccessBanner message={done && request.version >= done.version ? done.notice : undefined} />
      <ErrorSummary
        problem={problem}
        stale={{
          what: 'this IMR',
          reload: () => {
            setProblem(undefined);
            imr.reload();
          },
        }}
      />
      <ReturnedBanner comments={comments} />
      <span className="govuk-caption-l">{request.reviewReference}</span>
      <h1 className="govuk-heading-l">{request.kindLabel}</h1>
      <SummaryList>
        <SummaryRow label="Status">
          <ImrStatusTag request={request} />
        </SummaryRow>
        <SummaryRow label="Due">
          {formatDate(request.dueOn)} <OverdueTag request={request} />
        </SummaryRow>
        <SummaryRow label="Terms of reference">
          {workspace.termsVersionNumber ? `Version ${workspace.termsVersionNumber}` : 'Not agreed'}
        </SummaryRow>
      </SummaryList>
      <h2 className="govuk-heading-m">Sections</h2>
      <TaskList tasks={tasksOf(workspace, comments)} comments={comments} />
      {editable && (
        <>
          <h2 className="govuk-heading-m">Submit</h2>
          <p className="govuk-body">
            {request.kind === 'imr'
              ? 'Your senior manager signs off the IMR before it goes to the chair.'
              : 'Your submission goes to the chair.'}
          </p>
          <ActionButton onClick={() => void submit()}>Submit</ActionButton>
        </>
      )}
      {signing && (
        <>
          <h2 className="govuk-heading-m">Sign-off</h2>
          <p className="govuk-body">
            Read each section. Sign it off to send it to the chair, or send it back to the author with what to
            change.
          </p>
          <div className="govuk-button-group">
            <ActionButton onClick={() => void signOff()}>Sign off</ActionButton>
            <ButtonLink to={`/imr/${requestId}/send-back`} secondary>
              Send back to the author
            </ButtonLink>
          </div>
        </>
      )}
    </>
  );
}
