import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@dhr/audit';
import { DocumentOwnersModule } from '@dhr/documents';
import { IdentityModule, IdentityWorkerModule } from '@dhr/identity';
import { NotificationsWorkerModule } from '@dhr/notifications';
import { PartnershipsModule, PartnershipsWorkerModule } from '@dhr/partnerships';
import { ClockAlertsService } from './application/clock-alerts.service';
import { CheckReviewClocksProcessor } from './jobs/check-review-clocks.processor';
import { ReviewClockAlertEntity } from './persistence/review-clock-alert.entity';
import { ReviewClockAlertRepository } from './persistence/review-clock-alert.repository';
import { FamilyContactService } from './application/family-contact.service';
import { IdentitySeal } from './application/identity-seal';
import { PanelMeetingDocumentsPolicy } from './application/panel-meeting-documents.policy';
import { ParallelProcessService } from './application/parallel-process.service';
import { ReviewDocumentsPolicy } from './application/review-documents.policy';
import { SubmissionService } from './application/submission.service';
import { ReviewAccess } from './application/review-access';
import { ReviewChanger } from './application/review-changes';
import { ReviewDecisionService } from './application/review-decision.service';
import { ReviewFactsGatherer } from './application/review-facts';
import { ReviewLifecycleService } from './application/review-lifecycle.service';
import { ReviewNotificationService } from './application/review-notification.service';
import { EvidenceSources } from './application/evidence-sources';
import { ReviewDirectory } from './application/review-directory';
import { ReviewPolicyService } from './application/review-policy.service';
import { ReviewQueries } from './application/review.queries';
import { SubjectService } from './application/subject.service';
import { PanelService } from './application/panel.service';
import { TermsOfReferenceService } from './application/terms-of-reference.service';
import { FamilyContactsController } from './http/family-contacts.controller';
import { ParallelProcessesController } from './http/parallel-processes.controller';
import { ReviewPolicyController } from './http/review-policy.controller';
import { ReviewStagesController } from './http/review-stages.controller';
import { SubmissionsController } from './http/submissions.controller';
import { ReviewsController } from './http/reviews.controller';
import { SubjectsController } from './http/subjects.controller';
import { PanelController } from './http/panel.controller';
import { TermsOfReferenceController } from './http/terms-of-reference.controller';
import { FamilyContactEntity } from './persistence/family-contact.entity';
import { FamilyContactRepository } from './persistence/family-contact.repository';
import { PanelMeetingEntity } from './persistence/panel-meeting.entity';
import { PanelMeetingRepository } from './persistence/panel-meeting.repository';
import { PanelMemberEntity } from './persistence/panel-member.entity';
import { PanelMemberRepository } from './persistence/panel-member.repository';
import { ParallelProcessEntity } from './persistence/parallel-process.entity';
import { ParallelProcessRepository } from './persistence/parallel-process.repository';
import { ReviewClockPolicyEntity } from './persistence/review-clock-policy.entity';
import { ReviewClockPolicyRepository } from './persistence/review-clock-policy.repository';
import { ReviewPauseEntity } from './persistence/review-pause.entity';
import { ReviewPauseRepository } from './persistence/review-pause.repository';
import { ReviewReferenceCounterEntity } from './persistence/review-reference-counter.entity';
import { ReviewSubjectEntity } from './persistence/review-subject.entity';
import { ReviewEntity } from './persistence/review.entity';
import { ReviewRepository } from './persistence/review.repository';
import { SubjectIdentityEntity } from './persistence/subject-identity.entity';
import { SubjectRepository } from './persistence/subject.repository';
import { SubmissionEntity } from './persistence/submission.entity';
import { SubmissionRepository } from './persistence/submission.repository';
import { TermsOfReferenceEntity } from './persistence/terms-of-reference.entity';
import { TermsOfReferenceRepository } from './persistence/terms-of-reference.repository';

const ENTITIES = [
  ReviewEntity,
  ReviewReferenceCounterEntity,
  ReviewClockPolicyEntity,
  ReviewSubjectEntity,
  SubjectIdentityEntity,
  ReviewPauseEntity,
  PanelMemberEntity,
  PanelMeetingEntity,
  TermsOfReferenceEntity,
  FamilyContactEntity,
  ParallelProcessEntity,
  SubmissionEntity,
  ReviewClockAlertEntity,
];

const REPOSITORIES = [
  ReviewRepository,
  ReviewClockPolicyRepository,
  SubjectRepository,
  ReviewPauseRepository,
  PanelMemberRepository,
  PanelMeetingRepository,
  TermsOfReferenceRepository,
  FamilyContactRepository,
  ParallelProcessRepository,
  SubmissionRepository,
  ReviewClockAlertRepository,
];

const SERVICES = [
  IdentitySeal,
  ReviewAccess,
  ReviewChanger,
  ReviewFactsGatherer,
  ReviewQueries,
  ReviewNotificationService,
  ReviewDecisionService,
  ReviewLifecycleService,
  SubjectService,
  PanelService,
  TermsOfReferenceService,
  ReviewPolicyService,
  ReviewDirectory,
  EvidenceSources,
];

/** Api side: they need the documents of a review. The worker takes only the submission, for its demo data. */
const FAMILY_AND_HOME_OFFICE = [
  FamilyContactService,
  ParallelProcessService,
  SubmissionService,
  ReviewDocumentsPolicy,
  PanelMeetingDocumentsPolicy,
];

/** The record of each review, from notification to closure. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ENTITIES),
    AuditModule,
    IdentityModule,
    PartnershipsModule,
    DocumentOwnersModule,
  ],
  controllers: [
    ReviewsController,
    ReviewStagesController,
    SubjectsController,
    PanelController,
    TermsOfReferenceController,
    FamilyContactsController,
    ParallelProcessesController,
    SubmissionsController,
    ReviewPolicyController,
  ],
  providers: [...REPOSITORIES, ...SERVICES, ...FAMILY_AND_HOME_OFFICE],
  exports: [ReviewDirectory, EvidenceSources],
})
export class ReviewsModule {}

/** For the worker (demo data, scheduled work): the services without the HTTP side. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ENTITIES),
    IdentityWorkerModule,
    PartnershipsWorkerModule,
    NotificationsWorkerModule,
    DocumentOwnersModule,
  ],
  providers: [
    ...REPOSITORIES,
    ...SERVICES,
    ClockAlertsService,
    CheckReviewClocksProcessor,
    // demo data takes a review through submission to publication, with its documents
    SubmissionService,
    ReviewDocumentsPolicy,
  ],
  exports: [...SERVICES, ClockAlertsService, SubmissionService],
})
export class ReviewsWorkerModule {}
