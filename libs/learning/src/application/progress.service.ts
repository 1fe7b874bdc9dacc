import { Injectable } from '@nestjs/common';
import { DocumentDirectory } from '@dhr/documents';
import { PartnershipActor } from '@dhr/platform-auth';
import { InvalidInputError, todayIn } from '@dhr/platform-domain';
import { assertCanApprove, assertCanReject, assertCanSubmitCompletion } from '../domain/action-status';
import { Action } from '../domain/learning-records';
import { RagRating } from '../domain/rag';
import { ActionRepository } from '../persistence/action.repository';
import { ActionChanger } from './action-changes';

export interface ProgressInput {
  reportedOn: string;
  rag: RagRating;
  narrative: string;
  /** milestones now done, by id */
  milestonesDone?: string[];
}

/**
 * The lead officer's quarterly update (a dated entry in a history never overwritten, with their RAG rating),
 * their completion with evidence, and the coordinator's approval or rejection of it (rule 11).
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly changer: ActionChanger,
    private readonly actions: ActionRepository,
    private readonly documents: DocumentDirectory,
  ) {}

  report(
    actor: PartnershipActor,
    id: string,
    version: number,
    input: ProgressInput,
    now = new Date(),
  ): Promise<Action> {
    return this.changer.change(actor, id, version, 'update', 'progress-reported', async (action) => {
      if (action.status !== 'open') {
        throw new InvalidInputError(
          [{ field: 'rag', message: 'This action is no longer open for updates' }],
          'action_not_open',
        );
      }
      if (input.reportedOn > todayIn(now)) {
        throw new InvalidInputError([
          { field: 'reportedOn', message: 'Date of the update must be today or in the past' },
        ]);
      }
      await this.actions.appendUpdate(actor.partnershipId, id, {
        reportedOn: input.reportedOn,
        rag: input.rag,
        narrative: input.narrative,
        authorUserId: actor.userId,
      });
      await this.actions.markMilestonesDone(actor.partnershipId, id, input.milestonesDone ?? []);
      const latest = !action.lastUpdateOn || input.reportedOn >= action.lastUpdateOn;
      return latest ? { reportedRag: input.rag, lastUpdateOn: input.reportedOn } : {};
    });
  }

  submitCompletion(
    actor: PartnershipActor,
    id: string,
    version: number,
    completedOn: string,
    outcome: string,
    now = new Date(),
  ) {
    return this.changer.change(actor, id, version, 'update', 'completion-submitted', async (action) => {
      const evidence = await this.documents.countFor(actor.partnershipId, 'action', id);
      assertCanSubmitCompletion(action.status, evidence, outcome);
      if (completedOn > todayIn(now)) {
        throw new InvalidInputError([
          { field: 'completedOn', message: 'Date completed must be today or in the past' },
        ]);
      }
      return { status: 'completion_submitted', completedOn, outcome, rejectionReason: null };
    });
  }

  approve(actor: PartnershipActor, id: string, version: number, now = new Date()): Promise<Action> {
    return this.changer.change(actor, id, version, 'manage', 'completion-approved', (action) => {
      assertCanApprove(action.status);
      return { status: 'closed', closedBy: actor.userId, closedAt: now };
    });
  }

  reject(actor: PartnershipActor, id: string, version: number, reason: string): Promise<Action> {
    return this.changer.change(actor, id, version, 'manage', 'completion-rejected', (action) => {
      assertCanReject(action.status, reason);
      return { status: 'open', rejectionReason: reason, completedOn: null };
    });
  }
}
