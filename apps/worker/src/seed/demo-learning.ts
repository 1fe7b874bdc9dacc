import { Injectable, Logger } from '@nestjs/common';
import { DocumentService } from '@dhr/documents';
import {
  ActionService,
  LessonService,
  ProgressService,
  RecommendationService,
  ThemeService,
} from '@dhr/learning';
import { PartnershipActor, Role } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { AgencyId, UserId } from '@dhr/platform-domain';
import { demoPdf } from './demo-documents';
import { ACTIONS, DemoAction } from './demo-action-plan';
import { LESSONS, RECOMMENDATIONS, SCRUTINY_SOURCE, THEMES, ThemeName } from './demo-learning-data';
import { DemoPublishedReviewSeeder } from './demo-published-review';
import { asOf, DemoDirectory } from './demo-review';

/**
 * The partnership's learning (demo-learning-data.ts, demo-action-plan.ts): its themes; the lessons and
 * recommendations of its published review, DHR-2025-001; a scrutiny review's recommendations; and the action
 * plan that answers them, with milestones, dated progress updates, evidence and sign-off. Everything goes
 * through the learning and review services, as the people themselves would act: the review's chair records its
 * lessons and recommendations, the coordinator keeps the plan, the two lead officers who sign in give their
 * agencies' updates and the coordinator enters the others'. It runs in one transaction, so an interrupted seed
 * leaves nothing behind; and not at all once the partnership has a recommendation source (what exists is left
 * alone).
 */
@Injectable()
export class DemoLearningSeeder {
  private readonly logger = new Logger(DemoLearningSeeder.name);

  constructor(
    private readonly db: Db,
    private readonly publishedReview: DemoPublishedReviewSeeder,
    private readonly themes: ThemeService,
    private readonly lessons: LessonService,
    private readonly recommendations: RecommendationService,
    private readonly actions: ActionService,
    private readonly progress: ProgressService,
    private readonly documents: DocumentService,
  ) {}

  async seed(system: PartnershipActor, people: DemoDirectory): Promise<void> {
    const coordinator = actorOf(system, people.user('coordinator@rotherham.demo'), [
      'partnership_coordinator',
    ]);
    if ((await this.recommendations.listSources(coordinator)).length > 0) return;
    const reference = await this.db.transaction(async () => {
      const review = await this.publishedReview.seed(coordinator, people);
      const chair = actorOf(system, people.user('chair@rotherham.demo'), ['independent_chair']);
      const themeIds = await this.ensureThemes(coordinator);
      const themed = (names: ThemeName[]) => names.map((name) => themeIds.get(name) as string);
      for (const lesson of LESSONS) {
        await this.lessons.add(chair, review.id, {
          narrative: lesson.narrative,
          statement: lesson.statement,
          questionNumbers: lesson.questionNumbers,
          imrRequestIds: [],
          themeIds: themed(lesson.themes),
        });
      }
      const scrutiny = await this.recommendations.addSource(coordinator, SCRUTINY_SOURCE);
      const recommendationIds = new Map<string, string>();
      for (const item of RECOMMENDATIONS) {
        const details = {
          reference: item.reference,
          level: item.level,
          text: item.text,
          scope: item.national ? ('national' as const) : ('local' as const),
          nationalRecipient: item.national?.recipient ?? null,
          nationalNotifiedOn: item.national?.notifiedOn ?? null,
          leadAgencyId: people.agency(item.leadAgency),
          targetDate: item.targetDate,
          targetToBeAgreed: item.targetDate === null,
          themeIds: themed(item.themes),
        };
        const recommendation =
          item.source === 'review'
            ? await this.recommendations.addToReview(chair, review.id, details)
            : await this.recommendations.addToSource(coordinator, scrutiny.id, details);
        recommendationIds.set(item.reference, recommendation.id);
      }
      for (const action of ACTIONS) {
        await this.seedAction(system, coordinator, people, action, (reference) => {
          const id = recommendationIds.get(reference);
          if (!id)
            throw new Error(`Demo action ${action.reference} answers "${reference}", which is not defined`);
          return id;
        });
      }
      return review.reference;
    });
    this.logger.log(
      `Demo learning ready: ${reference} published, ${LESSONS.length} lessons, ${RECOMMENDATIONS.length} recommendations, ${ACTIONS.length} actions`,
    );
  }

  /** The partnership's themes, by name: those it lacks are added, those it has are kept. */
  private async ensureThemes(coordinator: PartnershipActor): Promise<Map<ThemeName, string>> {
    const existing = new Map(
      (await this.themes.list(coordinator)).map((theme) => [theme.name.toLowerCase(), theme.id]),
    );
    const ids = new Map<ThemeName, string>();
    for (const name of THEMES) {
      ids.set(name, existing.get(name.toLowerCase()) ?? (await this.themes.create(coordinator, name)).id);
    }
    return ids;
  }

  private async seedAction(
    system: PartnershipActor,
    coordinator: PartnershipActor,
    people: DemoDirectory,
    item: DemoAction,
    recommendation: (reference: string) => string,
  ): Promise<void> {
    const leadAgencyId = people.agency(item.leadAgency);
    const officerId = 'email' in item.leadOfficer ? people.user(item.leadOfficer.email) : null;
    let action = await this.actions.create(coordinator, {
      reference: item.reference,
      planSection: item.planSection,
      description: item.description,
      leadAgencyId,
      leadOfficerUserId: officerId,
      leadOfficerName: 'name' in item.leadOfficer ? item.leadOfficer.name : null,
      targetDate: item.targetDate,
      targetToBeAgreed: item.targetDate === null,
      recommendationIds: item.answers.map(recommendation),
      milestones: item.milestones,
    });
    // a lead officer who signs in reports for their agency; the coordinator enters the others' updates
    const reporter = officerId ? actorOf(system, officerId, ['lead_officer'], leadAgencyId) : coordinator;
    for (const update of item.updates) {
      action = await this.progress.report(reporter, action.id, action.version, update);
    }
    if (!item.completion) return;
    const { completedOn, outcome, evidence, signedOffOn } = item.completion;
    await this.documents.upload(
      reporter,
      { type: 'action', id: action.id },
      demoPdf(`${evidence}.pdf`, evidence, [
        `Evidence for action ${item.reference} of the Safer Rotherham Partnership action plan.`,
        outcome,
        'A demo document.',
      ]),
    );
    action = await this.progress.submitCompletion(reporter, action.id, action.version, completedOn, outcome);
    // signed off as of its day, so the plan's history shows when each action closed
    if (signedOffOn) await this.progress.approve(coordinator, action.id, action.version, asOf(signedOffOn));
  }
}

/** The actor of a demo user, for the services to check and audit as they would that person. */
function actorOf(
  system: PartnershipActor,
  userId: UserId,
  roles: Role[],
  agencyId: AgencyId | null = null,
): PartnershipActor {
  return { ...system, userId, roles, agencyId };
}
