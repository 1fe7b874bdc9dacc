import { PartnershipId } from '@dhr/platform-domain';
import { Db } from '@dhr/platform-database';
import { In, ObjectLiteral } from 'typeorm';
import { ActionMilestoneEntity } from './action-milestone.entity';
import { ActionRecommendationEntity } from './action-recommendation.entity';
import { ActionEntity } from './action.entity';
import { ProgressUpdateEntity } from './progress-update.entity';
import { RecommendationEntity } from './recommendation.entity';

/** Rows go to PostgreSQL a few hundred at a time, well inside its limit on parameters. */
const CHUNK = 400;

type Row<T> = Omit<T, 'createdAt'>;

/** The columns of an action an import may change. */
const ACTION_COLUMNS = [
  'reference',
  'planSection',
  'description',
  'leadAgencyId',
  'leadOfficerName',
  'targetDate',
  'targetToBeAgreed',
  'reportedRag',
  'lastUpdateOn',
  'version',
] as const;

/** The columns of a recommendation an import may change. */
const RECOMMENDATION_COLUMNS = [
  'text',
  'leadAgencyId',
  'targetDate',
  'targetToBeAgreed',
  'scope',
  'nationalRecipient',
  'nationalNotifiedOn',
  'version',
] as const;

/**
 * What an import has decided to write and not yet written: records are kept (and changed) in memory and go to
 * the database together, many rows to a statement, when the writer flushes. New records are inserted as they
 * stand at the flush; records that were there already are updated once, with their final values.
 */
export class PendingWrites {
  private readonly newActions = new Map<string, ActionEntity>();
  private readonly changedActions = new Map<string, ActionEntity>();
  private readonly newRecommendations = new Map<string, RecommendationEntity>();
  private readonly changedRecommendations = new Map<string, RecommendationEntity>();
  private links: Row<ActionRecommendationEntity>[] = [];
  /** By action: its milestones replace those it has. */
  private readonly milestones = new Map<string, Row<ActionMilestoneEntity>[]>();
  private updates: Row<ProgressUpdateEntity>[] = [];

  constructor(
    private readonly db: Db,
    private readonly partnershipId: PartnershipId,
  ) {}

  addAction(action: ActionEntity): void {
    this.newActions.set(action.id, action);
  }

  /** An action changed in memory; written at the flush (inserted, if it is new). */
  changeAction(action: ActionEntity): void {
    if (!this.newActions.has(action.id)) this.changedActions.set(action.id, action);
  }

  addRecommendation(recommendation: RecommendationEntity): void {
    this.newRecommendations.set(recommendation.id, recommendation);
  }

  changeRecommendation(recommendation: RecommendationEntity): void {
    if (!this.newRecommendations.has(recommendation.id)) {
      this.changedRecommendations.set(recommendation.id, recommendation);
    }
  }

  addLink(link: Row<ActionRecommendationEntity>): void {
    this.links.push(link);
  }

  replaceMilestones(actionId: string, milestones: Row<ActionMilestoneEntity>[]): void {
    this.milestones.set(actionId, milestones);
  }

  addUpdate(update: Row<ProgressUpdateEntity>): void {
    this.updates.push(update);
  }

  /** Writes everything pending, in the caller's transaction, and starts afresh. */
  async flush(): Promise<void> {
    const partnershipId = this.partnershipId;
    await this.insert(ActionEntity, [...this.newActions.values()]);
    await this.insert(RecommendationEntity, [...this.newRecommendations.values()]);
    for (const action of this.changedActions.values()) {
      await this.db
        .repository(ActionEntity)
        .update({ partnershipId, id: action.id }, pick(action, ACTION_COLUMNS));
    }
    for (const recommendation of this.changedRecommendations.values()) {
      await this.db
        .repository(RecommendationEntity)
        .update({ partnershipId, id: recommendation.id }, pick(recommendation, RECOMMENDATION_COLUMNS));
    }
    await this.insert(ActionRecommendationEntity, this.links);
    const replaced = [...this.milestones.keys()];
    for (let start = 0; start < replaced.length; start += CHUNK) {
      await this.db
        .repository(ActionMilestoneEntity)
        .delete({ partnershipId, actionId: In(replaced.slice(start, start + CHUNK)) });
    }
    await this.insert(ActionMilestoneEntity, [...this.milestones.values()].flat());
    await this.insert(ProgressUpdateEntity, this.updates);
    this.newActions.clear();
    this.changedActions.clear();
    this.newRecommendations.clear();
    this.changedRecommendations.clear();
    this.links = [];
    this.milestones.clear();
    this.updates = [];
  }

  private async insert<T extends ObjectLiteral>(
    entity: new () => T,
    rows: readonly Partial<T>[],
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += CHUNK) {
      await this.db.repository(entity).insert(rows.slice(start, start + CHUNK) as never);
    }
  }
}

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}
