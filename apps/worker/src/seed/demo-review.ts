import { Injectable, Logger } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { AgencyId, UserId } from '@dhr/platform-domain';
import {
  ReviewDecisionService,
  ReviewLifecycleService,
  ReviewNotificationService,
  ReviewQueries,
} from '@dhr/reviews';

/**
 * A review under way, shaped on seed 003 (MA 1 and MA 2), so the dashboard and the review page have something
 * to show: notified, commissioned, the Home Office told, the chair appointed and independent, work started.
 * Only pseudonyms; no real identity is seeded.
 */
@Injectable()
export class DemoReviewSeeder {
  private readonly logger = new Logger(DemoReviewSeeder.name);

  constructor(
    private readonly notifications: ReviewNotificationService,
    private readonly decisions: ReviewDecisionService,
    private readonly lifecycle: ReviewLifecycleService,
    private readonly queries: ReviewQueries,
  ) {}

  async seed(coordinator: PartnershipActor, chairUserId: UserId, policeId: AgencyId): Promise<void> {
    if ((await this.queries.list(coordinator, undefined, 1)).items.length > 0) return;
    let review = await this.notifications.notify(coordinator, {
      reviewType: 'dhr',
      notifiedOn: '2026-09-14',
      notifiedBy: 'Detective Chief Inspector, South Yorkshire Police',
      notifyingAgencyId: policeId,
      policeForce: 'South Yorkshire Police',
      dateOfDeath: '2026-09-02',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      circumstances: 'Died in hospital from a wound to the hand caused by a broken bottle; partner charged.',
      subjects: [
        { pseudonym: 'MA 1', role: 'victim', sex: 'Male', ethnicity: 'White British', ageBand: '55-64' },
        {
          pseudonym: 'MA 2',
          role: 'perpetrator',
          sex: 'Male',
          ethnicity: 'White British',
          ageBand: '55-64',
          relationshipToVictim: 'Partner of 36 years',
        },
      ],
    });
    review = await this.decisions.decide(coordinator, review.id, review.version, {
      outcome: 'commission',
      decidedOn: '2026-10-05',
      decisionMaker: 'Chair, Safer Rotherham Partnership',
      rationale: 'Death of a man at the hands of his partner: section 9 of the 2004 Act applies.',
      homeOfficeInformedOn: '2026-10-07',
    });
    review = await this.decisions.appointChair(coordinator, review.id, review.version, {
      chairUserId,
      appointedOn: '2026-10-12',
    });
    review = await this.decisions.declareIndependence(
      coordinator,
      review.id,
      review.version,
      'The chair is an independent practitioner and has never been employed by any agency under review.',
    );
    review = await this.lifecycle.move(
      coordinator,
      review.id,
      review.version,
      'start_work',
      '2026-10-20',
      null,
    );
    this.logger.log(`Demo review ready: ${review.reference}`);
  }
}
