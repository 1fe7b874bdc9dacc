import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { RagRating } from '../domain/rag';
import { effectiveRagSql, overdueSql } from './rag.sql';

export interface DashboardScope {
  partnershipId: PartnershipId;
  /** null: the whole partnership's plan */
  agencyId: AgencyId | null;
  today: string;
}

export type RagCounts = Record<RagRating, number>;

export interface AgencyCounts {
  agencyId: string;
  agencyName: string;
  total: number;
  rag: RagCounts;
}

export interface ThemeCounts {
  themeId: string;
  themeName: string;
  total: number;
  rag: RagCounts;
}

export interface ReviewCompletion {
  reviewId: string;
  reviewReference: string;
  closed: number;
  total: number;
}

export interface QuarterRange {
  /** first day of the quarter */
  start: string;
  /** first day of the next quarter (exclusive) */
  end: string;
}

export interface QuarterChange {
  start: string;
  actionsClosed: number;
  actionsCreated: number;
  updatesGiven: number;
}

export interface SearchHit {
  kind: 'lesson' | 'recommendation';
  id: string;
  reviewId: string | null;
  reviewReference: string | null;
  sourceKey: string | null;
  /** the lesson's number, or the recommendation's reference */
  label: string;
  /** the lesson's statement, or the recommendation's text */
  text: string;
  /** the lesson's narrative (null for a recommendation) */
  narrative: string | null;
  leadAgencyId: string | null;
  rank: number;
}

export interface ThemeFrequency {
  themeId: string;
  themeName: string;
  active: boolean;
  reviews: number;
}

export interface ExportExtras {
  recommendations: Map<string, { sourceKey: string; reference: string; text: string }[]>;
  milestones: Map<string, { description: string; dueOn: string | null; done: boolean }[]>;
  latestUpdate: Map<string, { narrative: string; reportedOn: string }>;
  agencyNames: Map<string, string>;
  userNames: Map<string, string>;
}

const RAG_COLUMNS = `count(DISTINCT s.id) FILTER (WHERE s.rag = 'red')::int AS red,
  count(DISTINCT s.id) FILTER (WHERE s.rag = 'amber')::int AS amber,
  count(DISTINCT s.id) FILTER (WHERE s.rag = 'light_green')::int AS light_green,
  count(DISTINCT s.id) FILTER (WHERE s.rag = 'green')::int AS green,
  count(DISTINCT s.id)::int AS total`;

type RagRow = Record<RagRating | 'total', number>;

/**
 * Read-only aggregates over the action plan and the partnership's lessons and recommendations: the learning
 * dashboard, its full-text search and theme frequency, and the extra columns of the plan export. Every query
 * is scoped by partnership (and, for a lead officer, by agency) in its WHERE clause.
 */
@Injectable()
export class LearningDashboardRepository {
  constructor(private readonly db: Db) {}

  /** The actions in scope with their effective RAG and whether overdue, as a CTE named `s`; params $1..$3. */
  private scoped(): string {
    return `WITH s AS (
      SELECT a.*, ${effectiveRagSql('$3')} AS rag, ${overdueSql('$3')} AS overdue
      FROM action a
      WHERE a.partnership_id = $1 AND ($2::uuid IS NULL OR a.lead_agency_id = $2::uuid)
    )`;
  }

