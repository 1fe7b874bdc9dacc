import { Injectable } from '@nestjs/common';
import { DocumentService } from '@dhr/documents';
import { PartnershipActor } from '@dhr/platform-auth';
import {
  PanelService,
  Review,
  ReviewDecisionService,
  ReviewId,
  ReviewLifecycleService,
  ReviewNotificationService,
  SubmissionService,
  TermsOfReferenceService,
} from '@dhr/reviews';
import { demoPdf } from './demo-documents';
import { asOf, DemoDirectory } from './demo-review';

/** Its terms of reference, worded after seed 003's (section 2.5.3). */
const QUESTIONS = [
  'Were the risk indicators for domestic abuse recognised, properly assessed and responded to in providing services to Adult A and Adult B?',
  'Were the services provided timely, proportionate and fit for purpose in relation to the levels of risk and need identified?',
  'How did agencies ascertain the wishes and feelings of Adult A, and were her views taken into account?',
  'How effective was inter-agency information sharing and cooperation, including with GPs?',
  'Were the reasons for Adult B’s abusive behaviour, including his alcohol dependency, understood and addressed, with an appropriate mix of sanctions and treatment?',
  'Were single and multi-agency policies and procedures, including MARAC and adult safeguarding procedures, followed and embedded in practice?',
  'How effective was the supervision and management of practitioners, and did managers have oversight of the case?',
];

const PUBLISHED_ON = '2026-03-02';

/**
 * The partnership's earlier review, finished: notified in January 2025, signed off and sent to the Home Office
 * within six months of the decision, cleared by the QA panel and published in March 2026. Its action plan is
 * now being monitored (stage 16), so it carries the demo's lessons and recommendations. Its subjects are
 * "Adult A" and "Adult B", by pseudonym only; the agencies' evidence is not part of the demo.
 */
@Injectable()
export class DemoPublishedReviewSeeder {
  constructor(
    private readonly notifications: ReviewNotificationService,
    private readonly decisions: ReviewDecisionService,
    private readonly lifecycle: ReviewLifecycleService,
    private readonly panel: PanelService,
    private readonly terms: TermsOfReferenceService,
    private readonly submissions: SubmissionService,
    private readonly documents: DocumentService,
  ) {}

