import { MigrationInterface, QueryRunner } from 'typeorm';

/** The names a partnership's spreadsheets give its agencies ("WP"), remembered from one import to the next. */
export class PlanAgencyNames1764806400000 implements MigrationInterface {
  name = 'PlanAgencyNames1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_agency_name" ("partnership_id" uuid NOT NULL, "name_key" character varying(200) NOT NULL, "name" character varying(200) NOT NULL, "agency_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_969ea2eb334715c1c54696b132a" PRIMARY KEY ("partnership_id", "name_key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "plan_agency_name"`);
  }
}