  private params(scope: DashboardScope): unknown[] {
    return [scope.partnershipId, scope.agencyId, scope.today];
  }

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.db.manager.query(sql, params) as Promise<T[]>;
  }

  /** Each action's effective RAG as SQL computes it (for checking the CASE against the domain). */
  async ratings(scope: DashboardScope): Promise<Map<string, string>> {
    const rows = await this.query<{ id: string; rag: string }>(
      `${this.scoped()} SELECT s.id, s.rag FROM s`,
      this.params(scope),
    );
    return new Map(rows.map((row) => [row.id, row.rag]));
  }

  async totals(scope: DashboardScope): Promise<{ rag: RagCounts; total: number; overdue: number }> {
    const [row] = await this.query<RagRow & { overdue: number }>(
      `${this.scoped()} SELECT ${RAG_COLUMNS}, count(*) FILTER (WHERE s.overdue)::int AS overdue FROM s`,
      this.params(scope),
    );
    return { rag: ragOf(row), total: row?.total ?? 0, overdue: row?.overdue ?? 0 };
  }

  async byAgency(scope: DashboardScope): Promise<AgencyCounts[]> {
    const rows = await this.query<RagRow & { agency_id: string; agency_name: string | null }>(
      `${this.scoped()}
       SELECT s.lead_agency_id AS agency_id, ag.name AS agency_name, ${RAG_COLUMNS}
       FROM s LEFT JOIN agency ag ON ag.id = s.lead_agency_id AND ag.partnership_id = s.partnership_id
       GROUP BY s.lead_agency_id, ag.name
       ORDER BY ag.name, s.lead_agency_id`,
      this.params(scope),
    );
    return rows.map((row) => ({
      agencyId: row.agency_id,
      agencyName: row.agency_name ?? '',
      total: row.total,
      rag: ragOf(row),
    }));
  }

  /** Actions by the themes of the recommendations they answer; an action counts once per theme. */
  async byTheme(scope: DashboardScope): Promise<ThemeCounts[]> {
    const rows = await this.query<RagRow & { theme_id: string; theme_name: string }>(
      `${this.scoped()}
       SELECT t.id AS theme_id, t.name AS theme_name, ${RAG_COLUMNS}
       FROM s
       JOIN action_recommendation ar ON ar.action_id = s.id AND ar.partnership_id = s.partnership_id
       JOIN recommendation r ON r.id = ar.recommendation_id AND r.partnership_id = s.partnership_id
       CROSS JOIN LATERAL unnest(r.theme_ids) AS th(theme_id)
       JOIN learning_theme t ON t.id = th.theme_id AND t.partnership_id = s.partnership_id
       GROUP BY t.id, t.name
       ORDER BY count(DISTINCT s.id) DESC, t.name`,
      this.params(scope),
    );
    return rows.map((row) => ({
      themeId: row.theme_id,
      themeName: row.theme_name,
      total: row.total,
      rag: ragOf(row),
    }));
  }

  /** For each review: of the actions answering its recommendations, how many are closed. */
  async completionByReview(scope: DashboardScope): Promise<ReviewCompletion[]> {
    const rows = await this.query<{ review_id: string; reference: string; closed: number; total: number }>(
      `${this.scoped()}
       SELECT rv.id AS review_id, rv.reference,
         count(DISTINCT s.id) FILTER (WHERE s.status = 'closed')::int AS closed,
         count(DISTINCT s.id)::int AS total
       FROM s
       JOIN action_recommendation ar ON ar.action_id = s.id AND ar.partnership_id = s.partnership_id
       JOIN recommendation r ON r.id = ar.recommendation_id AND r.partnership_id = s.partnership_id
       JOIN review rv ON rv.id = r.review_id AND rv.partnership_id = s.partnership_id
       GROUP BY rv.id, rv.reference
       ORDER BY rv.reference`,
      this.params(scope),
    );
    return rows.map((row) => ({
      reviewId: row.review_id,
      reviewReference: row.reference,
      closed: row.closed,
      total: row.total,
    }));
  }

  /**
   * Per quarter: actions closed (signed off) in it, actions created in it, progress updates dated in it.
   * Instants are read as UTC days, like `todayIn`.
   */
  async changeByQuarter(scope: DashboardScope, quarters: QuarterRange[]): Promise<QuarterChange[]> {
    const rows = await this.query<{ start: string; closed: number; created: number; updates: number }>(
      `${this.scoped()}
       SELECT to_char(q.start, 'YYYY-MM-DD') AS start,
         (SELECT count(*) FROM s WHERE s.status = 'closed' AND s.closed_at IS NOT NULL
            AND (s.closed_at AT TIME ZONE 'UTC')::date >= q.start
            AND (s.closed_at AT TIME ZONE 'UTC')::date < q.finish)::int AS closed,
         (SELECT count(*) FROM s WHERE (s.created_at AT TIME ZONE 'UTC')::date >= q.start
            AND (s.created_at AT TIME ZONE 'UTC')::date < q.finish)::int AS created,
         (SELECT count(*) FROM progress_update pu JOIN s ON s.id = pu.action_id
            WHERE pu.partnership_id = $1 AND pu.reported_on >= q.start AND pu.reported_on < q.finish)::int AS updates
       FROM unnest($4::date[], $5::date[]) AS q(start, finish)
       ORDER BY q.start`,
      [...this.params(scope), quarters.map((q) => q.start), quarters.map((q) => q.end)],
    );
    return rows.map((row) => ({
      start: row.start,
      actionsClosed: row.closed,
      actionsCreated: row.created,
      updatesGiven: row.updates,
    }));
  }

  /**
   * Lessons (narrative and statement) and recommendations (text) matching a web-search style query
   * (`websearch_to_tsquery('english', q)`), best ranked first.
   */
  async search(partnershipId: PartnershipId, q: string, limit: number): Promise<SearchHit[]> {
    const rows = await this.query<{
      kind: 'lesson' | 'recommendation';
      id: string;
      review_id: string | null;
      review_reference: string | null;
      source_key: string | null;
      label: string;
      text: string;
      narrative: string | null;
      lead_agency_id: string | null;
      rank: number;
    }>(
      `WITH q AS (SELECT websearch_to_tsquery('english', $2) AS query)
       SELECT * FROM (
         SELECT 'lesson' AS kind, l.id, l.review_id, rv.reference AS review_reference, NULL::text AS source_key,
           l.number::text AS label, l.statement AS text, l.narrative, NULL::uuid AS lead_agency_id,
           ts_rank(to_tsvector('english', l.narrative || ' ' || l.statement), q.query)::float8 AS rank
         FROM lesson l
         JOIN review rv ON rv.id = l.review_id AND rv.partnership_id = l.partnership_id
         CROSS JOIN q
         WHERE l.partnership_id = $1
           AND to_tsvector('english', l.narrative || ' ' || l.statement) @@ q.query
         UNION ALL
         SELECT 'recommendation', r.id, r.review_id, rv.reference, rs.key, r.reference, r.text, NULL,
           r.lead_agency_id, ts_rank(to_tsvector('english', r.text), q.query)::float8
         FROM recommendation r
         LEFT JOIN review rv ON rv.id = r.review_id AND rv.partnership_id = r.partnership_id
         LEFT JOIN recommendation_source rs ON rs.id = r.source_id AND rs.partnership_id = r.partnership_id
         CROSS JOIN q
         WHERE r.partnership_id = $1 AND to_tsvector('english', r.text) @@ q.query
       ) hits
       ORDER BY rank DESC, review_reference NULLS LAST, kind, label, id
       LIMIT $3`,
      [partnershipId, q, limit],
    );
    return rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      reviewId: row.review_id,
      reviewReference: row.review_reference,
      sourceKey: row.source_key,
      label: row.label,
      text: row.text,
      narrative: row.narrative,
      leadAgencyId: row.lead_agency_id,
      rank: Number(row.rank),
    }));
  }

  /** For each theme, the distinct reviews whose lessons or recommendations carry it, most frequent first. */
  async themeFrequency(partnershipId: PartnershipId): Promise<ThemeFrequency[]> {
    const rows = await this.query<{ theme_id: string; name: string; active: boolean; reviews: number }>(
      `SELECT t.id AS theme_id, t.name, t.active, count(DISTINCT x.review_id)::int AS reviews
       FROM learning_theme t
       LEFT JOIN (
         SELECT l.review_id, unnest(l.theme_ids) AS theme_id FROM lesson l WHERE l.partnership_id = $1
         UNION
         SELECT r.review_id, unnest(r.theme_ids) FROM recommendation r
           WHERE r.partnership_id = $1 AND r.review_id IS NOT NULL
       ) x ON x.theme_id = t.id
       WHERE t.partnership_id = $1
       GROUP BY t.id, t.name, t.active
       HAVING t.active OR count(DISTINCT x.review_id) > 0
       ORDER BY reviews DESC, t.name`,
      [partnershipId],
    );
    return rows.map((row) => ({
      themeId: row.theme_id,
      themeName: row.name,
      active: row.active,
      reviews: row.reviews,
    }));
  }

  /** What the export shows beside each action: its recommendations, milestones, latest update and names. */
  async exportExtras(
    partnershipId: PartnershipId,
    actionIds: string[],
    agencyIds: string[],
    userIds: string[],
  ): Promise<ExportExtras> {
    const recommendations = await this.query<{
      action_id: string;
      key: string | null;
      reference: string;
      text: string;
    }>(
      `SELECT ar.action_id, rs.key, r.reference, r.text
       FROM action_recommendation ar
       JOIN recommendation r ON r.id = ar.recommendation_id AND r.partnership_id = ar.partnership_id
       LEFT JOIN recommendation_source rs ON rs.id = r.source_id AND rs.partnership_id = r.partnership_id
       WHERE ar.partnership_id = $1 AND ar.action_id = ANY($2::uuid[])
       ORDER BY ar.action_id, rs.key, r.reference, r.id`,
      [partnershipId, actionIds],
    );
    const milestones = await this.query<{
      action_id: string;
      description: string;
      due_on: string | null;
      done: boolean;
    }>(
      `SELECT action_id, description, to_char(due_on, 'YYYY-MM-DD') AS due_on, done FROM action_milestone
       WHERE partnership_id = $1 AND action_id = ANY($2::uuid[]) ORDER BY action_id, position`,
      [partnershipId, actionIds],
    );
    const updates = await this.query<{ action_id: string; narrative: string; reported_on: string }>(
      `SELECT DISTINCT ON (action_id) action_id, narrative, to_char(reported_on, 'YYYY-MM-DD') AS reported_on
       FROM progress_update WHERE partnership_id = $1 AND action_id = ANY($2::uuid[])
       ORDER BY action_id, reported_on DESC, created_at DESC, id DESC`,
      [partnershipId, actionIds],
    );
    const agencies = await this.query<{ id: string; name: string }>(
      `SELECT id, name FROM agency WHERE partnership_id = $1 AND id = ANY($2::uuid[])`,
      [partnershipId, agencyIds],
    );
    const users = await this.query<{ id: string; display_name: string }>(
      `SELECT id, display_name FROM app_user WHERE partnership_id = $1 AND id = ANY($2::uuid[])`,
      [partnershipId, userIds],
    );
    return {
      recommendations: groupBy(recommendations, (row) => ({
        sourceKey: row.key ?? '',
        reference: row.reference,
        text: row.text,
      })),
      milestones: groupBy(milestones, (row) => ({
        description: row.description,
        dueOn: row.due_on,
        done: row.done,
      })),
      latestUpdate: new Map(
        updates.map((row) => [row.action_id, { narrative: row.narrative, reportedOn: row.reported_on }]),
      ),
      agencyNames: new Map(agencies.map((row) => [row.id, row.name])),
      userNames: new Map(users.map((row) => [row.id, row.display_name])),
    };
  }
}

function ragOf(row: RagRow | undefined): RagCounts {
  return {
    red: row?.red ?? 0,
    amber: row?.amber ?? 0,
    light_green: row?.light_green ?? 0,
    green: row?.green ?? 0,
  };
}

function groupBy<R extends { action_id: string }, T>(rows: R[], map: (row: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.action_id) ?? [];
    group.push(map(row));
    groups.set(row.action_id, group);
  }
  return groups;
}