  async seed(coordinator: PartnershipActor, people: DemoDirectory): Promise<Review> {
    const police = people.agency('South Yorkshire Police');
    const adultServices = people.agency('Adult Services RMBC');
    let review = await this.notifications.notify(coordinator, {
      reviewType: 'dhr',
      notifiedOn: '2025-01-13',
      notifiedBy: 'Detective Chief Inspector, South Yorkshire Police',
      notifyingAgencyId: police,
      policeForce: 'South Yorkshire Police',
      dateOfDeath: '2024-12-30',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      circumstances:
        'Died at home of head injuries after an assault by her partner, who was convicted of her murder.',
      subjects: [
        { pseudonym: 'Adult A', role: 'victim', sex: 'Female', ethnicity: 'White British', ageBand: '45-54' },
        {
          pseudonym: 'Adult B',
          role: 'perpetrator',
          sex: 'Male',
          ethnicity: 'White British',
          ageBand: '45-54',
          relationshipToVictim: 'Partner of 9 years',
        },
      ],
    });
    const id = review.id as ReviewId;
    review = await this.decisions.decide(coordinator, id, review.version, {
      outcome: 'commission',
      decidedOn: '2025-02-03',
      decisionMaker: 'Chair, Safer Rotherham Partnership',
      rationale: 'Death of a woman at the hands of her partner: section 9 of the 2004 Act applies.',
      homeOfficeInformedOn: '2025-02-05',
    });
    review = await this.decisions.appointChair(coordinator, id, review.version, {
      chairUserId: people.user('chair@rotherham.demo'),
      appointedOn: '2025-02-17',
    });
    review = await this.decisions.declareIndependence(
      coordinator,
      id,
      review.version,
      'The chair is an independent practitioner and has never been employed by any agency under review.',
      asOf('2025-02-17'),
    );
    review = await this.lifecycle.move(coordinator, id, review.version, 'start_work', '2025-03-03', null);

    const members = [
      await this.panel.addMember(coordinator, id, {
        name: 'Tom Okafor',
        agencyId: police,
        jobTitle: 'Detective Inspector, Public Protection',
        panelRole: 'member',
        userId: people.user('panel@rotherham.demo'),
        joinedOn: '2025-03-10',
      }),
      await this.panel.addMember(coordinator, id, {
        name: 'Anil Mistry',
        agencyId: adultServices,
        jobTitle: 'Service Manager, Safeguarding Adults',
        panelRole: 'member',
        joinedOn: '2025-03-10',
      }),
    ];
    const attendeeIds = members.map((member) => member.id);
    const first = await this.panel.recordMeeting(coordinator, id, {
      heldOn: '2025-03-10',
      attendeeIds,
      decisions: ['Terms of reference agreed', 'Agencies asked for their chronologies and reports'],
    });
    const draft = await this.terms.startDraft(coordinator, id, {
      purpose:
        'Establish what lessons are to be learned from the death about the way local professionals and organisations work individually and together to safeguard victims.',
      periodFrom: { precision: 'year', year: 2019 },
      periodTo: { precision: 'month', year: 2024, month: 12 },
      agencyIds: [police, adultServices, people.agency('Rotherham NHS Foundation Trust')],
      questions: QUESTIONS,
    });
    await this.terms.agree(coordinator, id, draft.id, draft.version, first.id);
    await this.panel.recordMeeting(coordinator, id, {
      heldOn: '2025-06-09',
      attendeeIds,
      decisions: ['The agencies’ reports considered; the chair to draft the overview report'],
    });
    review = await this.lifecycle.move(coordinator, id, review.version, 'start_drafting', '2025-06-16', null);
    await this.panel.recordMeeting(coordinator, id, {
      heldOn: '2025-07-07',
      attendeeIds,
      decisions: ['Draft overview report, lessons, recommendations and action plan agreed for consultation'],
    });
    review = await this.lifecycle.move(
      coordinator,
      id,
      review.version,
      'start_consultation',
      '2025-07-07',
      null,
    );
    review = await this.lifecycle.signOff(
      coordinator,
      id,
      review.version,
      '2025-07-28',
      'Chair, Safer Rotherham Partnership',
    );
    review = await this.submitAndClear(coordinator, review);
    review = await this.lifecycle.recordFamilyInvolvement(coordinator, id, review.version, {
      advocacyOfferedOn: '2025-02-20',
      draftSharedOn: '2025-07-10',
      pseudonymNote: 'Adult A’s sister asked that the report use "Adult A".',
      familyToldPublicationOn: '2026-02-16',
    });
    return this.lifecycle.publish(coordinator, id, review.version, {
      publishedOn: PUBLISHED_ON,
      url: `https://www.example.org/safer-rotherham/${review.reference.toLowerCase()}`,
      removalReviewOn: '2027-03-02',
    });
  }

  /** Stages 13 and 14: the bundle, checked for anonymity, sent within six months of the decision, cleared. */
  private async submitAndClear(coordinator: PartnershipActor, review: Review): Promise<Review> {
    const id = review.id;
    const attach = async (name: string, ...paragraphs: string[]) =>
      (
        await this.documents.upload(
          coordinator,
          { type: 'review', id },
          demoPdf(`${review.reference} ${name}.pdf`, `${review.reference}: ${name}`, [
            ...paragraphs,
            'A demo document: the text of the real report is not part of the demo data.',
          ]),
        )
      ).id;
    let submission = await this.submissions.start(coordinator, id);
    submission = await this.submissions.setDocuments(coordinator, id, submission.id, submission.version, {
      overviewReport: await attach('overview report', 'Safer Rotherham Partnership. Overview report.'),
      executiveSummary: await attach('executive summary', 'Safer Rotherham Partnership. Executive summary.'),
      actionPlan: await attach('action plan', 'Safer Rotherham Partnership. Action plan.'),
      signOffLetter: await attach(
        'CSP sign-off letter',
        'Signed off by the Safer Rotherham Partnership board.',
      ),
    });
    submission = await this.submissions.recordAnonymisationCheck(
      coordinator,
      id,
      submission.id,
      submission.version,
    );
    // sent as of that day: the completion clock is judged at sending, and it was then within its six months
    const sentOn = '2025-07-31';
    const sent = await this.submissions.send(
      coordinator,
      id,
      submission.id,
      review.version,
      sentOn,
      asOf(sentOn),
    );
    return this.submissions.recordQaOutcome(coordinator, id, submission.id, sent.version, {
      outcome: 'cleared',
      outcomeOn: '2026-01-19',
      letterDocumentId: await attach(
        'Home Office QA panel letter',
        'The Home Office Quality Assurance Panel has cleared the report for publication.',
      ),
    });
  }
}
