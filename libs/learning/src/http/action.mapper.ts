import { ActionDetail, PlanRow } from '../application/plan.queries';
import { RAG_LABELS } from '../domain/rag';
import { ActionResponse, ActionSummaryResponse } from './dto/action.dto';

export function toActionSummary({ action, rag, leadOfficer }: PlanRow): ActionSummaryResponse {
  return {
    id: action.id,
    reference: action.reference,
    planSection: action.planSection,
    description: action.description,
    leadAgencyId: action.leadAgencyId,
    leadOfficerUserId: action.leadOfficerUserId,
    leadOfficerName: action.leadOfficerName,
    leadOfficer,
    targetDate: action.targetDate,
    targetToBeAgreed: action.targetToBeAgreed,
    status: action.status,
    rag: { rating: rag.rating, label: RAG_LABELS[rag.rating], reason: rag.reason },
    lastUpdateOn: action.lastUpdateOn,
    completedOn: action.completedOn,
    outcome: action.outcome,
    rejectionReason: action.rejectionReason,
    version: action.version,
  };
}

export function toActionResponse(detail: ActionDetail): ActionResponse {
  return {
    ...toActionSummary(detail),
    capabilities: detail.capabilities,
    recommendations: detail.recommendations.map(({ id, reference, text }) => ({ id, reference, text })),
    milestones: detail.milestones.map(({ id, description, dueOn, done }) => ({
      id,
      description,
      dueOn,
      done,
    })),
    updates: detail.updates.map((update) => ({
      id: update.id,
      reportedOn: update.reportedOn,
      rag: update.rag,
      narrative: update.narrative,
      authorUserId: update.authorUserId,
      recordedAt: update.createdAt.toISOString(),
    })),
  };
}
