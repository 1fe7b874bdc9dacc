import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning: the partnership's themes, lessons of each review, recommendation sources and recommendations, and
 * the action plan (actions, the recommendations they answer, milestones, progress updates, quarterly requests).
 */
export class Learning1764460800000 implements MigrationInterface {
  name = 'Learning1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "action_milestone" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_id" uuid NOT NULL, "position" integer NOT NULL, "description" text NOT NULL, "due_on" date, "done" boolean NOT NULL, CONSTRAINT "PK_39f35e702e4433d1a79add63c4a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_action_milestone_action" ON "action_milestone"("partnership_id", "action_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_theme" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(100) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_2d2b5ce7c656258b694aea1a8f2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_learning_theme_name" ON "learning_theme"("partnership_id", "name")`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_update" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_id" uuid NOT NULL, "reported_on" date NOT NULL, "rag" character varying(20) NOT NULL, "narrative" text NOT NULL, "author_user_id" uuid, CONSTRAINT "PK_5ac3567b3caf930f1bad30796f8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_progress_update_action" ON "progress_update"("partnership_id", "action_id", "reported_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "recommendation_source" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" character varying(30) NOT NULL, "name" character varying(300) NOT NULL, "kind" character varying(20) NOT NULL, "review_id" uuid, CONSTRAINT "PK_56768bfa17786b169cc781d0e31" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_recommendation_source_key" ON "recommendation_source"("partnership_id", "key")`,
    );
    await queryRunner.query(
      `CREATE TABLE "recommendation" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "source_id" uuid NOT NULL, "review_id" uuid, "reference" character varying(30) NOT NULL, "level" character varying(20) NOT NULL, "text" text NOT NULL, "scope" character varying(20) NOT NULL, "national_recipient" character varying(200), "national_notified_on" date, "lead_agency_id" uuid, "target_date" date, "target_to_be_agreed" boolean NOT NULL DEFAULT false, "imr_request_id" uuid, "theme_ids" uuid array NOT NULL, CONSTRAINT "PK_17cb51984a6627ef2ce7370e23c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_recommendation_review" ON "recommendation"("partnership_id", "review_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_recommendation_source" ON "recommendation"("partnership_id", "source_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "review_id" uuid NOT NULL, "number" integer NOT NULL, "narrative" text NOT NULL, "statement" text NOT NULL, "question_numbers" integer array NOT NULL, "imr_request_ids" uuid array NOT NULL, "theme_ids" uuid array NOT NULL, CONSTRAINT "PK_0ef25918f0237e68696dee455bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_lesson_number" ON "lesson"("partnership_id", "review_id", "number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_recommendation" ("action_id" uuid NOT NULL, "recommendation_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, CONSTRAINT "PK_d07501d92ec3cbe69b7cc19c8a5" PRIMARY KEY ("action_id", "recommendation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "action" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reference" character varying(30) NOT NULL, "plan_section" character varying(200), "description" text NOT NULL, "lead_agency_id" uuid NOT NULL, "lead_officer_user_id" uuid, "lead_officer_name" character varying(200), "target_date" date, "target_to_be_agreed" boolean NOT NULL DEFAULT false, "status" character varying(30) NOT NULL, "reported_rag" character varying(20), "last_update_on" date, "completed_on" date, "outcome" text, "closed_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" text, CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_action_target" ON "action"("partnership_id", "target_date")`);
    await queryRunner.query(
      `CREATE INDEX "ix_action_agency" ON "action"("partnership_id", "lead_agency_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_update_request" ("action_id" uuid NOT NULL, "quarter" character varying(10) NOT NULL, "partnership_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63c18b353f03504f72849dfb746" PRIMARY KEY ("action_id", "quarter"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "action_update_request"`);
    await queryRunner.query(`DROP TABLE "action"`);
    await queryRunner.query(`DROP TABLE "action_recommendation"`);
    await queryRunner.query(`DROP TABLE "lesson"`);
    await queryRunner.query(`DROP TABLE "recommendation"`);
    await queryRunner.query(`DROP TABLE "recommendation_source"`);
    await queryRunner.query(`DROP TABLE "progress_update"`);
    await queryRunner.query(`DROP TABLE "learning_theme"`);
    await queryRunner.query(`DROP TABLE "action_milestone"`);
  }
}
