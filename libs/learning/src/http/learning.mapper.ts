import { Lesson, Recommendation, RecommendationSource, Theme } from '../domain/learning-records';
import {
  LessonResponse,
  LearningRecommendationResponse,
  SourceResponse,
  ThemeResponse,
} from './dto/learning.dto';

export function toThemeResponse(theme: Theme): ThemeResponse {
  return { id: theme.id, name: theme.name, active: theme.active, version: theme.version };
}

export function toLessonResponse(lesson: Lesson): LessonResponse {
  return {
    id: lesson.id,
    reviewId: lesson.reviewId,
    number: lesson.number,
    narrative: lesson.narrative,
    statement: lesson.statement,
    questionNumbers: lesson.questionNumbers,
    imrRequestIds: lesson.imrRequestIds,
    themeIds: lesson.themeIds,
    version: lesson.version,
  };
}

export function toRecommendationResponse(r: Recommendation): LearningRecommendationResponse {
  return {
    id: r.id,
    sourceId: r.sourceId,
    reviewId: r.reviewId,
    reference: r.reference,
    level: r.level,
    text: r.text,
    scope: r.scope,
    nationalRecipient: r.nationalRecipient,
    nationalNotifiedOn: r.nationalNotifiedOn,
    leadAgencyId: r.leadAgencyId,
    targetDate: r.targetDate,
    targetToBeAgreed: r.targetToBeAgreed,
    imrRequestId: r.imrRequestId,
    themeIds: r.themeIds,
    version: r.version,
  };
}

export function toSourceResponse(source: RecommendationSource): SourceResponse {
  return {
    id: source.id,
    key: source.key,
    name: source.name,
    kind: source.kind,
    reviewId: source.reviewId,
    version: source.version,
  };
}
