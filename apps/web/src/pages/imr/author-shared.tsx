import { ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiResult, Problem } from '../../api/problem';
import { Fetched } from '../../api/use-fetched';
import { ErrorSummary, FieldLabels } from '../../components/error-summary';
import { BackLink, Loading, Notice, PageProblem, usePageTitle } from '../../components/page';
import { ChairComment, ImrWorkspace, imrProblem, returnedComments, useImr } from './imr-parts';

const WITH_AGENCY = ['requested', 'in_progress', 'returned'];

/** The author writes while the request is with the agency; everyone else (and later) reads. */
export const isEditable = (workspace: ImrWorkspace) =>
  workspace.capabilities.includes('author') && WITH_AGENCY.includes(workspace.request.status);

/** The comments sent back on one section, as GOV.UK inset text. */
export function SectionComments({ comments }: { comments: ChairComment[] }) {
  if (comments.length === 0) return null;
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Comments to address</h2>
      {comments.map((comment, index) => (
        <p className="govuk-body" key={index}>
          {comment.comment}
        </p>
      ))}
    </div>
  );
}

interface SubPageProps {
  title: string;
  /** the section the chair's comments name, shown above the form */
  section?: string;
  problem?: Problem;
  labels?: FieldLabels;
  onReload?: () => void;
  /** the whole width of the page, for a wide table */
  wide?: boolean;
  children(imr: ImrWorkspace, editable: boolean, fetched: Fetched<ImrWorkspace>): ReactNode;
}

/** One part of an IMR on a page of its own: the back link, the error summary, the caption and heading. */
export function ImrSubPage({ title, section, problem, labels, onReload, wide, children }: SubPageProps) {
  const requestId = useParams().requestId ?? '';
  const imr = useImr(requestId);
  usePageTitle(title, problem);
  if (imr.problem) return <PageProblem problem={imr.problem} />;
  if (!imr.data) return <Loading />;
  const workspace = imr.data;
  const comments = section ? returnedComments(workspace).filter((c) => c.section === section) : [];
  return (
    <div className="govuk-grid-row">
      <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
        <BackLink to={`/imr/${requestId}`}>Back to the IMR</BackLink>
        <ErrorSummary
          problem={problem}
          labels={labels}
          stale={{
            what: 'this IMR',
            reload: () => {
              onReload?.();
              imr.reload();
            },
          }}
        />
        <span className="govuk-caption-l">
          {workspace.request.reviewReference}: {workspace.request.kindLabel}
        </span>
        <h1 className="govuk-heading-l">{title}</h1>
        <SectionComments comments={comments} />
        {children(workspace, isEditable(workspace), imr)}
      </div>
    </div>
  );
}

/** Saves one part of the IMR; back to the IMR with a banner, or the problem for the error summary. */
export function useImrSave(): [
  Problem | undefined,
  (send: () => Promise<ApiResult<unknown>>, notice: string) => Promise<void>,
  () => void,
] {
  const requestId = useParams().requestId ?? '';
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem>();
  const save = async (send: () => Promise<ApiResult<unknown>>, notice: string) => {
    const result = await send();
    if (result.data === undefined) return setProblem(imrProblem(result));
    const state: Notice = { notice };
    void navigate(`/imr/${requestId}`, { state });
  };
  return [problem, save, () => setProblem(undefined)];
}

/** The text of a part not yet written, for those who read it. */
export function NotWritten() {
  return <p className="govuk-body govuk-hint">Not written yet.</p>;
}
