import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IMRs: what each agency is asked for (request), its answers by question of the terms of reference, good
 * practice and lessons, proposed recommendations, every submitted revision, its chronology, and the chair's
 * decisions on likely duplicate entries.
 */
export class Imr1764288000000 implements MigrationInterface {
  name = 'Imr1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "imr_answer" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "question_number" integer NOT NULL, "answer" text NOT NULL, CONSTRAINT "PK_e3300177ceb8b66abd78ad2fa11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_imr_answer_question" ON "imr_answer"("partnership_id", "request_id", "question_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "imr_revision" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "revision_number" integer NOT NULL, "content" jsonb NOT NULL, "submitted_by" uuid NOT NULL, "outcome" character varying(20), "chair_comments" jsonb NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_62064554d5fe76f831d805a9734" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_imr_revision_number" ON "imr_revision"("partnership_id", "request_id", "revision_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "chronology_entry" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "occurred" jsonb NOT NULL, "date_text" character varying(100) NOT NULL, "earliest_on" date NOT NULL, "latest_on" date NOT NULL, "source_reference" character varying(200), "subjects" text array NOT NULL, "event" text NOT NULL, "action_outcome" text, "analysis" text, CONSTRAINT "PK_75dcf22d728bddb1a252bc45598" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_chronology_entry_request" ON "chronology_entry"("partnership_id", "request_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_chronology_entry_review" ON "chronology_entry"("partnership_id", "review_id", "earliest_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "chronology_link" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "entry_a" uuid NOT NULL, "entry_b" uuid NOT NULL, "decision" character varying(20) NOT NULL, "decided_by" uuid NOT NULL, CONSTRAINT "PK_19ea0e853f2cf71575918df80ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_chronology_link_pair" ON "chronology_link"("partnership_id", "entry_a", "entry_b")`,
    );
    await queryRunner.query(
      `CREATE TABLE "imr_request" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "agency_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "status" character varying(30) NOT NULL, "due_on" date NOT NULL, "author_user_id" uuid NOT NULL, "senior_manager_user_id" uuid, "terms_version_number" integer, "requested_on" date, "independence_statement" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "signed_off_by" uuid, "signed_off_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ec009c98bb32dad703d5de66eca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_imr_request_agency" ON "imr_request"("partnership_id", "agency_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_imr_request_agency" ON "imr_request"("partnership_id", "review_id", "agency_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "imr_recommendation" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "position" integer NOT NULL, "recommendation" text NOT NULL, "lead" character varying(200) NOT NULL, "action" text NOT NULL, "key_milestone" text, "target_date" date NOT NULL, CONSTRAINT "PK_d71887af996bc6d7d4a34baf348" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_imr_recommendation_request" ON "imr_recommendation"("partnership_id", "request_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "imr_finding" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_314b98b5a93fa1750b06b80b8c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_imr_finding_request" ON "imr_finding"("partnership_id", "request_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "imr_finding"`);
    await queryRunner.query(`DROP TABLE "imr_recommendation"`);
    await queryRunner.query(`DROP TABLE "imr_request"`);
    await queryRunner.query(`DROP TABLE "chronology_link"`);
    await queryRunner.query(`DROP TABLE "chronology_entry"`);
    await queryRunner.query(`DROP TABLE "imr_revision"`);
    await queryRunner.query(`DROP TABLE "imr_answer"`);
  }
}
