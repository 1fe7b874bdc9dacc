import { MigrationInterface, QueryRunner } from 'typeorm';

/** The duplicate checks of a review's combined chronology: each run, its progress, and the pairs it found. */
export class ChronologyChecks1764374400000 implements MigrationInterface {
  name = 'ChronologyChecks1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "chronology_check" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" character varying(20) NOT NULL, "progress" integer NOT NULL, "entries_checked" integer NOT NULL, "pairs_found" integer NOT NULL, "requested_by" uuid NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bc5c54156aabd5af7869e11cc5d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_chronology_check_review" ON "chronology_check"("partnership_id", "review_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "chronology_duplicate" ("check_id" uuid NOT NULL, "entry_a" uuid NOT NULL, "entry_b" uuid NOT NULL, "score" double precision NOT NULL, "reasons" text array NOT NULL, CONSTRAINT "PK_3fcc56faaeb773353997c8b7a1b" PRIMARY KEY ("check_id", "entry_a", "entry_b"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "chronology_duplicate"`);
    await queryRunner.query(`DROP TABLE "chronology_check"`);
  }
}
