// Generated from the api's OpenAPI document by `npm run openapi:generate`. Do not edit by hand.
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMyPartnership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPartnerships"];
        put?: never;
        post: operations["createPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAgencyTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAgencies"];
        put?: never;
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateAgency"];
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsers"];
        put?: never;
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{userId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{partnershipId}/coordinators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createCoordinator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDocuments"];
        put?: never;
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{documentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listReviews"];
        put?: never;
        post: operations["notifyReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["decideReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/home-office-informed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["recordHomeOfficeInformed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/chair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["appointChair"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/chair/independence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["declareChairIndependence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["moveReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signOffReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["transferReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publishReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/breach-reason": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["explainBreach"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["pauseReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resumeReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/family": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["recordFamilyInvolvement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSubjects"];
        put?: never;
        post: operations["addSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/subjects/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateSubject"];
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/subjects/{subjectId}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["readSubjectIdentity"];
        put: operations["recordSubjectIdentity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/panel-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPanelMembers"];
        put?: never;
        post: operations["addPanelMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/panel-members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updatePanelMember"];
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMeetings"];
        put?: never;
        post: operations["recordMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/terms-of-reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listTermsOfReference"];
        put?: never;
        post: operations["startTermsDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/terms-of-reference/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTermsVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateTermsDraft"];
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/terms-of-reference/{versionId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["agreeTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/family-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listFamilyContacts"];
        put?: never;
        post: operations["recordFamilyContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/parallel-processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listParallelProcesses"];
        put?: never;
        post: operations["addParallelProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/parallel-processes/{processId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateParallelProcess"];
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/parallel-processes/{processId}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["concludeParallelProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSubmissions"];
        put?: never;
        /** Start the next submission version (after sign-off; none unsent) */
        post: operations["startSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/submissions/{submissionId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set parts of an unsent version (If-Match: the submission’s ETag) */
        patch: operations["setSubmissionDocuments"];
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/submissions/{submissionId}/anonymisation-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that you checked no real identity appears in any part (If-Match: the submission’s ETag) */
        post: operations["recordAnonymisationCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/submissions/{submissionId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the latest version to the Home Office (If-Match: the review’s ETag) */
        post: operations["sendSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/submissions/{submissionId}/qa-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the Home Office QA outcome of the version sent (If-Match: the review’s ETag) */
        post: operations["recordQaOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getReviewPolicy"];
        put: operations["setReviewPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/imr-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listImrRequests"];
        put?: never;
        post: operations["scopeAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/imr-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["imrCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-imr-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMyImrRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getImr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["changeImrRequest"];
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/sending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["sendImrRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/answers/{questionNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["saveImrAnswer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/good-practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["saveImrGoodPractice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["saveImrLessons"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["saveImrRecommendations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/independence-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["saveImrIndependenceStatement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["submitImr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signOffImr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/sign-off-declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["declineImrSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["returnImr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["acceptImr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/chronology-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listChronologyEntries"];
        put?: never;
        post: operations["addChronologyEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/chronology-entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeChronologyEntry"];
        options?: never;
        head?: never;
        patch: operations["changeChronologyEntry"];
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/chronology-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["downloadChronologyTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imr-requests/{requestId}/chronology-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importChronology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/chronology": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The combined chronology of a review
         * @description Entries come in this order; each rule only breaks ties left by the ones before it:
         *     1. The first day the date can mean, ascending ("spring 2007" starts 2007-03-01). So "2013" comes before "summer 2013": it may be earlier, and a reader should meet it before anything it could precede.
         *     2. The last day it can mean, ascending: when dates start together the narrower comes first, so "1 June 2013" < "early June 2013" < "June 2013" < "summer 2013", and "1 January 2013" < "January 2013" < "early 2013" < "2013". A range sorts by its whole span, from the start of `from` to the end of `to`.
         *     3. Time of day, for entries of the same single day: untimed first (the day as a whole, then what happened in it), then timed ones by "HH:MM".
         *     4. Exact before approximate ("1985" before "c. 1985"): the firmer statement anchors the hedged one.
         *     5. Agency name, case-insensitively, then exactly; then agency id (two agencies may share a name).
         *     6. When the entry was recorded, earlier first, so one agency's entries of the same date keep the order the author wrote them in.
         *     7. Entry id, so the order is total: the same entries always come out in the same order.
         *     Text comparisons are by UTF-16 code unit, not locale, so the order does not depend on the machine.
         *
         *     Filters: agencyId (one agency), subject (a pseudonym), from/to (YYYY-MM-DD: entries whose possible days overlap the period, so "August 2013" is in a period that holds any day of August 2013).
         *
         *     For those who may view the review (IMR authors see their own agency's chronology through their IMR request). Readers who do not work on the review see the entries of IMRs that have reached the chair.
         */
        get: operations["combinedChronology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/chronology/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The combined chronology as CSV, XLSX or a DOCX table
         * @description Columns: Date, Agency, Source record, Subjects, Event, Action/outcome, Analysis; in the order of the combined chronology, with the same filters. Subjects appear by pseudonym only.
         *
         *     Filters: agencyId (one agency), subject (a pseudonym), from/to (YYYY-MM-DD: entries whose possible days overlap the period, so "August 2013" is in a period that holds any day of August 2013).
         */
        get: operations["exportChronology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/chronology/duplicate-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the combined chronology for likely duplicates across agencies
         * @description The chair or coordinator. Runs as a job: follow it with GET duplicate-checks/latest.
         */
        post: operations["requestDuplicateCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/chronology/duplicate-checks/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest duplicate check: its progress, and the pairs found with the chair’s decisions */
        get: operations["latestDuplicateCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/chronology/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The chair’s decision on two entries: the same event (linked) or not (dismissed)
         * @description A later decision on the same pair replaces the earlier one; each is audited.
         */
        post: operations["decideChronologyLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listActions"];
        put?: never;
        post: operations["createAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAction"];
        put: operations["changeAction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{actionId}/progress-updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reportProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{actionId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["submitActionCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{actionId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["approveActionCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{actionId}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rejectActionCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listThemes"];
        put?: never;
        post: operations["createTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/{themeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateTheme"];
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listLessons"];
        put?: never;
        post: operations["addLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lessons/{lessonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateLesson"];
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listReviewRecommendations"];
        put?: never;
        post: operations["addReviewRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/recommendations/from-imrs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["copyImrRecommendations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendation-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRecommendationSources"];
        put?: never;
        post: operations["addRecommendationSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSourceRecommendations"];
        put?: never;
        post: operations["addSourceRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations/{recommendationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRecommendation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateRecommendation"];
        trace?: never;
    };
    "/api/v1/action-plan/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The action plan as XLSX, CSV or a DOCX table (landscape)
         * @description Columns: Ref, Recommendation, Lead agency, Lead officer, Actions, Milestones, Target date, Progress, RAG, Date of update; in reference order, with the filters of GET /api/v1/actions. A lead officer exports only their agency’s actions. Text that a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) gets a leading apostrophe in CSV; in XLSX every cell is a string, never a formula. Each export is audited.
         */
        get: operations["exportActionPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The action plan at a glance
         * @description Counts by effective RAG, overdue actions, counts by lead agency and by recommendation theme (each with its RAG breakdown), completion per review (closed / all actions answering its recommendations) and, for the last 4 calendar quarters, actions closed, actions added and updates given. The coordinator and the CSP chair see the whole partnership; anyone else their agency’s actions only, as in the list.
         */
        get: operations["learningDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search of the partnership’s lessons and recommendations
         * @description Lessons (narrative and statement) and recommendations (text), matched with PostgreSQL English full text (websearch syntax: words, "a phrase", -excluded, or), best ranked first, at most 50. Results of a review only for those who may view it.
         */
        get: operations["searchLearning"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/themes/frequency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How often each theme recurs: the number of distinct reviews whose lessons or recommendations carry it */
        get: operations["themeFrequency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-plan/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["previewActionPlanImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-plan/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importActionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-plan/import-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["startActionPlanImportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-plan/import-jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getActionPlanImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-plan/agency-names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPlanAgencyNames"];
        put?: never;
        post?: never;
        delete: operations["forgetPlanAgencyName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queue-dashboard-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["openQueueDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEventResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            actorUserId: string;
            action: string;
            entityType: string;
            /** Format: uuid */
            entityId: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string;
            /** Format: date-time */
            occurredAt: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEventResponse"][];
            nextCursor: string | null;
        };
        PartnershipResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            referencePrefix: string;
            version: number;
        };
        PartnershipList: {
            items: components["schemas"]["PartnershipResponse"][];
        };
        CreatePartnershipRequest: {
            /** @example Safer Rotherham Partnership */
            name: string;
            /**
             * @description prefix of review references, 2 to 12 capital letters
             * @example DHR
             */
            referencePrefix: string;
        };
        AgencyTypeResponse: {
            /** @enum {string} */
            key: "police" | "probation" | "local_authority" | "adult_social_care" | "childrens_social_care" | "housing" | "nhs_acute_trust" | "nhs_mental_health_trust" | "nhs_commissioner" | "gp_practice" | "ambulance" | "substance_misuse" | "domestic_abuse_service" | "victim_support" | "charity" | "education" | "other";
            label: string;
        };
        AgencyTypeList: {
            items: components["schemas"]["AgencyTypeResponse"][];
        };
        AgencyResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            shortName: string | null;
            /** @enum {string} */
            type: "police" | "probation" | "local_authority" | "adult_social_care" | "childrens_social_care" | "housing" | "nhs_acute_trust" | "nhs_mental_health_trust" | "nhs_commissioner" | "gp_practice" | "ambulance" | "substance_misuse" | "domestic_abuse_service" | "victim_support" | "charity" | "education" | "other";
            typeLabel: string;
            active: boolean;
            version: number;
        };
        AgencyList: {
            items: components["schemas"]["AgencyResponse"][];
        };
        CreateAgencyRequest: {
            /** @example South Yorkshire Police */
            name: string;
            /** @example SYP */
            shortName?: string | null;
            /** @enum {string} */
            type: "police" | "probation" | "local_authority" | "adult_social_care" | "childrens_social_care" | "housing" | "nhs_acute_trust" | "nhs_mental_health_trust" | "nhs_commissioner" | "gp_practice" | "ambulance" | "substance_misuse" | "domestic_abuse_service" | "victim_support" | "charity" | "education" | "other";
        };
        UpdateAgencyRequest: {
            name?: string;
            shortName?: string | null;
            /** @enum {string} */
            type?: "police" | "probation" | "local_authority" | "adult_social_care" | "childrens_social_care" | "housing" | "nhs_acute_trust" | "nhs_mental_health_trust" | "nhs_commissioner" | "gp_practice" | "ambulance" | "substance_misuse" | "domestic_abuse_service" | "victim_support" | "charity" | "education" | "other";
            active?: boolean;
        };
        LoginRequest: {
            /** @example coordinator@rotherham.demo */
            email: string;
            /** Format: password */
            password: string;
        };
        NamedRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        MeResponse: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            jobTitle: string | null;
            roles: ("system_admin" | "partnership_coordinator" | "csp_chair" | "independent_chair" | "panel_member" | "imr_author" | "lead_officer")[];
            permissions: string[];
            partnership: components["schemas"]["NamedRef"] | null;
            agency: components["schemas"]["NamedRef"] | null;
        };
        SignedInResponse: {
            /** @description bearer token for the Authorization header */
            accessToken: string;
            /** @description seconds until the access token expires */
            expiresIn: number;
            user: components["schemas"]["MeResponse"];
        };
        SetPasswordRequest: {
            /** @description the token from the set-password link */
            token: string;
            /** Format: password */
            password: string;
        };
        UserResponse: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            jobTitle: string | null;
            /** Format: uuid */
            agencyId: string | null;
            roles: ("system_admin" | "partnership_coordinator" | "csp_chair" | "independent_chair" | "panel_member" | "imr_author" | "lead_officer")[];
            /** @enum {string} */
            status: "invited" | "active" | "deactivated";
            version: number;
        };
        UserPage: {
            items: components["schemas"]["UserResponse"][];
            nextCursor: string | null;
        };
        CreateUserRequest: {
            /** @example j.smith@agency.example */
            email: string;
            /** @example Jo Smith */
            displayName: string;
            jobTitle?: string | null;
            /** Format: uuid */
            agencyId?: string | null;
            roles: ("partnership_coordinator" | "csp_chair" | "independent_chair" | "panel_member" | "imr_author" | "lead_officer")[];
        };
        UpdateUserRequest: {
            displayName?: string;
            jobTitle?: string | null;
            /** Format: uuid */
            agencyId?: string | null;
            roles?: ("partnership_coordinator" | "csp_chair" | "independent_chair" | "panel_member" | "imr_author" | "lead_officer")[];
            /** @enum {string} */
            status?: "active" | "deactivated";
        };
        CreateCoordinatorRequest: {
            email: string;
            displayName: string;
            jobTitle?: string | null;
        };
        MailboxMessageResponse: {
            /** Format: uuid */
            id: string;
            to: string;
            subject: string;
            body: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
        };
        MailboxPage: {
            items: components["schemas"]["MailboxMessageResponse"][];
            nextCursor: string | null;
        };
        DocumentUploadRequest: {
            /**
             * Format: binary
             * @description PDF, DOCX, XLSX, ODT, ODS, CSV, TXT, PNG or JPEG, no larger than the configured limit
             */
            file: string;
        };
        DocumentResponse: {
            /** Format: uuid */
            id: string;
            ownerType: string;
            /** Format: uuid */
            ownerId: string;
            /** @description display name; made safe from the name the file was uploaded with */
            filename: string;
            contentType: string;
            sizeBytes: number;
            /** @description SHA-256 of the content, lower-case hex */
            sha256: string;
            /** Format: uuid */
            uploadedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        DocumentPage: {
            items: components["schemas"]["DocumentResponse"][];
            nextCursor: string | null;
        };
        ClockResponse: {
            /** Format: date */
            dueOn: string | null;
            /** @enum {string} */
            state: "not_started" | "running" | "due_soon" | "overdue" | "met" | "missed";
            daysRemaining: number | null;
            /** Format: date */
            stoppedOn: string | null;
        };
        ClocksResponse: {
            decision: components["schemas"]["ClockResponse"];
            completion: components["schemas"]["ClockResponse"];
            pausedDays: number;
            paused: boolean;
        };
        ReviewSummaryResponse: {
            /** Format: uuid */
            id: string;
            /** @example DHR-2026-004 */
            reference: string;
            /** @enum {string} */
            reviewType: "dhr" | "dardr";
            /** @enum {string} */
            status: "notified" | "declined" | "setting_up" | "evidence_gathering" | "drafting" | "consultation" | "signed_off" | "submitted" | "cleared" | "published" | "closed" | "transferred";
            statusLabel: string;
            /** Format: date */
            notifiedOn: string;
            /** Format: date */
            statusChangedOn: string | null;
            clocks: components["schemas"]["ClocksResponse"];
            version: number;
        };
        ReviewSummaryList: {
            items: components["schemas"]["ReviewSummaryResponse"][];
            nextCursor: string | null;
        };
        SubjectIdentityRequest: {
            /** @example Full name as on the death certificate */
            fullName: string;
            otherNames?: string | null;
            /** Format: date */
            dateOfBirth?: string | null;
            address?: string | null;
        };
        SubjectRequest: {
            /** @example MA 1 */
            pseudonym: string;
            /** @enum {string} */
            role: "victim" | "perpetrator" | "other";
            /** @example Male */
            sex?: string | null;
            /** @example White British */
            ethnicity?: string | null;
            /** @enum {string|null} */
            ageBand?: "16-17" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65-74" | "75+" | null;
            /** @example Partner */
            relationshipToVictim?: string | null;
            /** @description sealed at rest; never listed */
            identity?: components["schemas"]["SubjectIdentityRequest"] | null;
        };
        CreateNotificationRequest: {
            /**
             * @description dhr, or dardr under the Victims and Prisoners Act 2024
             * @enum {string}
             */
            reviewType: "dhr" | "dardr";
            /**
             * Format: date
             * @description the day the CSP was told in writing
             */
            notifiedOn: string;
            /** @example DCI A. Example, South Yorkshire Police */
            notifiedBy: string;
            /** Format: uuid */
            notifyingAgencyId?: string | null;
            /** @example South Yorkshire Police */
            policeForce?: string | null;
            /** Format: date */
            dateOfDeath?: string | null;
            /** @enum {string} */
            relationship: "intimate_partner" | "former_intimate_partner" | "family_member" | "household_member";
            suspectedSuicide: boolean;
            circumstances?: string | null;
            subjects: components["schemas"]["SubjectRequest"][];
        };
        NotificationResponse: {
            /** Format: date */
            notifiedOn: string;
            notifiedBy: string;
            /** Format: uuid */
            notifyingAgencyId: string | null;
            policeForce: string | null;
            /** Format: date */
            dateOfDeath: string | null;
            /** @enum {string} */
            relationship: "intimate_partner" | "former_intimate_partner" | "family_member" | "household_member";
            suspectedSuicide: boolean;
            circumstances: string | null;
        };
        DecisionResponse: {
            /** @enum {string} */
            outcome: "commission" | "decline";
            /** Format: date */
            decidedOn: string;
            decisionMaker: string;
            rationale: string;
        };
        ChairResponse: {
            /** Format: uuid */
            userId: string;
            name: string;
            /** Format: date */
            appointedOn: string;
            independenceStatement: string | null;
            /** Format: date-time */
            independenceDeclaredAt: string | null;
        };
        BreachResponse: {
            reason: string;
            note: string;
        };
        SignOffResponse: {
            /** Format: date */
            signedOffOn: string;
            signedOffBy: string;
        };
        FamilyInvolvementResponse: {
            /** Format: date */
            advocacyOfferedOn: string | null;
            /** Format: date */
            draftSharedOn: string | null;
            pseudonymNote: string | null;
        };
        PublicationResponse: {
            /** Format: date */
            publishedOn: string | null;
            url: string | null;
            /** Format: date */
            familyToldOn: string | null;
            /** Format: date */
            removalReviewOn: string | null;
        };
        BlockerResponse: {
            code: string;
            message: string;
        };
        TransitionResponse: {
            /** @enum {string} */
            transition: "commission" | "decline" | "start_work" | "start_drafting" | "start_consultation" | "sign_off" | "submit" | "record_cleared" | "record_resubmit" | "publish" | "close" | "transfer";
            label: string;
            /** @enum {string} */
            to: "notified" | "declined" | "setting_up" | "evidence_gathering" | "drafting" | "consultation" | "signed_off" | "submitted" | "cleared" | "published" | "closed" | "transferred";
            available: boolean;
            blockers: components["schemas"]["BlockerResponse"][];
        };
        PauseResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            reason: "criminal_proceedings" | "inquest" | "police_conduct_investigation" | "other";
            note: string | null;
            /** Format: uuid */
            parallelProcessId: string | null;
            /** Format: date */
            pausedOn: string;
            /** Format: date */
            revisitOn: string;
            /** Format: date */
            resumedOn: string | null;
        };
        ReviewResponse: {
            /** Format: uuid */
            id: string;
            /** @example DHR-2026-004 */
            reference: string;
            /** @enum {string} */
            reviewType: "dhr" | "dardr";
            /** @enum {string} */
            status: "notified" | "declined" | "setting_up" | "evidence_gathering" | "drafting" | "consultation" | "signed_off" | "submitted" | "cleared" | "published" | "closed" | "transferred";
            statusLabel: string;
            /** Format: date */
            notifiedOn: string;
            /** Format: date */
            statusChangedOn: string | null;
            clocks: components["schemas"]["ClocksResponse"];
            version: number;
            notification: components["schemas"]["NotificationResponse"];
            decision: components["schemas"]["DecisionResponse"] | null;
            /** Format: date */
            homeOfficeInformedOn: string | null;
            chair: components["schemas"]["ChairResponse"] | null;
            /** Format: uuid */
            authorUserId: string | null;
            breach: components["schemas"]["BreachResponse"] | null;
            signOff: components["schemas"]["SignOffResponse"] | null;
            /** Format: date */
            firstSubmittedOn: string | null;
            family: components["schemas"]["FamilyInvolvementResponse"];
            publication: components["schemas"]["PublicationResponse"];
            transferredTo: string | null;
            statusNote: string | null;
            capabilities: ("view" | "view_identities" | "work" | "administer" | "decide" | "sign_off")[];
            transitions: components["schemas"]["TransitionResponse"][];
            pauses: components["schemas"]["PauseResponse"][];
        };
        DecisionRequest: {
            /** @enum {string} */
            outcome: "commission" | "decline";
            /** Format: date */
            decidedOn: string;
            /** @example Chair, Safer Rotherham Partnership */
            decisionMaker: string;
            rationale: string;
            /** Format: date */
            homeOfficeInformedOn?: string | null;
        };
        HomeOfficeInformedRequest: {
            /** Format: date */
            informedOn: string;
        };
        AppointChairRequest: {
            /** Format: uuid */
            chairUserId: string;
            /** Format: date */
            appointedOn: string;
            /** Format: uuid */
            authorUserId?: string | null;
        };
        IndependenceRequest: {
            /** @example I have never been employed by any of the agencies involved with this review. */
            statement: string;
        };
        TransitionRequest: {
            /** @enum {string} */
            transition: "start_work" | "start_drafting" | "start_consultation" | "close";
            /** Format: date */
            on: string;
            note?: string | null;
        };
        SignOffRequest: {
            /** Format: date */
            signedOffOn: string;
            /** @example Chair, Safer Rotherham Partnership Board */
            signedOffBy: string;
        };
        TransferRequest: {
            to: string;
            reason: string;
            /** Format: date */
            transferredOn: string;
        };
        PublicationRequest: {
            /** Format: date */
            publishedOn: string;
            /** @example https://www.example.gov.uk/dhr-2026-001 */
            url: string;
            /**
             * Format: date
             * @description when to consider taking it down (at least 12 months on)
             */
            removalReviewOn?: string | null;
        };
        BreachReasonRequest: {
            /** @enum {string} */
            reason: "criminal_proceedings" | "inquest" | "volume_of_information" | "agency_delay" | "family_engagement" | "chair_availability" | "other";
            note: string;
        };
        PauseRequest: {
            /** @enum {string} */
            reason: "criminal_proceedings" | "inquest" | "police_conduct_investigation" | "other";
            note?: string | null;
            /** Format: uuid */
            parallelProcessId?: string | null;
            /** Format: date */
            pausedOn: string;
            /** Format: date */
            revisitOn: string;
        };
        ResumeRequest: {
            /** Format: date */
            resumedOn: string;
        };
        FamilyInvolvementRequest: {
            /** Format: date */
            advocacyOfferedOn?: string | null;
            /** Format: date */
            draftSharedOn?: string | null;
            pseudonymNote?: string | null;
            /**
             * Format: date
             * @description when the family was told the date of publication
             */
            familyToldPublicationOn?: string | null;
        };
        SubjectResponse: {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** @enum {string} */
            role: "victim" | "perpetrator" | "other";
            sex: string | null;
            ethnicity: string | null;
            ageBand: string | null;
            relationshipToVictim: string | null;
            /** @description whether a real identity is held (never the identity itself) */
            identityRecorded: boolean;
            version: number;
        };
        SubjectList: {
            items: components["schemas"]["SubjectResponse"][];
        };
        UpdateSubjectRequest: {
            pseudonym?: string;
            /** @enum {string} */
            role?: "victim" | "perpetrator" | "other";
            sex?: string | null;
            ethnicity?: string | null;
            /** @enum {string|null} */
            ageBand?: "16-17" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65-74" | "75+" | null;
            relationshipToVictim?: string | null;
        };
        SubjectIdentityResponse: {
            fullName: string;
            otherNames?: string | null;
            /** Format: date */
            dateOfBirth?: string | null;
            address?: string | null;
        };
        PanelMemberResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            agencyId: string | null;
            organisation: string | null;
            jobTitle: string | null;
            /** @enum {string} */
            panelRole: "member" | "author" | "adviser" | "minute_taker";
            panelRoleLabel: string;
            /** Format: uuid */
            userId: string | null;
            /** Format: date */
            joinedOn: string;
            /** Format: date */
            leftOn: string | null;
            version: number;
        };
        PanelMemberList: {
            items: components["schemas"]["PanelMemberResponse"][];
        };
        PanelMemberRequest: {
            /** @example Helen Smith */
            name: string;
            /**
             * Format: uuid
             * @description an agency of the partnership
             */
            agencyId?: string | null;
            /** @example South Yorkshire Police */
            organisation?: string | null;
            /** @example Sergeant */
            jobTitle?: string | null;
            /** @enum {string} */
            panelRole: "member" | "author" | "adviser" | "minute_taker";
            /**
             * Format: uuid
             * @description a user of the partnership, who may then read the review
             */
            userId?: string | null;
            /** Format: date */
            joinedOn: string;
            /**
             * Format: date
             * @description on or after joinedOn
             */
            leftOn?: string | null;
        };
        UpdatePanelMemberRequest: {
            name?: string;
            /** Format: uuid */
            agencyId?: string | null;
            organisation?: string | null;
            jobTitle?: string | null;
            /** @enum {string} */
            panelRole?: "member" | "author" | "adviser" | "minute_taker";
            /** Format: uuid */
            userId?: string | null;
            /** Format: date */
            joinedOn?: string;
            /** Format: date */
            leftOn?: string | null;
        };
        PanelMeetingResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            heldOn: string;
            attendeeIds: string[];
            decisions: string[];
            notes: string | null;
            version: number;
        };
        PanelMeetingList: {
            items: components["schemas"]["PanelMeetingResponse"][];
        };
        PanelMeetingRequest: {
            /**
             * Format: date
             * @description not in the future
             */
            heldOn: string;
            /** @description members of this panel serving on heldOn */
            attendeeIds: string[];
            /**
             * @example [
             *       "Terms of reference revised to add questions 11 and 12"
             *     ]
             */
            decisions: string[];
            notes?: string | null;
        };
        UpdatePanelMeetingRequest: {
            /** Format: date */
            heldOn?: string;
            attendeeIds?: string[];
            decisions?: string[];
            notes?: string | null;
        };
        ApproximateDateResponse: {
            /** @enum {string} */
            precision: "day" | "month" | "season" | "year";
            year: number;
            month?: number;
            day?: number;
            /** @enum {string} */
            season?: "spring" | "summer" | "autumn" | "winter";
            /** @enum {string} */
            qualifier?: "early" | "mid" | "late";
            /** @example spring 2007 */
            label: string;
        };
        TermsQuestionResponse: {
            number: number;
            text: string;
        };
        TermsOfReferenceResponse: {
            /** Format: uuid */
            id: string;
            versionNumber: number;
            /** @enum {string} */
            status: "draft" | "agreed";
            purpose: string;
            periodFrom: components["schemas"]["ApproximateDateResponse"];
            periodTo: components["schemas"]["ApproximateDateResponse"];
            agencyIds: string[];
            questions: components["schemas"]["TermsQuestionResponse"][];
            equalityAndDiversity: string | null;
            familyInvolvement: string | null;
            parallelProcesses: string | null;
            revisionNote: string | null;
            /** Format: date */
            agreedOn: string | null;
            /** Format: uuid */
            agreedAtMeetingId: string | null;
            version: number;
        };
        TermsOfReferenceList: {
            items: components["schemas"]["TermsOfReferenceResponse"][];
        };
        ApproximateDateDto: {
            /** @enum {string} */
            precision: "day" | "month" | "season" | "year";
            /** @example 2007 */
            year: number;
            /** @description for day and month precision */
            month?: number;
            /** @description for day precision */
            day?: number;
            /**
             * @description for season precision
             * @enum {string}
             */
            season?: "spring" | "summer" | "autumn" | "winter";
            /**
             * @description not with an exact day
             * @enum {string}
             */
            qualifier?: "early" | "mid" | "late";
        };
        TermsOfReferenceRequest: {
            purpose?: string;
            /**
             * @example {
             *       "precision": "season",
             *       "year": 2007,
             *       "season": "spring"
             *     }
             */
            periodFrom?: components["schemas"]["ApproximateDateDto"];
            /**
             * @example {
             *       "precision": "season",
             *       "year": 2013,
             *       "season": "autumn"
             *     }
             */
            periodTo?: components["schemas"]["ApproximateDateDto"];
            /** @description agencies of the partnership in scope */
            agencyIds?: string[];
            /** @description in order; numbered 1..n */
            questions?: string[];
            equalityAndDiversity?: string | null;
            familyInvolvement?: string | null;
            parallelProcesses?: string | null;
            /** @example Questions 11 and 12 added at the second panel meeting */
            revisionNote?: string | null;
        };
        AgreementRequest: {
            /**
             * Format: uuid
             * @description the recorded panel meeting of this review that agreed it
             */
            meetingId: string;
        };
        FamilyContactResponse: {
            /** Format: uuid */
            id: string;
            person: string;
            relationship: string;
            /** @enum {string} */
            channel: "letter" | "email" | "phone" | "meeting" | "video_call" | "via_liaison_officer" | "via_advocate";
            channelLabel: string;
            /** Format: date */
            contactedOn: string;
            /** @enum {string} */
            outcome: "met" | "contributed" | "informed" | "declined" | "no_reply" | "other";
            outcomeLabel: string;
            notes: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        FamilyContactList: {
            items: components["schemas"]["FamilyContactResponse"][];
        };
        FamilyContactRequest: {
            /** @example Mother of MA 1 (by relationship, never by name) */
            person: string;
            /** @example Mother */
            relationship: string;
            /** @enum {string} */
            channel: "letter" | "email" | "phone" | "meeting" | "video_call" | "via_liaison_officer" | "via_advocate";
            /**
             * Format: date
             * @description not in the future, nor before the notification
             */
            contactedOn: string;
            /**
             * @description no_reply when nobody answered
             * @enum {string}
             */
            outcome: "met" | "contributed" | "informed" | "declined" | "no_reply" | "other";
            notes?: string | null;
        };
        ParallelProcessResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "criminal_proceedings" | "inquest" | "police_conduct_investigation" | "safeguarding_adults_review" | "child_safeguarding_practice_review" | "mental_health_homicide_review" | "other";
            kindLabel: string;
            reference: string | null;
            /** @enum {string} */
            status: "ongoing" | "concluded";
            /** Format: date */
            nextHearingOn: string | null;
            /** Format: date */
            concludedOn: string | null;
            outcome: string | null;
            notes: string | null;
            version: number;
        };
        ParallelProcessList: {
            items: components["schemas"]["ParallelProcessResponse"][];
        };
        ParallelProcessRequest: {
            /** @enum {string} */
            kind: "criminal_proceedings" | "inquest" | "police_conduct_investigation" | "safeguarding_adults_review" | "child_safeguarding_practice_review" | "mental_health_homicide_review" | "other";
            /** @example Sheffield Crown Court T20267001, or the linked review’s reference */
            reference?: string | null;
            /**
             * Format: date
             * @description the next hearing, which may be in the future
             */
            nextHearingOn?: string | null;
            notes?: string | null;
        };
        UpdateParallelProcessRequest: {
            /** @enum {string} */
            kind?: "criminal_proceedings" | "inquest" | "police_conduct_investigation" | "safeguarding_adults_review" | "child_safeguarding_practice_review" | "mental_health_homicide_review" | "other";
            reference?: string | null;
            /** Format: date */
            nextHearingOn?: string | null;
            notes?: string | null;
        };
        ProcessConclusionRequest: {
            /**
             * Format: date
             * @description not in the future
             */
            concludedOn: string;
            /** @example MA 2 convicted of murder; life imprisonment, minimum term 18 years */
            outcome: string;
        };
        SubmissionDocumentsResponse: {
            /** Format: uuid */
            overviewReport: string | null;
            /** Format: uuid */
            executiveSummary: string | null;
            /** Format: uuid */
            actionPlan: string | null;
            /** Format: uuid */
            signOffLetter: string | null;
        };
        AnonymisationCheckResponse: {
            /** Format: uuid */
            checkedBy: string;
            /** Format: date-time */
            checkedAt: string;
        };
        QaOutcomeResponse: {
            /** @enum {string} */
            outcome: "cleared" | "resubmit";
            /** Format: date */
            outcomeOn: string;
            /** Format: uuid */
            letterDocumentId: string | null;
        };
        SubmissionResponse: {
            /** Format: uuid */
            id: string;
            /** @example 1 */
            versionNumber: number;
            documents: components["schemas"]["SubmissionDocumentsResponse"];
            anonymisationCheck: components["schemas"]["AnonymisationCheckResponse"] | null;
            /**
             * @example [
             *       "executive summary",
             *       "anonymisation check"
             *     ]
             */
            missing: string[];
            /** Format: date */
            sentOn: string | null;
            qa: components["schemas"]["QaOutcomeResponse"] | null;
            version: number;
        };
        SubmissionList: {
            items: components["schemas"]["SubmissionResponse"][];
        };
        SubmissionDocumentsRequest: {
            /**
             * Format: uuid
             * @description the overview report: a document attached to this review; omitted stays, null clears
             */
            overviewReport?: string | null;
            /**
             * Format: uuid
             * @description the executive summary: a document attached to this review; omitted stays, null clears
             */
            executiveSummary?: string | null;
            /**
             * Format: uuid
             * @description the action plan: a document attached to this review; omitted stays, null clears
             */
            actionPlan?: string | null;
            /**
             * Format: uuid
             * @description the CSP sign-off letter: a document attached to this review; omitted stays, null clears
             */
            signOffLetter?: string | null;
        };
        SendSubmissionRequest: {
            /**
             * Format: date
             * @description not in the future, nor before the sign-off
             */
            sentOn: string;
        };
        QaOutcomeRequest: {
            /** @enum {string} */
            outcome: "cleared" | "resubmit";
            /**
             * Format: date
             * @description the date of the QA panel’s letter
             */
            outcomeOn: string;
            /**
             * Format: uuid
             * @description the QA letter, a document attached to this review
             */
            letterDocumentId: string;
        };
        ReviewPolicyResponse: {
            /** @description months from notification to decision (guidance: 1) */
            decisionMonths: number;
            /** @description months from decision to completion (guidance: 6) */
            completionMonths: number;
            /** @description days before a due date that a clock shows as due soon */
            warningDays: number;
            /** @description 0 while the partnership uses the defaults */
            version: number;
        };
        ReviewPolicyRequest: {
            /** @description months from notification to decision (guidance: 1) */
            decisionMonths: number;
            /** @description months from decision to completion (guidance: 6) */
            completionMonths: number;
            /** @description days before a due date that a clock shows as due soon */
            warningDays: number;
        };
        ImrRequestResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reviewId: string;
            reviewReference: string;
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            kind: "imr" | "summary" | "nil_return";
            kindLabel: string;
            /** @enum {string} */
            status: "scoped" | "requested" | "in_progress" | "awaiting_sign_off" | "submitted" | "returned" | "accepted";
            statusLabel: string;
            /** Format: date */
            dueOn: string;
            overdue: boolean;
            /** Format: uuid */
            authorUserId: string;
            /** Format: uuid */
            seniorManagerUserId: string | null;
            termsVersionNumber: number | null;
            /** Format: date */
            requestedOn: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            signedOffAt: string | null;
            /** Format: date-time */
            acceptedAt: string | null;
            version: number;
        };
        ImrRequestList: {
            items: components["schemas"]["ImrRequestResponse"][];
        };
        ScopeAgencyRequest: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            kind: "imr" | "summary" | "nil_return";
            /** Format: date */
            dueOn: string;
            /**
             * Format: uuid
             * @description an IMR author of the agency
             */
            authorUserId: string;
            /**
             * Format: uuid
             * @description a lead officer of the agency; required for a full IMR
             */
            seniorManagerUserId?: string | null;
        };
        CoverageRowResponse: {
            request: components["schemas"]["ImrRequestResponse"];
            answered: number[];
        };
        CoverageResponse: {
            questionNumbers: number[];
            rows: components["schemas"]["CoverageRowResponse"][];
        };
        WorkspaceQuestionResponse: {
            number: number;
            text: string;
            addedInVersion: number;
            /** @description asked by a revision of the terms after the request was sent */
            addedSinceRequest: boolean;
            answer: string | null;
        };
        FindingsResponse: {
            goodPractice: string[];
            lessons: string[];
        };
        RecommendationResponse: {
            recommendation: string;
            lead: string;
            action: string;
            keyMilestone: string | null;
            /** Format: date */
            targetDate: string;
        };
        ChairCommentResponse: {
            section: string;
            comment: string;
        };
        RevisionResponse: {
            revisionNumber: number;
            /** Format: date-time */
            submittedAt: string;
            /** @enum {string|null} */
            outcome: "returned" | "accepted" | null;
            comments: components["schemas"]["ChairCommentResponse"][];
            /** Format: date-time */
            decidedAt: string | null;
        };
        ImrWorkspaceResponse: {
            request: components["schemas"]["ImrRequestResponse"];
            capabilities: ("read" | "author" | "sign_off" | "manage")[];
            termsVersionNumber: number | null;
            questions: components["schemas"]["WorkspaceQuestionResponse"][];
            findings: components["schemas"]["FindingsResponse"];
            recommendations: components["schemas"]["RecommendationResponse"][];
            chronologyEntries: number;
            independenceStatement: string | null;
            revisions: components["schemas"]["RevisionResponse"][];
        };
        UpdateScopeRequest: {
            /** @enum {string} */
            kind?: "imr" | "summary" | "nil_return";
            /** Format: date */
            dueOn?: string;
            /** Format: uuid */
            authorUserId?: string;
            /** Format: uuid */
            seniorManagerUserId?: string | null;
        };
        AnswerRequest: {
            answer: string;
        };
        FindingsRequest: {
            items: string[];
        };
        RecommendationItem: {
            recommendation: string;
            /** @example Safeguarding Adults Lead */
            lead: string;
            action: string;
            keyMilestone?: string | null;
            /** Format: date */
            targetDate: string;
        };
        RecommendationsRequest: {
            items: components["schemas"]["RecommendationItem"][];
        };
        StatementRequest: {
            /** @example I have had no involvement with the people or the services in this review. */
            statement: string;
        };
        CommentRequest: {
            comment: string;
        };
        ChairCommentItem: {
            /** @example question-3 */
            section: string;
            comment: string;
        };
        ReturnRequest: {
            comments: components["schemas"]["ChairCommentItem"][];
        };
        ChronologyEntryResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** @description the date as the service reads it, e.g. "mid-August 2013" */
            date: string;
            /** Format: date */
            earliestOn: string;
            /** Format: date */
            latestOn: string;
            /** @enum {string} */
            precision: "day" | "month" | "season" | "year";
            approximate: boolean;
            sourceReference: string | null;
            subjects: string[];
            event: string;
            actionOutcome: string | null;
            analysis: string | null;
        };
        ChronologyResponse: {
            items: components["schemas"]["ChronologyEntryResponse"][];
            /** @description the IMR request version (its ETag) after the change */
            version: number;
        };
        ChronologyEntryRequest: {
            /** @example mid-August 2013 */
            date: string;
            /** @example Custody record 14/2231 */
            sourceReference?: string | null;
            /**
             * @description pseudonyms of the subjects involved
             * @example [
             *       "MA 1"
             *     ]
             */
            subjects?: string[];
            event: string;
            actionOutcome?: string | null;
            analysis?: string | null;
        };
        ChronologyImportRequest: {
            /**
             * Format: binary
             * @description the chronology as .xlsx (its first sheet) or .csv, laid out as the template; a title above the header is fine
             */
            file: string;
        };
        CombinedEntryResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            requestId: string;
            /** Format: uuid */
            agencyId: string;
            agencyName: string;
            /** @description the date as the service reads it, e.g. "mid-August 2013" */
            date: string;
            /** Format: date */
            earliestOn: string;
            /** Format: date */
            latestOn: string;
            /** @enum {string} */
            precision: "day" | "month" | "season" | "year";
            approximate: boolean;
            /** @description "HH:MM" for a timed entry */
            time: string | null;
            sourceReference: string | null;
            /** @description pseudonyms */
            subjects: string[];
            event: string;
            actionOutcome: string | null;
            analysis: string | null;
            /** @description entries the chair has linked to this one as the same event */
            linkedEntryIds: string[];
        };
        CombinedChronologyResponse: {
            /** Format: uuid */
            reviewId: string;
            /** @example DHR-2026-004 */
            reference: string;
            items: components["schemas"]["CombinedEntryResponse"][];
        };
        ChronologyCheckResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            progress: number;
            entriesChecked: number;
            pairsFound: number;
            /** Format: uuid */
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        DuplicateEntrySummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            agencyName: string;
            date: string;
            event: string;
        };
        DuplicateCandidateResponse: {
            entryA: components["schemas"]["DuplicateEntrySummary"];
            entryB: components["schemas"]["DuplicateEntrySummary"];
            /** @description how alike the two events read, 0 to 1 */
            score: number;
            reasons: string[];
            /**
             * @description the chair’s decision, if made
             * @enum {string|null}
             */
            decision: "linked" | "dismissed" | null;
        };
        LatestChronologyCheckResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            progress: number;
            entriesChecked: number;
            pairsFound: number;
            /** Format: uuid */
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            candidates: components["schemas"]["DuplicateCandidateResponse"][];
        };
        ChronologyLinkRequest: {
            /** Format: uuid */
            entryA: string;
            /** Format: uuid */
            entryB: string;
            /** @enum {string} */
            decision: "linked" | "dismissed";
        };
        ChronologyLinkResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description the lesser of the two ids
             */
            entryA: string;
            /** Format: uuid */
            entryB: string;
            /** @enum {string} */
            decision: "linked" | "dismissed";
            /** Format: uuid */
            decidedBy: string;
        };
        RagResponse: {
            /** @enum {string} */
            rating: "red" | "amber" | "light_green" | "green";
            label: string;
            /** @enum {string} */
            reason: "overdue" | "reported" | "signed_off" | "not_yet_rated" | "completion_awaiting_sign_off";
        };
        ActionSummaryResponse: {
            /** Format: uuid */
            id: string;
            reference: string;
            planSection: string | null;
            description: string;
            /** Format: uuid */
            leadAgencyId: string;
            /** Format: uuid */
            leadOfficerUserId: string | null;
            leadOfficerName: string | null;
            /** @description Who leads it, as a person reads it: the name written, or the assigned account’s name */
            leadOfficer: string | null;
            /** Format: date */
            targetDate: string | null;
            targetToBeAgreed: boolean;
            /** @enum {string} */
            status: "open" | "completion_submitted" | "closed";
            rag: components["schemas"]["RagResponse"];
            /** Format: date */
            lastUpdateOn: string | null;
            /** Format: date */
            completedOn: string | null;
            outcome: string | null;
            rejectionReason: string | null;
            version: number;
        };
        ActionPage: {
            items: components["schemas"]["ActionSummaryResponse"][];
            nextCursor: string | null;
        };
        MilestoneRequest: {
            description: string;
            /** Format: date */
            dueOn?: string | null;
            done: boolean;
        };
        ActionRequest: {
            /** @example 1.8 */
            reference: string;
            /** @example Protect */
            planSection?: string | null;
            description: string;
            /** Format: uuid */
            leadAgencyId: string;
            /** Format: uuid */
            leadOfficerUserId?: string | null;
            /** @example Head of Safeguarding */
            leadOfficerName?: string | null;
            /** Format: date */
            targetDate?: string | null;
            /** @description the target date is to be agreed (shown as such, never as overdue) */
            targetToBeAgreed?: boolean;
            /** @description the recommendations this action answers */
            recommendationIds: string[];
            milestones: components["schemas"]["MilestoneRequest"][];
        };
        ActionRecommendationResponse: {
            /** Format: uuid */
            id: string;
            reference: string;
            text: string;
        };
        MilestoneResponse: {
            /** Format: uuid */
            id: string;
            description: string;
            /** Format: date */
            dueOn: string | null;
            done: boolean;
        };
        ProgressUpdateResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            reportedOn: string;
            /**
             * @description null only for progress imported from a spreadsheet that gave no rating
             * @enum {string|null}
             */
            rag: "red" | "amber" | "light_green" | "green" | null;
            narrative: string;
            /** Format: uuid */
            authorUserId: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        ActionResponse: {
            /** Format: uuid */
            id: string;
            reference: string;
            planSection: string | null;
            description: string;
            /** Format: uuid */
            leadAgencyId: string;
            /** Format: uuid */
            leadOfficerUserId: string | null;
            leadOfficerName: string | null;
            /** @description Who leads it, as a person reads it: the name written, or the assigned account’s name */
            leadOfficer: string | null;
            /** Format: date */
            targetDate: string | null;
            targetToBeAgreed: boolean;
            /** @enum {string} */
            status: "open" | "completion_submitted" | "closed";
            rag: components["schemas"]["RagResponse"];
            /** Format: date */
            lastUpdateOn: string | null;
            /** Format: date */
            completedOn: string | null;
            outcome: string | null;
            rejectionReason: string | null;
            version: number;
            capabilities: ("read" | "update" | "manage")[];
            recommendations: components["schemas"]["ActionRecommendationResponse"][];
            milestones: components["schemas"]["MilestoneResponse"][];
            /** @description newest first; never overwritten */
            updates: components["schemas"]["ProgressUpdateResponse"][];
        };
        ProgressRequest: {
            /** Format: date */
            reportedOn: string;
            /** @enum {string} */
            rag: "red" | "amber" | "light_green" | "green";
            narrative: string;
            /** @description milestones done now, by id */
            milestonesDone?: string[];
        };
        CompletionRequest: {
            /** Format: date */
            completedOn: string;
            outcome: string;
        };
        RejectionRequest: {
            reason: string;
        };
        ThemeResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            active: boolean;
            version: number;
        };
        ThemeList: {
            items: components["schemas"]["ThemeResponse"][];
        };
        ThemeRequest: {
            /** @example Information sharing */
            name: string;
        };
        UpdateThemeRequest: {
            name?: string;
            /** @description false retires the theme from new links */
            active?: boolean;
        };
        LessonResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reviewId: string;
            /** @description 1..n in the order the lessons were added */
            number: number;
            narrative: string;
            statement: string;
            questionNumbers: number[];
            imrRequestIds: string[];
            themeIds: string[];
            version: number;
        };
        LessonList: {
            items: components["schemas"]["LessonResponse"][];
        };
        LessonRequest: {
            /** @description questions of the agreed terms of reference */
            questionNumbers?: number[];
            /** @description IMR requests of the review */
            imrRequestIds?: string[];
            /** @description themes of the partnership */
            themeIds?: string[];
            narrative: string;
            statement: string;
        };
        UpdateLessonRequest: {
            /** @description questions of the agreed terms of reference */
            questionNumbers?: number[];
            /** @description IMR requests of the review */
            imrRequestIds?: string[];
            /** @description themes of the partnership */
            themeIds?: string[];
            narrative?: string;
            statement?: string;
        };
        LearningRecommendationResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sourceId: string;
            /** Format: uuid */
            reviewId: string | null;
            reference: string;
            /** @enum {string} */
            level: "panel" | "single_agency";
            text: string;
            /** @enum {string} */
            scope: "local" | "regional" | "national";
            nationalRecipient: string | null;
            /** Format: date */
            nationalNotifiedOn: string | null;
            /** Format: uuid */
            leadAgencyId: string | null;
            /** Format: date */
            targetDate: string | null;
            targetToBeAgreed: boolean;
            /** Format: uuid */
            imrRequestId: string | null;
            themeIds: string[];
            version: number;
        };
        RecommendationList: {
            items: components["schemas"]["LearningRecommendationResponse"][];
        };
        RecommendationRequest: {
            /** @example Home Office */
            nationalRecipient?: string | null;
            /** Format: date */
            nationalNotifiedOn?: string | null;
            /** Format: uuid */
            leadAgencyId?: string | null;
            /** Format: date */
            targetDate?: string | null;
            /** @description the target date is explicitly "to be agreed" */
            targetToBeAgreed?: boolean;
            /**
             * Format: uuid
             * @description the IMR it came from
             */
            imrRequestId?: string | null;
            themeIds?: string[];
            /** @example 1 */
            reference: string;
            /** @enum {string} */
            level: "panel" | "single_agency";
            text: string;
            /** @enum {string} */
            scope: "local" | "regional" | "national";
        };
        ImrCopyResponse: {
            /** @description how many recommendations this run added (0 when nothing was new) */
            createdCount: number;
            /** @description every recommendation of the review */
            items: components["schemas"]["LearningRecommendationResponse"][];
        };
        SourceResponse: {
            /** Format: uuid */
            id: string;
            key: string;
            name: string;
            /** @enum {string} */
            kind: "review" | "scrutiny_review" | "inspection" | "other_review" | "other";
            /** Format: uuid */
            reviewId: string | null;
            version: number;
        };
        SourceList: {
            items: components["schemas"]["SourceResponse"][];
        };
        SourceRequest: {
            /** @example S */
            key: string;
            /** @example Scrutiny review of domestic abuse services */
            name: string;
            /** @enum {string} */
            kind: "scrutiny_review" | "inspection" | "other_review" | "other";
        };
        RecommendationPage: {
            items: components["schemas"]["LearningRecommendationResponse"][];
            nextCursor: string | null;
        };
        SourceRecommendationRequest: {
            /** @example Home Office */
            nationalRecipient?: string | null;
            /** Format: date */
            nationalNotifiedOn?: string | null;
            /** Format: uuid */
            leadAgencyId?: string | null;
            /** Format: date */
            targetDate?: string | null;
            /** @description the target date is explicitly "to be agreed" */
            targetToBeAgreed?: boolean;
            /**
             * Format: uuid
             * @description the IMR it came from
             */
            imrRequestId?: string | null;
            themeIds?: string[];
            /** @example 1 */
            reference: string;
            /** @enum {string} */
            level: "panel" | "single_agency";
            text: string;
            /** @enum {string} */
            scope: "local" | "regional" | "national";
            /**
             * Format: uuid
             * @description a source other than a review
             */
            sourceId: string;
        };
        UpdateRecommendationRequest: {
            /** @example Home Office */
            nationalRecipient?: string | null;
            /** Format: date */
            nationalNotifiedOn?: string | null;
            /** Format: uuid */
            leadAgencyId?: string | null;
            /** Format: date */
            targetDate?: string | null;
            /** @description the target date is explicitly "to be agreed" */
            targetToBeAgreed?: boolean;
            /**
             * Format: uuid
             * @description the IMR it came from
             */
            imrRequestId?: string | null;
            themeIds?: string[];
            reference?: string;
            /** @enum {string} */
            level?: "panel" | "single_agency";
            text?: string;
            /** @enum {string} */
            scope?: "local" | "regional" | "national";
        };
        LearningDashboardRagCounts: {
            red: number;
            amber: number;
            light_green: number;
            green: number;
        };
        LearningDashboardAgencyRow: {
            /** Format: uuid */
            agencyId: string;
            agencyName: string;
            total: number;
            rag: components["schemas"]["LearningDashboardRagCounts"];
        };
        LearningDashboardThemeRow: {
            /** Format: uuid */
            themeId: string;
            themeName: string;
            /** @description actions answering recommendations with this theme */
            total: number;
            rag: components["schemas"]["LearningDashboardRagCounts"];
        };
        LearningDashboardReviewRow: {
            /** Format: uuid */
            reviewId: string;
            reviewReference: string;
            /** @description actions answering the review’s recommendations that are closed */
            closed: number;
            /** @description actions answering the review’s recommendations */
            total: number;
        };
        LearningDashboardQuarterRow: {
            /** @example Q3 2026 */
            label: string;
            /**
             * Format: date
             * @description first day of the quarter
             */
            start: string;
            /** @description actions signed off in the quarter */
            actionsClosed: number;
            /** @description actions added to the plan in the quarter */
            actionsCreated: number;
            /** @description progress updates dated in the quarter */
            updatesGiven: number;
        };
        LearningDashboardResponse: {
            /** @enum {string} */
            scope: "partnership" | "agency";
            /** Format: uuid */
            agencyId: string | null;
            /** Format: date */
            today: string;
            total: number;
            /** @description actions by effective RAG */
            rag: components["schemas"]["LearningDashboardRagCounts"];
            /** @description incomplete actions past their target date */
            overdue: number;
            byAgency: components["schemas"]["LearningDashboardAgencyRow"][];
            byTheme: components["schemas"]["LearningDashboardThemeRow"][];
            byReview: components["schemas"]["LearningDashboardReviewRow"][];
            /** @description the last 4 calendar quarters, oldest first */
            byQuarter: components["schemas"]["LearningDashboardQuarterRow"][];
        };
        LearningSearchHit: {
            /** @enum {string} */
            kind: "lesson" | "recommendation";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reviewId: string | null;
            reviewReference: string | null;
            /** @description a recommendation’s source key */
            sourceKey: string | null;
            /** @description the lesson’s number, or the recommendation’s reference */
            label: string;
            /** @description the lesson’s statement, or the recommendation’s text */
            text: string;
            narrative: string | null;
            rank: number;
        };
        LearningSearchResponse: {
            items: components["schemas"]["LearningSearchHit"][];
        };
        LearningThemeFrequencyRow: {
            /** Format: uuid */
            themeId: string;
            themeName: string;
            active: boolean;
            /** @description distinct reviews whose lessons or recommendations carry the theme */
            reviews: number;
        };
        LearningThemeFrequencyResponse: {
            items: components["schemas"]["LearningThemeFrequencyRow"][];
        };
        PlanImportUploadForm: {
            /**
             * Format: binary
             * @description The action plan, .xlsx or .csv
             */
            file: string;
            /** @description JSON: field → 1-based column number, replacing the suggested mapping */
            mapping?: string;
            /** @description The key of the source the recommendations come from */
            sourceKey?: string;
            /**
             * Format: uuid
             * @description The review the recommendations come from
             */
            reviewId?: string;
            /**
             * Format: uuid
             * @description The lead agency of rows that name none
             */
            defaultLeadAgencyId?: string;
            /** @description JSON: a lead-agency name in the sheet that is no agency of the partnership → the agency id it stands for */
            agencyAliases?: string;
        };
        PlanImportColumnItem: {
            /** @description 1-based column number */
            number: number;
            /** @description The sheet's heading over the column; empty when none */
            heading: string;
        };
        PlanImportProblemItem: {
            field: string;
            message: string;
        };
        PlanImportRowItem: {
            rowNumber: number;
            /** @enum {string} */
            kind: "action" | "continuation" | "section" | "header" | "footer" | "blank";
            reference: string | null;
            sourceKeys: string[];
            section: string | null;
            description: string;
            recommendation: string;
            leadAgency: string;
            /** Format: uuid */
            leadAgencyId: string | null;
            leadOfficerName: string | null;
            targetText: string;
            /** Format: date */
            targetDate: string | null;
            targetToBeAgreed: boolean;
            milestones: string[];
            progress: string;
            rag: string | null;
            /** Format: date */
            updatedOn: string | null;
            /** @description A cabinet’s or board’s decision on the recommendation (accepted, rejected, deferred) */
            decision: string | null;
            /**
             * @description When the sheet has a scope column
             * @enum {string|null}
             */
            scope: "local" | "regional" | "national" | null;
            /** @description Who a national recommendation goes to */
            nationalRecipient: string | null;
            /** @description The row of the first action answering the same recommendation, written once over several */
            sharesRecommendationOf: number | null;
            continues: number | null;
            errors: components["schemas"]["PlanImportProblemItem"][];
            warnings: components["schemas"]["PlanImportProblemItem"][];
        };
        PlanImportSummaryItem: {
            actions: number;
            continuations: number;
            sections: number;
            errors: number;
            warnings: number;
        };
        PlanImportPreviewResponse: {
            /** @description field → 1-based column number */
            suggestedMapping: {
                [key: string]: number;
            };
            mapping: {
                [key: string]: number;
            };
            columns: components["schemas"]["PlanImportColumnItem"][];
            rows: components["schemas"]["PlanImportRowItem"][];
            summary: components["schemas"]["PlanImportSummaryItem"];
            /** @description Lead-agency names in the sheet that are no agency of the partnership (give agencyAliases) */
            unknownAgencies: string[];
            /** @description The sheet’s lead-agency names given an agency, on this import or remembered from an earlier one: name → agency id */
            agencyAliases: {
                [key: string]: string;
            };
            /** @description A large plan imports as a background job (POST import-jobs) */
            runsAsJob: boolean;
        };
        PlanImportCountsItem: {
            actionsCreated: number;
            actionsUpdated: number;
            actionsUnchanged: number;
            recommendationsCreated: number;
            progressUpdatesAdded: number;
        };
        PlanImportResultResponse: {
            /** @description field → 1-based column number */
            suggestedMapping: {
                [key: string]: number;
            };
            mapping: {
                [key: string]: number;
            };
            columns: components["schemas"]["PlanImportColumnItem"][];
            rows: components["schemas"]["PlanImportRowItem"][];
            summary: components["schemas"]["PlanImportSummaryItem"];
            /** @description Lead-agency names in the sheet that are no agency of the partnership (give agencyAliases) */
            unknownAgencies: string[];
            /** @description The sheet’s lead-agency names given an agency, on this import or remembered from an earlier one: name → agency id */
            agencyAliases: {
                [key: string]: string;
            };
            /** @description A large plan imports as a background job (POST import-jobs) */
            runsAsJob: boolean;
            counts: components["schemas"]["PlanImportCountsItem"];
        };
        PlanImportJobResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            filename: string;
            /** @description Actions to import */
            rowsTotal: number;
            /** @description Actions written so far (in a transaction: none is kept until all are) */
            rowsDone: number;
            /** @description 0 to 100 */
            progress: number;
            counts: components["schemas"]["PlanImportCountsItem"] | null;
            /** @description Why it failed, or why it is being retried */
            problems: components["schemas"]["PlanImportProblemItem"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        PlanAgencyNameItem: {
            /** @description The name as a spreadsheet first wrote it */
            name: string;
            /**
             * Format: uuid
             * @description The agency it stands for
             */
            agencyId: string;
            /** Format: date-time */
            rememberedAt: string;
        };
        PlanAgencyNameList: {
            items: components["schemas"]["PlanAgencyNameItem"][];
        };
        HealthResponse: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            /** @enum {string} */
            database: "ok" | "unavailable";
            /** @enum {string} */
            redis: "ok" | "unavailable";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAuditEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                entityType?: string;
                entityId?: string;
                actorUserId?: string;
                action?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
        };
    };
    getMyPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipResponse"];
                };
            };
        };
    };
    listPartnerships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipList"];
                };
            };
        };
    };
    createPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnershipRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipResponse"];
                };
            };
        };
    };
    listAgencyTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyTypeList"];
                };
            };
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                /** @description include agencies no longer active */
                includeInactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyList"];
                };
            };
        };
    };
    createAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgencyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyResponse"];
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyResponse"];
                };
            };
        };
    };
    updateAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgencyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyResponse"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInResponse"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                role?: "system_admin" | "partnership_coordinator" | "csp_chair" | "independent_chair" | "panel_member" | "imr_author" | "lead_officer";
                agencyId?: string;
                status?: "invited" | "active" | "deactivated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    createCoordinator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCoordinatorRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    listMailbox: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxPage"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query: {
                /** @description the kind of record the document is attached to, e.g. agency */
                ownerType: string;
                /** @description the id of that record */
                ownerId: string;
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPage"];
                };
            };
        };
    };
    uploadDocument: {
        parameters: {
            query: {
                /** @description the kind of record the document is attached to, e.g. agency */
                ownerType: string;
                /** @description the id of that record */
                ownerId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DocumentUploadRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, with its content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    downloadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
        };
    };
    listReviews: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description one or more stages, comma-separated */
                status?: ("notified" | "declined" | "setting_up" | "evidence_gathering" | "drafting" | "consultation" | "signed_off" | "submitted" | "cleared" | "published" | "closed" | "transferred")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewSummaryList"];
                };
            };
        };
    };
    notifyReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNotificationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    decideReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    recordHomeOfficeInformed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HomeOfficeInformedRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    appointChair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointChairRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    declareChairIndependence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndependenceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    moveReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    signOffReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    transferReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    publishReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    explainBreach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreachReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    pauseReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PauseRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    resumeReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    recordFamilyInvolvement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FamilyInvolvementRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    listSubjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectList"];
                };
            };
        };
    };
    addSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectResponse"];
                };
            };
        };
    };
    updateSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubjectRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectResponse"];
                };
            };
        };
    };
    readSubjectIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectIdentityResponse"];
                };
            };
        };
    };
    recordSubjectIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectIdentityRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listPanelMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMemberList"];
                };
            };
        };
    };
    addPanelMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PanelMemberRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMemberResponse"];
                };
            };
        };
    };
    updatePanelMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePanelMemberRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMemberResponse"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMeetingList"];
                };
            };
        };
    };
    recordMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PanelMeetingRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMeetingResponse"];
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMeetingResponse"];
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePanelMeetingRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMeetingResponse"];
                };
            };
        };
    };
    listTermsOfReference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsOfReferenceList"];
                };
            };
        };
    };
    startTermsDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TermsOfReferenceRequest"];
            };
        };
        responses: {
            /** @description the first draft, or a revision copied from the latest agreed version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsOfReferenceResponse"];
                };
            };
        };
    };
    getTermsVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsOfReferenceResponse"];
                };
            };
        };
    };
    updateTermsDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TermsOfReferenceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsOfReferenceResponse"];
                };
            };
        };
    };
    agreeTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementRequest"];
            };
        };
        responses: {
            /** @description the version, now agreed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsOfReferenceResponse"];
                };
            };
        };
    };
    listFamilyContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyContactList"];
                };
            };
        };
    };
    recordFamilyContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FamilyContactRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyContactResponse"];
                };
            };
        };
    };
    listParallelProcesses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParallelProcessList"];
                };
            };
        };
    };
    addParallelProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParallelProcessRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParallelProcessResponse"];
                };
            };
        };
    };
    updateParallelProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateParallelProcessRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParallelProcessResponse"];
                };
            };
        };
    };
    concludeParallelProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcessConclusionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParallelProcessResponse"];
                };
            };
        };
    };
    listSubmissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionList"];
                };
            };
        };
    };
    startSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"];
                };
            };
        };
    };
    setSubmissionDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionDocumentsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"];
                };
            };
        };
    };
    recordAnonymisationCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"];
                };
            };
        };
    };
    sendSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendSubmissionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    recordQaOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QaOutcomeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    getReviewPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPolicyResponse"];
                };
            };
        };
    };
    setReviewPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewPolicyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPolicyResponse"];
                };
            };
        };
    };
    listImrRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrRequestList"];
                };
            };
        };
    };
    scopeAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScopeAgencyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrRequestResponse"];
                };
            };
        };
    };
    imrCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageResponse"];
                };
            };
        };
    };
    listMyImrRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrRequestList"];
                };
            };
        };
    };
    getImr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    changeImrRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScopeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    sendImrRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    saveImrAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                questionNumber: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    saveImrGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    saveImrLessons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    saveImrRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    saveImrIndependenceStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    submitImr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    signOffImr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    declineImrSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    returnImr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    acceptImr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrWorkspaceResponse"];
                };
            };
        };
    };
    listChronologyEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChronologyResponse"];
                };
            };
        };
    };
    addChronologyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChronologyEntryRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChronologyResponse"];
                };
            };
        };
    };
    removeChronologyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChronologyResponse"];
                };
            };
        };
    };
    changeChronologyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChronologyEntryRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChronologyResponse"];
                };
            };
        };
    };
    downloadChronologyTemplate: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chronology template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    importChronology: {
        parameters: {
            query?: {
                /** @description append: add the rows to the chronology; replace: they replace the agency's entries */
                mode?: "append" | "replace";
            };
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ChronologyImportRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChronologyResponse"];
                };
            };
        };
    };
    combinedChronology: {
        parameters: {
            query?: {
                /** @description only this agency’s entries */
                agencyId?: string;
                /** @description only entries naming this subject (pseudonym) */
                subject?: string;
                /** @description only entries whose dates can fall on or after this day */
                from?: string | null;
                /** @description only entries whose dates can fall on or before this day */
                to?: string | null;
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CombinedChronologyResponse"];
                };
            };
        };
    };
    exportChronology: {
        parameters: {
            query: {
                /** @description only this agency’s entries */
                agencyId?: string;
                /** @description only entries naming this subject (pseudonym) */
                subject?: string;
                /** @description only entries whose dates can fall on or after this day */
                from?: string | null;
                /** @description only entries whose dates can fall on or before this day */
                to?: string | null;
                format: "csv" | "xlsx" | "docx";
            };
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
        };
    };
    requestDuplicateCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChronologyCheckResponse"];
                };
            };
        };
    };
    latestDuplicateCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestChronologyCheckResponse"];
                };
            };
        };
    };
    decideChronologyLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChronologyLinkRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChronologyLinkResponse"];
                };
            };
        };
    };
    listActions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                agencyId?: string;
                reviewId?: string;
                leadOfficerUserId?: string;
                rag?: "red" | "amber" | "light_green" | "green";
                status?: "open" | "completion_submitted" | "closed";
                dueFrom?: string;
                dueTo?: string;
                /** @description Part of the lead officer’s name */
                leadOfficer?: string;
                /** @description plan: by section, then reference (the default); target: soonest first; rag: Red first; updated: never updated, then oldest update, first */
                sort?: "plan" | "target" | "rag" | "updated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
        };
    };
    createAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
        };
    };
    getAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
        };
    };
    changeAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
        };
    };
    reportProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
        };
    };
    submitActionCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
        };
    };
    approveActionCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
        };
    };
    rejectActionCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
        };
    };
    listThemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeList"];
                };
            };
        };
    };
    createTheme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeResponse"];
                };
            };
        };
    };
    updateTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                themeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateThemeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeResponse"];
                };
            };
        };
    };
    listLessons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonList"];
                };
            };
        };
    };
    addLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LessonRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonResponse"];
                };
            };
        };
    };
    updateLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLessonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonResponse"];
                };
            };
        };
    };
    listReviewRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationList"];
                };
            };
        };
    };
    addReviewRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningRecommendationResponse"];
                };
            };
        };
    };
    copyImrRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImrCopyResponse"];
                };
            };
        };
    };
    listRecommendationSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                };
            };
        };
    };
    addRecommendationSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
                };
            };
        };
    };
    listSourceRecommendations: {
        parameters: {
            query: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description the source (a review, scrutiny review, inspection...) */
                sourceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationPage"];
                };
            };
        };
    };
    addSourceRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceRecommendationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningRecommendationResponse"];
                };
            };
        };
    };
    getRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningRecommendationResponse"];
                };
            };
        };
    };
    updateRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecommendationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningRecommendationResponse"];
                };
            };
        };
    };
    exportActionPlan: {
        parameters: {
            query: {
                format: "xlsx" | "csv" | "docx";
                agencyId?: string;
                reviewId?: string;
                leadOfficerUserId?: string;
                rag?: "red" | "amber" | "light_green" | "green";
                status?: "open" | "completion_submitted" | "closed";
                dueFrom?: string;
                dueTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
        };
    };
    learningDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningDashboardResponse"];
                };
            };
        };
    };
    searchLearning: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningSearchResponse"];
                };
            };
        };
    };
    themeFrequency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningThemeFrequencyResponse"];
                };
            };
        };
    };
    previewActionPlanImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PlanImportUploadForm"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanImportPreviewResponse"];
                };
            };
        };
    };
    importActionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PlanImportUploadForm"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanImportResultResponse"];
                };
            };
        };
    };
    startActionPlanImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PlanImportUploadForm"];
            };
        };
        responses: {
            /** @description Queued; follow Location for progress */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanImportJobResponse"];
                };
            };
        };
    };
    getActionPlanImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanImportJobResponse"];
                };
            };
        };
    };
    listPlanAgencyNames: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanAgencyNameList"];
                };
            };
        };
    };
    forgetPlanAgencyName: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Forgotten: the next import asks which agency the name stands for */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus metrics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    openQueueDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
