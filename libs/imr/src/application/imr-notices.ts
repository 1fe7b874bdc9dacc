import { Inject, Injectable } from '@nestjs/common';
import { UserDirectory } from '@dhr/identity';
import { EmailOutbox } from '@dhr/notifications';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { UserId } from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { ImrRequest, REQUEST_KIND_LABELS } from '../domain/imr-request';

/**
 * Emails about an IMR, queued with the change that causes them. They name the review by reference and the
 * kind of request only: nothing of what the IMR says leaves the system by email.
 */
@Injectable()
export class ImrNotices {
  constructor(
    private readonly users: UserDirectory,
    private readonly reviews: ReviewDirectory,
    private readonly email: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  requested(request: ImrRequest): Promise<void> {
    return this.tell(request, request.authorUserId, (what, reference) => [
      `${reference}: ${what} requested, due ${request.dueOn}`,
      `Your agency has been asked for ${what.toLowerCase()} for ${reference}, due on ${request.dueOn}.`,
    ]);
  }

  signOffWanted(request: ImrRequest): Promise<void> {
    if (!request.seniorManagerUserId) return Promise.resolve();
    return this.tell(request, request.seniorManagerUserId, (what, reference) => [
      `${reference}: ${what} ready for your sign-off`,
      `The ${what.toLowerCase()} of your agency for ${reference} has been submitted and waits for your sign-off.`,
    ]);
  }

  sentBack(request: ImrRequest, by: 'senior manager' | 'chair'): Promise<void> {
    return this.tell(request, request.authorUserId, (what, reference) => [
      `${reference}: ${what} returned for amendment`,
      `The ${by} has returned your agency's ${what.toLowerCase()} for ${reference} with comments.`,
    ]);
  }

  private async tell(
    request: ImrRequest,
    userId: UserId,
    write: (what: string, reference: string) => [subject: string, text: string],
  ): Promise<void> {
    const review = await this.reviews.review(request.partnershipId, request.reviewId as ReviewId);
    const user = await this.users.user(request.partnershipId, userId);
    if (!review || !user || user.status === 'deactivated') return;
    const [subject, text] = write(REQUEST_KIND_LABELS[request.kind], review.reference);
    await this.email.send({
      partnershipId: request.partnershipId,
      to: user.email,
      subject,
      body: `${text}\n\n${this.config.publicUrl}/imr/${request.id}\n`,
    });
  }
}
