import { MigrationInterface, QueryRunner } from 'typeorm';

/** Large action plans imported in the background: the file until imported, the choices, progress and outcome. */
export class PlanImportJobs1764547200000 implements MigrationInterface {
  name = 'PlanImportJobs1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_import_job" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" character varying(20) NOT NULL, "filename" character varying(255) NOT NULL, "content" bytea, "options" jsonb NOT NULL, "rows_total" integer NOT NULL, "rows_done" integer NOT NULL, "counts" jsonb, "problems" jsonb, "requested_by" uuid NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_49544b813d8601f477a9a2c78a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_plan_import_job_partnership" ON "plan_import_job"  ("partnership_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "plan_import_job"`);
  }
}
