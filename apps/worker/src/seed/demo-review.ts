import { Injectable, Logger } from '@nestjs/common';
import { ScopingService } from '@dhr/imr';
import { PartnershipActor } from '@dhr/platform-auth';
import { AgencyId, UserId } from '@dhr/platform-domain';
import {
  PanelService,
  ReviewDecisionService,
  ReviewId,
  ReviewLifecycleService,
  ReviewNotificationService,
  ReviewQueries,
  TermsOfReferenceService,
} from '@dhr/reviews';

/** The demo partnership's people and agencies, by email and by name. */
export interface DemoDirectory {
  user(email: string): UserId;
  agency(name: string): AgencyId;
}

/** Noon (UTC) of a past day: a service's "now" for what the demo records as having happened on that day. */
export function asOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** Seed 003's case-specific terms of reference, questions 1 to 10 (section 2.5.3). */
const QUESTIONS = [
  'Were the risk indicators for domestic abuse recognised, properly assessed and responded to in providing services to MA 1 and MA 2?',
  'Were the services provided timely, proportionate and fit for purpose in relation to the levels of risk and need identified?',
  'How did agencies ascertain the wishes and feelings of MA 1 and MA 2, and were their views taken into account?',
  'How effective was inter-agency information sharing and cooperation, including between agencies of different authorities?',
  'How do agencies within the partnership support victims from LGBT and other minority groups who disclose domestic abuse?',
  'How were racial, cultural, linguistic, faith or other diversity issues taken into account?',
  'Were the reasons for MA 2’s abusive behaviour understood and addressed, with an appropriate mix of sanctions and treatment?',
  'Were single and multi-agency policies and procedures, including MARAC protocols, followed and embedded in practice?',
  'How effective was the supervision and management of practitioners, and did managers have oversight of the case?',
  'Were there issues of capacity or resources that affected the ability to provide services or to work with other agencies?',
];

/**
 * A review under way, shaped on seed 003 (MA 1 and MA 2, by pseudonym only; no real identity is seeded):
 * notified, commissioned, the Home Office told, the chair appointed and independent, the panel met and agreed
 * the terms of reference, and two agencies asked for their evidence: an IMR from the hospital trust (its
 * author and senior manager are demo users) and a summary from the police.
 */
@Injectable()
export class DemoReviewSeeder {
  private readonly logger = new Logger(DemoReviewSeeder.name);

  constructor(
    private readonly notifications: ReviewNotificationService,
    private readonly decisions: ReviewDecisionService,
    private readonly lifecycle: ReviewLifecycleService,
    private readonly panel: PanelService,
    private readonly terms: TermsOfReferenceService,
    private readonly scoping: ScopingService,
    private readonly queries: ReviewQueries,
  ) {}

  async seed(system: PartnershipActor, people: DemoDirectory): Promise<void> {
    const coordinator: PartnershipActor = {
      ...system,
      userId: people.user('coordinator@rotherham.demo'),
      roles: ['partnership_coordinator'],
    };
    if ((await this.queries.list(coordinator, undefined, 1)).items.length > 0) return;
    const police = people.agency('South Yorkshire Police');
    const trust = people.agency('Rotherham NHS Foundation Trust');
    let review = await this.notifications.notify(coordinator, {
      reviewType: 'dhr',
      notifiedOn: '2026-09-14',
      notifiedBy: 'Detective Chief Inspector, South Yorkshire Police',
      notifyingAgencyId: police,
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
    const id = review.id as ReviewId;
    review = await this.decisions.decide(coordinator, id, review.version, {
      outcome: 'commission',
      decidedOn: '2026-10-05',
      decisionMaker: 'Chair, Safer Rotherham Partnership',
      rationale: 'Death of a man at the hands of his partner: section 9 of the 2004 Act applies.',
      homeOfficeInformedOn: '2026-10-07',
    });
    review = await this.decisions.appointChair(coordinator, id, review.version, {
      chairUserId: people.user('chair@rotherham.demo'),
      appointedOn: '2026-10-12',
    });
    review = await this.decisions.declareIndependence(
      coordinator,
      id,
      review.version,
      'The chair is an independent practitioner and has never been employed by any agency under review.',
    );
    await this.lifecycle.move(coordinator, id, review.version, 'start_work', '2026-10-20', null);

    const member = await this.panel.addMember(coordinator, id, {
      name: 'Tom Okafor',
      agencyId: police,
      jobTitle: 'Detective Inspector, Public Protection',
      panelRole: 'member',
      userId: people.user('panel@rotherham.demo'),
      joinedOn: '2026-10-27',
    });
    const meeting = await this.panel.recordMeeting(coordinator, id, {
      heldOn: '2026-10-27',
      attendeeIds: [member.id],
      decisions: ['Terms of reference agreed', 'IMRs requested from the hospital trust and the police'],
    });
    const draft = await this.terms.startDraft(coordinator, id, {
      purpose:
        'Establish what lessons are to be learned from the death about the way local professionals and organisations work individually and together to safeguard victims.',
      periodFrom: { precision: 'season', year: 2007, season: 'spring' },
      periodTo: { precision: 'season', year: 2026, season: 'autumn' },
      agencyIds: [police, trust],
      questions: QUESTIONS,
    });
    await this.terms.agree(coordinator, id, draft.id, draft.version, meeting.id);

    const asked = [
      await this.scoping.scope(coordinator, id, {
        agencyId: trust,
        kind: 'imr',
        dueOn: '2027-01-29',
        authorUserId: people.user('imr-author@rotherham.demo'),
        seniorManagerUserId: people.user('senior-manager@rotherham.demo'),
      }),
      await this.scoping.scope(coordinator, id, {
        agencyId: police,
        kind: 'summary',
        dueOn: '2027-01-15',
        authorUserId: people.user('imr-author.police@rotherham.demo'),
      }),
    ];
    for (const request of asked) await this.scoping.send(coordinator, request.id, request.version);
    this.logger.log(`Demo review ready: ${review.reference}`);
  }
}
