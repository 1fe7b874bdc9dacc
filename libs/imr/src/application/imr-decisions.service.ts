import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { ChairComment } from '../domain/imr-content';
import { ImrRequest } from '../domain/imr-request';
import { assertCanSignOff, assertWithChair, ImrRuleError } from '../domain/imr-rules';
import { ImrRevisionRepository } from '../persistence/imr-revision.repository';
import { ImrChanger } from './imr-changes';
import { ImrNotices } from './imr-notices';

/** The senior manager's sign-off (rule 5), and the chair's decision: returned with comments, or accepted. */
@Injectable()
export class ImrDecisionsService {
  constructor(
    private readonly changer: ImrChanger,
    private readonly revisions: ImrRevisionRepository,
    private readonly notices: ImrNotices,
  ) {}

  signOff(
    actor: PartnershipActor,
    requestId: string,
    version: number,
    now = new Date(),
  ): Promise<ImrRequest> {
    return this.changer.change(actor, requestId, version, 'read', 'signed-off', ({ request }) => {
      assertCanSignOff(request, actor.userId);
      return { status: 'submitted', signedOffBy: actor.userId, signedOffAt: now };
    });
  }

  /** The senior manager sends it back to the author before it reaches the chair. */
  sendBackToAuthor(
    actor: PartnershipActor,
    requestId: string,
    version: number,
    comment: string,
    now = new Date(),
  ) {
    return this.changer.change(
      actor,
      requestId,
      version,
      'read',
      'sign-off-declined',
      async ({ request }) => {
        assertCanSignOff(request, actor.userId);
        await this.decideLatest(request, actor, 'returned', [{ section: 'sign-off', comment }], now);
        await this.notices.sentBack(request, 'senior manager');
        return { status: 'in_progress' };
      },
    );
  }

  /** Stage 7: the chair returns an IMR for amendment, with a comment for each section that needs one. */
  returnForAmendment(
    actor: PartnershipActor,
    requestId: string,
    version: number,
    comments: ChairComment[],
    now = new Date(),
  ): Promise<ImrRequest> {
    return this.changer.change(actor, requestId, version, 'manage', 'returned', async ({ request }) => {
      assertWithChair(request);
      await this.decideLatest(request, actor, 'returned', comments, now);
      await this.notices.sentBack(request, 'chair');
      return { status: 'returned' };
    });
  }

  accept(actor: PartnershipActor, requestId: string, version: number, now = new Date()): Promise<ImrRequest> {
    return this.changer.change(actor, requestId, version, 'manage', 'accepted', async ({ request }) => {
      assertWithChair(request);
      await this.decideLatest(request, actor, 'accepted', [], now);
      return { status: 'accepted', acceptedAt: now };
    });
  }

  private async decideLatest(
    request: ImrRequest,
    actor: PartnershipActor,
    outcome: 'returned' | 'accepted',
    comments: ChairComment[],
    now: Date,
  ): Promise<void> {
    const latest = (await this.revisions.listForRequest(request.partnershipId, request.id)).at(-1);
    if (!latest) throw new ImrRuleError('nothing_submitted', 'Nothing has been submitted yet.');
    await this.revisions.update(request.partnershipId, request.reviewId, latest.id, {
      outcome,
      chairComments: comments,
      decidedBy: actor.userId,
      decidedAt: now,
    });
  }
}
