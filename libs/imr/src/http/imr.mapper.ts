import { todayIn } from '@dhr/platform-domain';
import { ImrWorkspace } from '../application/imr.queries';
import { ImrRequest, isOverdue, REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS } from '../domain/imr-request';
import { ImrRequestResponse, ImrWorkspaceResponse } from './dto/imr.response';

export function toRequestResponse(
  request: ImrRequest,
  reviewReference: string,
  now = new Date(),
): ImrRequestResponse {
  return {
    id: request.id,
    reviewId: request.reviewId,
    reviewReference,
    agencyId: request.agencyId,
    kind: request.kind,
    kindLabel: REQUEST_KIND_LABELS[request.kind],
    status: request.status,
    statusLabel: REQUEST_STATUS_LABELS[request.status],
    dueOn: request.dueOn,
    overdue: isOverdue(request, todayIn(now)),
    authorUserId: request.authorUserId,
    seniorManagerUserId: request.seniorManagerUserId,
    termsVersionNumber: request.termsVersionNumber,
    requestedOn: request.requestedOn,
    submittedAt: request.submittedAt?.toISOString() ?? null,
    signedOffAt: request.signedOffAt?.toISOString() ?? null,
    acceptedAt: request.acceptedAt?.toISOString() ?? null,
    version: request.version,
  };
}

export function toWorkspaceResponse(workspace: ImrWorkspace): ImrWorkspaceResponse {
  const texts = (kind: string) => workspace.findings.filter((f) => f.kind === kind).map((f) => f.text);
  return {
    request: toRequestResponse(workspace.request, workspace.reviewReference),
    capabilities: workspace.capabilities,
    termsVersionNumber: workspace.termsVersionNumber,
    questions: workspace.questions,
    findings: { goodPractice: texts('good_practice'), lessons: texts('lesson') },
    recommendations: workspace.recommendations.map(({ id: _id, position: _position, ...rest }) => rest),
    chronologyEntries: workspace.chronologyEntries,
    independenceStatement: workspace.request.independenceStatement,
    revisions: workspace.revisions.map((revision) => ({
      revisionNumber: revision.revisionNumber,
      submittedAt: revision.submittedAt.toISOString(),
      outcome: revision.outcome,
      comments: revision.chairComments,
      decidedAt: revision.decidedAt?.toISOString() ?? null,
    })),
  };
}
