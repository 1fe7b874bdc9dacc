import { useParams } from 'react-router';
import { api } from '../../api/client';
import { fieldError } from '../../components/error-summary';
import { ActionButton, onFormSubmit, PageProblem, useSingleFlight } from '../../components/page';
import { Textarea } from '../../components/review-fields';
import { ImrSubPage, NotWritten, useImrSave } from './author-shared';
import { ifMatch, questionSection } from './imr-parts';

const path = (requestId: string) => ({ path: { requestId } });

/** Paragraphs of a textarea, one finding each; blank lines separate them. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

function Paragraphs({ texts }: { texts: string[] }) {
  return texts.length === 0 ? (
    <NotWritten />
  ) : (
    <>
      {texts.map((text, index) => (
        <p className="govuk-body app-preserve-lines" key={index} style={{ whiteSpace: 'pre-line' }}>
          {text}
        </p>
      ))}
    </>
  );
}

/** The answer to one question of the terms of reference. */
export function QuestionPage() {
  const { requestId = '', questionNumber = '' } = useParams();
  const number = Number(questionNumber);
  const [problem, save, clear] = useImrSave();
  const once = useSingleFlight();
  const labels = { answer: 'Your answer' };
  return (
    <ImrSubPage
      title={`Question ${questionNumber}`}
      section={questionSection(number)}
      problem={problem}
      labels={labels}
      onReload={clear}
    >
      {(imr, editable, fetched) => {
        const question = imr.questions.find((q) => q.number === number);
        if (!question) {
          return (
            <PageProblem problem={{ status: 404, code: 'not_found', detail: 'There is no such question.' }} />
          );
        }
        const submit = (form: FormData) =>
          save(
            () =>
              api.PUT('/api/v1/imr-requests/{requestId}/answers/{questionNumber}', {
                params: { path: { requestId, questionNumber: number } },
                headers: ifMatch(fetched.etag),
                body: { answer: String(form.get('answer') ?? '') },
              }),
            `Your answer to question ${number} has been saved.`,
          );
        return (
          <>
            <p className="govuk-body-l">{question.text}</p>
            {editable ? (
              <form key={fetched.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
                <Textarea
                  id="answer"
                  label={labels.answer}
                  hint="What your agency knew and did, and what it should have done. Refer to the chronology where it helps."
                  rows={12}
                  defaultValue={question.answer ?? ''}
                  error={fieldError(problem, 'answer', labels)}
                />
                <ActionButton type="submit">Save answer</ActionButton>
              </form>
            ) : (
              <Paragraphs texts={question.answer ? [question.answer] : []} />
            )}
          </>
        );
      }}
    </ImrSubPage>
  );
}

const FINDINGS = {
  'good-practice': {
    title: 'Good practice',
    hint: 'What your agency did well. Separate each example with a blank line.',
    route: '/api/v1/imr-requests/{requestId}/good-practice',
    saved: 'Good practice has been saved.',
  },
  lessons: {
    title: 'Lessons learned',
    hint: 'What your agency has learned. Separate each lesson with a blank line.',
    route: '/api/v1/imr-requests/{requestId}/lessons',
    saved: 'Lessons learned have been saved.',
  },
} as const;

/** Good practice or lessons: a textarea whose paragraphs are the items. */
export function FindingsPage({ kind }: { kind: keyof typeof FINDINGS }) {
  const requestId = useParams().requestId ?? '';
  const words = FINDINGS[kind];
  const [problem, save, clear] = useImrSave();
  const once = useSingleFlight();
  const labels = { items: words.title };
  return (
    <ImrSubPage title={words.title} section={kind} problem={problem} labels={labels} onReload={clear}>
      {(imr, editable, fetched) => {
        const items = kind === 'lessons' ? imr.findings.lessons : imr.findings.goodPractice;
        const submit = (form: FormData) =>
          save(
            () =>
              api.PUT(words.route, {
                params: path(requestId),
                headers: ifMatch(fetched.etag),
                body: { items: paragraphs(String(form.get('items') ?? '')) },
              }),
            words.saved,
          );
        return editable ? (
          <form key={fetched.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
            <Textarea
              id="items"
              label={words.title}
              hint={words.hint}
              rows={12}
              defaultValue={items.join('\n\n')}
              error={fieldError(problem, 'items', labels)}
            />
            <ActionButton type="submit">Save</ActionButton>
          </form>
        ) : (
          <Paragraphs texts={items} />
        );
      }}
    </ImrSubPage>
  );
}

export const GoodPracticePage = () => <FindingsPage kind="good-practice" />;
export const LessonsPage = () => <FindingsPage kind="lessons" />;

/** The author's statement of independence. */
export function ImrIndependencePage() {
  const requestId = useParams().requestId ?? '';
  const [problem, save, clear] = useImrSave();
  const once = useSingleFlight();
  const labels = { statement: 'Statement of independence' };
  return (
    <ImrSubPage
      title="Statement of independence"
      section="independence"
      problem={problem}
      labels={labels}
      onReload={clear}
    >
      {(imr, editable, fetched) => {
        const submit = (form: FormData) =>
          save(
            () =>
              api.PUT('/api/v1/imr-requests/{requestId}/independence-statement', {
                params: path(requestId),
                headers: ifMatch(fetched.etag),
                body: { statement: String(form.get('statement') ?? '') },
              }),
            'Your statement of independence has been saved.',
          );
        return editable ? (
          <form key={fetched.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
            <Textarea
              id="statement"
              label={labels.statement}
              hint="How you are independent of the people and the services in this review, for example: I have had no involvement with the people or the services in this review."
              defaultValue={imr.independenceStatement ?? ''}
              error={fieldError(problem, 'statement', labels)}
            />
            <ActionButton type="submit">Save statement</ActionButton>
          </form>
        ) : (
          <Paragraphs texts={imr.independenceStatement ? [imr.independenceStatement] : []} />
        );
      }}
    </ImrSubPage>
  );
}

/** The senior manager sends the submission back to the author, saying why. */
export function SendBackPage() {
  const requestId = useParams().requestId ?? '';
  const [problem, save, clear] = useImrSave();
  const once = useSingleFlight();
  const labels = { comment: 'What the author needs to change' };
  return (
    <ImrSubPage title="Send back to the author" problem={problem} labels={labels} onReload={clear}>
      {(imr, _, fetched) => {
        if (!imr.capabilities.includes('sign_off') || imr.request.status !== 'awaiting_sign_off') {
          return <p className="govuk-body">There is no submission waiting for your sign-off.</p>;
        }
        const submit = (form: FormData) =>
          save(
            () =>
              api.POST('/api/v1/imr-requests/{requestId}/sign-off-declined', {
                params: path(requestId),
                headers: ifMatch(fetched.etag),
                body: { comment: String(form.get('comment') ?? '') },
              }),
            'The IMR has been sent back to the author.',
          );
        return (
          <form key={fetched.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
            <Textarea
              id="comment"
              label={labels.comment}
              hint="The author sees this at the top of the IMR."
              error={fieldError(problem, 'comment', labels)}
            />
            <ActionButton type="submit">Send back to the author</ActionButton>
          </form>
        );
      }}
    </ImrSubPage>
  );
}
