import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { AgencyService } from '@dhr/partnerships';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { givenPartnership, signIn, TestPartnership } from './scenario';
import { TestApi } from './test-app';

export type PlanImportProblem = { field: string; message: string };

/** A row of an action plan's preview, as the API gives it. */
export type PlanImportRow = {
  rowNumber: number;
  kind: string;
  reference: string | null;
  section: string | null;
  recommendation: string;
  description: string;
  leadAgencyId: string | null;
  leadOfficerName: string | null;
  targetDate: string | null;
  targetToBeAgreed: boolean;
  milestones: string[];
  rag: string | null;
  updatedOn: string | null;
  continues: number | null;
  errors: PlanImportProblem[];
  warnings: PlanImportProblem[];
};

/** The preview row of the sheet's row n. */
export const rowOf = (rows: PlanImportRow[]) => (n: number) => rows.find((row) => row.rowNumber === n)!;

/** The fields problems name. */
export const fieldsOf = (problems: PlanImportProblem[]) => problems.map((problem) => problem.field);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The agencies the plans of test/fixtures/action-plans/variant-* name, by their short names. */
const VARIANT_AGENCIES = [
  ['CCG', 'Wyvern Clinical Commissioning Group'],
  ['WCC', 'Wyvern County Council'],
  ['WHT', 'Wyvern Hospitals NHS Trust'],
  ['WP', 'Wyvern Police'],
  ['WWA', 'Wyvern Women’s Aid'],
  ['WH', 'Wyvern Housing'],
  ['CSP', 'Wyvern Community Safety Partnership'],
  ['NPS', 'National Probation Service'],
  ['RMBC', 'Rotherham Metropolitan Borough Council'],
] as const;

/** A partnership ready to import the variant plans, and its coordinator's ways to import and to look. */
export interface PlanVariants {
  partnership: TestPartnership;
  /** the agencies the plans name, by short name */
  agency: Record<string, AgencyId>;
  /** Previews (`/preview`) or imports (``) the file as the coordinator, with the form fields given. */
  post: (path: string, content: Buffer, filename: string, fields?: Record<string, string>) => Test;
  /** The source's actions by reference (fingerprinted ones by their description's start). */
  actions: (sourceKey: string) => Promise<Record<string, string | boolean | null>[]>;
  milestones: (actionId: unknown) => Promise<{ description: string; due_on: string | null; done: boolean }[]>;
  updates: (actionId: unknown) => Promise<{ reported_on: string; rag: string; narrative: string }[]>;
}

/**
 * A fresh partnership knowing every agency the variant plans name (Wyvern's, the National Probation Service,
 * Rotherham MBC), its coordinator signed in, and the recommendation sources given ([key, name], kind `other`).
 */
export async function givenPlanVariants(
  api: TestApi,
  label: string,
  sources: [key: string, name: string][],
): Promise<PlanVariants> {
  const a = await givenPartnership(api, label);
  const actor = inPartnership(systemActor(a.id as PartnershipId, 'test-plan-import-variants'));
  const agencies = api.app.get(AgencyService);
  const agency: Record<string, AgencyId> = {};
  for (const [shortName, name] of VARIANT_AGENCIES) {
    agency[shortName] = (await agencies.create(actor, { name, shortName, type: 'other' })).id;
  }
  const coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
  for (const [key, name] of sources) {
    await api.http
      .post('/api/v1/recommendation-sources')
      .set('authorization', coordinator)
      .send({ key, name, kind: 'other' })
      .expect(201);
  }
  const db = () => api.app.get(DataSource);
  return {
    partnership: a,
    agency,
    post: (path, content, filename, fields = {}) => {
      let request = api.http.post(`/api/v1/action-plan/imports${path}`).set('authorization', coordinator);
      for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
      return request.attach('file', content, {
        filename,
        contentType: filename.endsWith('.xlsx') ? XLSX : 'text/csv',
      });
    },
    actions: async (sourceKey) =>
      (await db().query(
        `SELECT a.id, a.reference, a.plan_section, a.description, a.lead_agency_id, a.lead_officer_name,
                a.target_date::text AS target_date, a.target_to_be_agreed, a.reported_rag,
                a.last_update_on::text AS last_update_on, a.status, r.text AS recommendation
           FROM action a
           JOIN action_recommendation ar ON ar.action_id = a.id AND ar.partnership_id = a.partnership_id
           JOIN recommendation r ON r.id = ar.recommendation_id
           JOIN recommendation_source s ON s.id = r.source_id
          WHERE a.partnership_id = $1 AND s.key = $2
          ORDER BY a.reference`,
        [a.id, sourceKey],
      )) as Record<string, string | boolean | null>[],
    milestones: async (actionId) =>
      (await db().query(
        `SELECT description, due_on::text AS due_on, done FROM action_milestone
          WHERE partnership_id = $1 AND action_id = $2 ORDER BY position`,
        [a.id, actionId],
      )) as { description: string; due_on: string | null; done: boolean }[],
    updates: async (actionId) =>
      (await db().query(
        `SELECT reported_on::text AS reported_on, rag, narrative FROM progress_update
          WHERE partnership_id = $1 AND action_id = $2 ORDER BY reported_on`,
        [a.id, actionId],
      )) as { reported_on: string; rag: string; narrative: string }[],
  };
}
