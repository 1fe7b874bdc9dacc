import { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { PageProblem } from './components/page';
import { AgenciesPage } from './pages/agencies-page';
import { AgencyNewPage } from './pages/agency-new-page';
import { AgencyPage } from './pages/agency-page';
import { AuditPage } from './pages/audit-page';
import { CoordinatorInvitePage } from './pages/coordinator-invite-page';
import { HomePage } from './pages/home';
import { MailboxPage } from './pages/mailbox-page';
import { PartnershipNewPage } from './pages/partnership-new-page';
import { PartnershipsPage } from './pages/partnerships-page';
import {
  AppointChairPage,
  DecisionPage,
  HomeOfficeInformedPage,
  IndependencePage,
  MovePage,
  PausePage,
  ResumePage,
} from './pages/reviews/review-forms';
import { ReviewNewPage } from './pages/reviews/review-new-page';
import { ReviewPage } from './pages/reviews/review-page';
import { ReviewsPage } from './pages/reviews/reviews-page';
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
