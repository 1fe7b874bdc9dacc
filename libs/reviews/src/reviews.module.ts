import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@dhr/audit';
import { IdentityModule } from '@dhr/identity';
import { PartnershipsModule } from '@dhr/partnerships';
import { IdentitySeal } from './application/identity-seal';
import { ReviewAccess } from './application/review-access';
import { ReviewChanger } from './application/review-changes';
import { ReviewDecisionService } from './application/review-decision.service';
import { ReviewFactsGatherer } from './application/review-facts';
import { ReviewLifecycleService } from './application/review-lifecycle.service';
import { ReviewNotificationService } from './application/review-notification.service';
import { ReviewQueries } from './application/review.queries';
import { SubjectService } from './application/subject.service';
import { ReviewStagesController } from './http/review-stages.controller';
import { ReviewsController } from './http/reviews.controller';
import { SubjectsController } from './http/subjects.controller';
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
];

/** The record of each review, from notification to closure. */
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), AuditModule, IdentityModule, PartnershipsModule],
  controllers: [ReviewsController, ReviewStagesController, SubjectsController],
  providers: [...REPOSITORIES, ...SERVICES],
})
export class ReviewsModule {}
