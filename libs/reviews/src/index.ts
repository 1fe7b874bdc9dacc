export * from './reviews.module';
export * from './application/review-notification.service';
export * from './application/review-decision.service';
export * from './application/review-lifecycle.service';
export * from './application/review.queries';
export * from './application/subject.service';
export * from './domain/review';
