import { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import {
  CompletionPage,
  ProgressPage,
  SendBackPage as ActionSendBackPage,
} from './pages/actions/action-forms';
import { ActionNewPage } from './pages/actions/action-new-page';
import { ActionPage } from './pages/actions/action-page';
import { ActionRecommendationsPage } from './pages/actions/action-recommendations';
import { ActionsPage } from './pages/actions/actions-page';
import { AgencyNamesPage } from './pages/actions/agency-names-page';
import { PlanImportPage } from './pages/actions/import-page';
import { MyActionsPage } from './pages/actions/my-actions-page';
import { PageProblem } from './components/page';
import { AgenciesPage } from './pages/agencies-page';
import { AgencyNewPage } from './pages/agency-new-page';
import { AgencyPage } from './pages/agency-page';
import { AuditPage } from './pages/audit-page';
import { CoordinatorInvitePage } from './pages/coordinator-invite-page';
import { HomePage } from './pages/home';
import { ChronologyEntryPage, ChronologyPage } from './pages/imr/author-chronology';
import { ChronologyImportPage } from './pages/imr/author-chronology-import';
import { ChairImrPage } from './pages/imr/chair-imr-page';
import { ChairReturnPage } from './pages/imr/chair-return-page';
import { ImrCoveragePage } from './pages/imr/scoping-coverage-page';
import { CombinedChronologyPage } from './pages/imr/combined-chronology-page';
import { ImrScopingPage } from './pages/imr/scoping-page';
import {
  GoodPracticePage,
  ImrIndependencePage,
  LessonsPage,
  QuestionPage,
  SendBackPage,
} from './pages/imr/author-forms';
import { ImrPage } from './pages/imr/author-imr-page';
import { ImrListPage } from './pages/imr/author-list-page';
import { RecommendationsPage } from './pages/imr/author-recommendations';
import { MailboxPage } from './pages/mailbox-page';
import { LessonEditPage, LessonNewPage, ReviewLessonsPage } from './pages/learning/lessons-page';
import { LearningDashboardPage } from './pages/learning/dashboard-page';
import { LearningSearchPage } from './pages/learning/search-page';
import { RecommendationEditPage, RecommendationNewPage } from './pages/learning/recommendation-form';
import { ReviewRecommendationsPage } from './pages/learning/recommendations-page';
import { ThemePage, ThemesPage } from './pages/learning/themes-page';
import { PartnershipNewPage } from './pages/partnership-new-page';
import { PartnershipsPage } from './pages/partnerships-page';
import { ReviewPolicyPage } from './pages/review-policy-page';
import {
  AppointChairPage,
  DecisionPage,
  HomeOfficeInformedPage,
  IndependencePage,
  MovePage,
  PausePage,
  ResumePage,
} from './pages/reviews/review-forms';
import { MeetingMinutesPage } from './pages/reviews/meeting-minutes-page';
import { MeetingNewPage, MeetingsPage } from './pages/reviews/meetings-page';
import { PanelMemberEditPage, PanelMemberNewPage, PanelPage } from './pages/reviews/panel-page';
import { ReviewNewPage } from './pages/reviews/review-new-page';
import { ReviewPage } from './pages/reviews/review-page';
import { ReviewsPage } from './pages/reviews/reviews-page';
import { TermsDraftEditPage, TermsDraftNewPage } from './pages/reviews/terms-of-reference-form';
import {
  TermsAgreePage,
  TermsOfReferencePage,
  TermsVersionPage,
} from './pages/reviews/terms-of-reference-page';
import { FamilyContactPage, FamilyInvolvementPage, FamilyPage } from './pages/reviews/family-page';
import {
  ParallelProcessConclusionPage,
  ParallelProcessesPage,
  ParallelProcessHearingPage,
  ParallelProcessNewPage,
} from './pages/reviews/parallel-processes-page';
import {
  BreachReasonPage,
  PublicationPage,
  SignOffPage,
  TransferPage,
} from './pages/reviews/review-late-forms';
import {
  AnonymisationCheckPage,
  QaOutcomePage,
  SendSubmissionPage,
  SubmissionDocumentsPage,
} from './pages/reviews/submission-forms';
import { SubmissionsPage } from './pages/reviews/submissions-page';
import { SubjectEditPage, SubjectIdentityPage, SubjectNewPage } from './pages/reviews/subject-forms';
import { SubjectsPage } from './pages/reviews/subjects-page';
import { SetPasswordPage } from './pages/set-password';
import { SignInPage } from './pages/sign-in';
import { UserInvitePage } from './pages/user-invite-page';
import { UserPage } from './pages/user-page';
import { UsersPage } from './pages/users-page';
import { Permission } from './session/session';
import { SignedInOnly } from './session/signed-in-only';

const NOT_FOUND = {
  status: 404,
  code: 'not_found',
  detail: 'If you typed the web address, check it is correct.',
};

export function App() {
  const only = (permission: Permission | undefined, page: ReactNode) => (
    <SignedInOnly permission={permission}>{page}</SignedInOnly>
  );
  return (
    <Layout>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/set-password" element={<SetPasswordPage />} />
        <Route path="/" element={only(undefined, <HomePage />)} />
        <Route path="/users" element={only('users.read', <UsersPage />)} />
        <Route path="/users/new" element={only('users.manage', <UserInvitePage />)} />
        <Route path="/users/:userId" element={only('users.read', <UserPage />)} />
        <Route path="/agencies" element={only('agencies.read', <AgenciesPage />)} />
        <Route path="/agencies/new" element={only('agencies.manage', <AgencyNewPage />)} />
        <Route path="/agencies/:agencyId" element={only('agencies.manage', <AgencyPage />)} />
        <Route path="/reviews" element={only('reviews.read', <ReviewsPage />)} />
        <Route path="/reviews/new" element={only('reviews.notify', <ReviewNewPage />)} />
        <Route path="/review-policy" element={only('reviews.read', <ReviewPolicyPage />)} />
        <Route path="/reviews/:reviewId" element={only('reviews.read', <ReviewPage />)} />
        <Route path="/reviews/:reviewId/decision" element={only('reviews.read', <DecisionPage />)} />
        <Route
          path="/reviews/:reviewId/home-office"
          element={only('reviews.read', <HomeOfficeInformedPage />)}
        />
        <Route path="/reviews/:reviewId/chair" element={only('reviews.read', <AppointChairPage />)} />
        <Route path="/reviews/:reviewId/independence" element={only('reviews.read', <IndependencePage />)} />
        <Route path="/reviews/:reviewId/move/:transition" element={only('reviews.read', <MovePage />)} />
        <Route path="/reviews/:reviewId/pause" element={only('reviews.read', <PausePage />)} />
        <Route path="/reviews/:reviewId/resume" element={only('reviews.read', <ResumePage />)} />
        <Route path="/reviews/:reviewId/panel" element={only('reviews.read', <PanelPage />)} />
        <Route path="/reviews/:reviewId/panel/new" element={only('reviews.read', <PanelMemberNewPage />)} />
        <Route
          path="/reviews/:reviewId/panel/:memberId"
          element={only('reviews.read', <PanelMemberEditPage />)}
        />
        <Route path="/reviews/:reviewId/meetings" element={only('reviews.read', <MeetingsPage />)} />
        <Route path="/reviews/:reviewId/meetings/new" element={only('reviews.read', <MeetingNewPage />)} />
        <Route
          path="/reviews/:reviewId/meetings/:meetingId/minutes"
          element={only('reviews.read', <MeetingMinutesPage />)}
        />
        <Route
          path="/reviews/:reviewId/terms-of-reference"
          element={only('reviews.read', <TermsOfReferencePage />)}
        />
        <Route
          path="/reviews/:reviewId/terms-of-reference/new"
          element={only('reviews.read', <TermsDraftNewPage />)}
        />
        <Route
          path="/reviews/:reviewId/terms-of-reference/:versionId"
          element={only('reviews.read', <TermsVersionPage />)}
        />
        <Route
          path="/reviews/:reviewId/terms-of-reference/:versionId/edit"
          element={only('reviews.read', <TermsDraftEditPage />)}
        />
        <Route
          path="/reviews/:reviewId/terms-of-reference/:versionId/agree"
          element={only('reviews.read', <TermsAgreePage />)}
        />
        <Route path="/reviews/:reviewId/family" element={only('reviews.read', <FamilyPage />)} />
        <Route
          path="/reviews/:reviewId/family/contacts/new"
          element={only('reviews.read', <FamilyContactPage />)}
        />
        <Route
          path="/reviews/:reviewId/family/involvement"
          element={only('reviews.read', <FamilyInvolvementPage />)}
        />
        <Route
          path="/reviews/:reviewId/parallel-processes"
          element={only('reviews.read', <ParallelProcessesPage />)}
        />
        <Route
          path="/reviews/:reviewId/parallel-processes/new"
          element={only('reviews.read', <ParallelProcessNewPage />)}
        />
        <Route
          path="/reviews/:reviewId/parallel-processes/:processId/hearing"
          element={only('reviews.read', <ParallelProcessHearingPage />)}
        />
        <Route
          path="/reviews/:reviewId/parallel-processes/:processId/conclusion"
          element={only('reviews.read', <ParallelProcessConclusionPage />)}
        />
        <Route path="/reviews/:reviewId/submissions" element={only('reviews.read', <SubmissionsPage />)} />
        <Route
          path="/reviews/:reviewId/submissions/documents"
          element={only('reviews.read', <SubmissionDocumentsPage />)}
        />
        <Route
          path="/reviews/:reviewId/submissions/anonymisation-check"
          element={only('reviews.read', <AnonymisationCheckPage />)}
        />
        <Route
          path="/reviews/:reviewId/submissions/send"
          element={only('reviews.read', <SendSubmissionPage />)}
        />
        <Route
          path="/reviews/:reviewId/submissions/qa-outcome"
          element={only('reviews.read', <QaOutcomePage />)}
        />
        <Route path="/reviews/:reviewId/subjects" element={only('reviews.read', <SubjectsPage />)} />
        <Route path="/reviews/:reviewId/subjects/new" element={only('reviews.read', <SubjectNewPage />)} />
        <Route
          path="/reviews/:reviewId/subjects/:subjectId"
          element={only('reviews.read', <SubjectEditPage />)}
        />
        <Route
          path="/reviews/:reviewId/subjects/:subjectId/identity"
          element={only('reviews.read', <SubjectIdentityPage />)}
        />
        <Route path="/reviews/:reviewId/imrs" element={only('reviews.read', <ImrScopingPage />)} />
        <Route path="/reviews/:reviewId/imrs/coverage" element={only('reviews.read', <ImrCoveragePage />)} />
        <Route
          path="/reviews/:reviewId/chronology"
          element={only('reviews.read', <CombinedChronologyPage />)}
        />
        <Route path="/reviews/:reviewId/imrs/:requestId" element={only('reviews.read', <ChairImrPage />)} />
        <Route
          path="/reviews/:reviewId/imrs/:requestId/return"
          element={only('reviews.read', <ChairReturnPage />)}
        />
        <Route path="/reviews/:reviewId/sign-off" element={only('reviews.read', <SignOffPage />)} />
        <Route path="/reviews/:reviewId/breach-reason" element={only('reviews.read', <BreachReasonPage />)} />
        <Route path="/reviews/:reviewId/publication" element={only('reviews.read', <PublicationPage />)} />
        <Route path="/reviews/:reviewId/transfer" element={only('reviews.read', <TransferPage />)} />
        <Route path="/reviews/:reviewId/lessons" element={only('learning.read', <ReviewLessonsPage />)} />
        <Route path="/reviews/:reviewId/lessons/new" element={only('learning.read', <LessonNewPage />)} />
        <Route
          path="/reviews/:reviewId/lessons/:lessonId"
          element={only('learning.read', <LessonEditPage />)}
        />
        <Route
          path="/reviews/:reviewId/recommendations"
          element={only('learning.read', <ReviewRecommendationsPage />)}
        />
        <Route
          path="/reviews/:reviewId/recommendations/new"
          element={only('learning.read', <RecommendationNewPage />)}
        />
        <Route
          path="/reviews/:reviewId/recommendations/:recommendationId/edit"
          element={only('learning.read', <RecommendationEditPage />)}
        />
        <Route path="/learning" element={only('learning.read', <LearningDashboardPage />)} />
        <Route path="/learning/search" element={only('learning.read', <LearningSearchPage />)} />
        <Route path="/themes" element={only('learning.manage', <ThemesPage />)} />
        <Route path="/themes/:themeId" element={only('learning.manage', <ThemePage />)} />
        <Route path="/imr" element={only('imr.read', <ImrListPage />)} />
        <Route path="/imr/:requestId" element={only('imr.read', <ImrPage />)} />
        <Route
          path="/imr/:requestId/questions/:questionNumber"
          element={only('imr.read', <QuestionPage />)}
        />
        <Route path="/imr/:requestId/good-practice" element={only('imr.read', <GoodPracticePage />)} />
        <Route path="/imr/:requestId/lessons" element={only('imr.read', <LessonsPage />)} />
        <Route path="/imr/:requestId/recommendations" element={only('imr.read', <RecommendationsPage />)} />
        <Route path="/imr/:requestId/independence" element={only('imr.read', <ImrIndependencePage />)} />
        <Route path="/imr/:requestId/send-back" element={only('imr.read', <SendBackPage />)} />
        <Route path="/imr/:requestId/chronology" element={only('imr.read', <ChronologyPage />)} />
        <Route path="/imr/:requestId/chronology/new" element={only('imr.read', <ChronologyEntryPage />)} />
        <Route
          path="/imr/:requestId/chronology/import"
          element={only('imr.read', <ChronologyImportPage />)}
        />
        <Route
          path="/imr/:requestId/chronology/:entryId"
          element={only('imr.read', <ChronologyEntryPage />)}
        />
        <Route path="/actions" element={only('learning.read', <ActionsPage />)} />
        <Route path="/actions/new" element={only('learning.manage', <ActionNewPage />)} />
        <Route path="/actions/import" element={only('learning.manage', <PlanImportPage />)} />
        <Route path="/actions/import/agency-names" element={only('learning.manage', <AgencyNamesPage />)} />
        <Route path="/actions/:actionId" element={only('learning.read', <ActionPage />)} />
        <Route path="/actions/:actionId/progress" element={only('learning.read', <ProgressPage />)} />
        <Route path="/actions/:actionId/completion" element={only('learning.read', <CompletionPage />)} />
        <Route
          path="/actions/:actionId/recommendations"
          element={only('learning.manage', <ActionRecommendationsPage />)}
        />
        <Route
          path="/actions/:actionId/send-back"
          element={only('learning.manage', <ActionSendBackPage />)}
        />
        <Route path="/my-actions" element={only('learning.read', <MyActionsPage />)} />
        <Route path="/audit" element={only('audit.read', <AuditPage />)} />
        <Route path="/mailbox" element={only('mailbox.read', <MailboxPage />)} />
        <Route path="/partnerships" element={only('partnerships.manage', <PartnershipsPage />)} />
        <Route path="/partnerships/new" element={only('partnerships.manage', <PartnershipNewPage />)} />
        <Route
          path="/partnerships/:partnershipId/coordinators/new"
          element={only('partnerships.manage', <CoordinatorInvitePage />)}
        />
        <Route path="*" element={only(undefined, <PageProblem problem={NOT_FOUND} />)} />
      </Routes>
    </Layout>
  );
}
