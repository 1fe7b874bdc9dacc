import { api, Schemas } from '../../api/client';
import { FieldProblem, Problem, toProblem } from '../../api/problem';
import { Fetched, useFetched } from '../../api/use-fetched';
import { Tag } from '../../components/page';

/** Shared by the author's and the chair's IMR pages. */
export type ImrRequest = Schemas['ImrRequestResponse'];
export type ImrWorkspace = Schemas['ImrWorkspaceResponse'];
export type ImrCapability = ImrWorkspace['capabilities'][number];
export type ImrStatus = ImrRequest['status'];
export type ImrQuestion = Schemas['WorkspaceQuestionResponse'];
export type ImrRecommendation = Schemas['RecommendationResponse'];
export type ImrRevision = Schemas['RevisionResponse'];
export type ChairComment = Schemas['ChairCommentResponse'];
export type ChronologyEntry = Schemas['ChronologyEntryResponse'];

const STATUS_COLOURS: Record<ImrStatus, string> = {
  scoped: 'grey',
  requested: 'blue',
  in_progress: 'light-blue',
  awaiting_sign_off: 'yellow',
  submitted: 'purple',
  returned: 'orange',
  accepted: 'green',
};

/** The request's status as a GOV.UK tag, in the api's words. */
export function ImrStatusTag({ request }: { request: Pick<ImrRequest, 'status' | 'statusLabel'> }) {
  return <Tag colour={STATUS_COLOURS[request.status]}>{request.statusLabel}</Tag>;
}

export function OverdueTag({ request }: { request: Pick<ImrRequest, 'overdue'> }) {
  return request.overdue ? <Tag colour="red">Overdue</Tag> : null;
}

export function useImr(requestId: string): Fetched<ImrWorkspace> {
  return useFetched(
    () => api.GET('/api/v1/imr-requests/{requestId}', { params: { path: { requestId } } }),
    [requestId],
  );
}

/**
 * The sections of an IMR, as the chair's comments name them: `question-N` for a question of the terms of
 * reference, `sign-off` for the senior manager's reasons for sending it back, and the fixed ones below.
 */
export const SECTION_LABELS: Record<string, string> = {
  chronology: 'Chronology',
  'good-practice': 'Good practice',
  lessons: 'Lessons learned',
  recommendations: 'Recommendations',
  independence: 'Statement of independence',
  'sign-off': 'Senior manager’s sign-off',
};

export const questionSection = (number: number) => `question-${number}`;

export function sectionLabel(section: string): string {
  const question = /^question-(\d+)$/.exec(section);
  return question ? `Question ${question[1]}` : (SECTION_LABELS[section] ?? section);
}

/** The comments of the latest revision sent back (by the chair or the senior manager), when that is where it stands. */
export function returnedComments(workspace: ImrWorkspace): ChairComment[] {
  const latest = workspace.revisions.at(-1);
  if (!latest || latest.outcome !== 'returned') return [];
  return workspace.request.status === 'returned' || workspace.request.status === 'in_progress'
    ? latest.comments
    : [];
}

/** If-Match: a response's ETag as it came, or a version number as the api writes its ETags. */
export const ifMatch = (version: number | string) => ({
  'if-match': typeof version === 'number' ? `"${version}"` : version,
});

/** The api's problem, with a rule's `problems` (everything still missing) as the error summary's list. */
export function imrProblem(result: { error?: unknown; response: Response }): Problem {
  const problem = toProblem(result);
  const body = (typeof result.error === 'object' && result.error !== null ? result.error : {}) as {
    problems?: unknown;
  };
  const listed: FieldProblem[] = Array.isArray(body.problems)
    ? body.problems.map((message) => ({ field: '', message: String(message) }))
    : [];
  const all = [...(problem.errors ?? []), ...listed];
  return { ...problem, errors: all.length ? all : undefined };
}
