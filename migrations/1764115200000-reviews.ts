import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviews: the case record (notification, decision, chair, dates), pseudonymised subjects and their sealed
 * identities, pauses, panel and meetings, versioned terms of reference, family contacts, parallel processes,
 * Home Office submissions, per-partnership clock policy and reference counters.
 */
export class Reviews1764115200000 implements MigrationInterface {
  name = 'Reviews1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_clock_policy" ("partnership_id" uuid NOT NULL, "decision_months" integer NOT NULL, "completion_months" integer NOT NULL, "warning_days" integer NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_d8ccdcc14a2ebcddd22964ecaf0" PRIMARY KEY ("partnership_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "family_contact" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "person" character varying(200) NOT NULL, "relationship" character varying(100) NOT NULL, "channel" character varying(20) NOT NULL, "contacted_on" date NOT NULL, "outcome" character varying(20) NOT NULL, "notes" text, "recorded_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eb72ef2c8b245e1dd39210caffc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_family_contact_review" ON "family_contact"("partnership_id", "review_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "submission" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version_number" integer NOT NULL, "overview_report_document_id" uuid, "executive_summary_document_id" uuid, "action_plan_document_id" uuid, "sign_off_letter_document_id" uuid, "anonymisation_checked_by" uuid, "anonymisation_checked_at" TIMESTAMP WITH TIME ZONE, "sent_on" date, "qa_outcome" character varying(20), "qa_outcome_on" date, "qa_letter_document_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_submission_version" ON "submission"("partnership_id", "review_id", "version_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_subject" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "pseudonym" character varying(50) NOT NULL, "role" character varying(20) NOT NULL, "sex" character varying(40), "ethnicity" character varying(100), "age_band" character varying(20), "relationship_to_victim" character varying(100), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a070be5c277a5403d133ae0987" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_review_subject_pseudonym" ON "review_subject"("partnership_id", "review_id", "pseudonym")`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_pause" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "reason" character varying(40) NOT NULL, "note" text, "parallel_process_id" uuid, "paused_on" date NOT NULL, "revisit_on" date NOT NULL, "resumed_on" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b698a8ef66ea26b453e3e16c6cc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_review_pause_review" ON "review_pause"("partnership_id", "review_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "panel_member" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "agency_id" uuid, "organisation" character varying(200), "job_title" character varying(200), "panel_role" character varying(30) NOT NULL, "user_id" uuid, "joined_on" date NOT NULL, "left_on" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_52e42d0948ead17bf9f132091fa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_panel_member_review" ON "panel_member"("partnership_id", "review_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "review" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "reference" character varying(30) NOT NULL, "review_type" character varying(10) NOT NULL, "status" character varying(30) NOT NULL, "notified_on" date NOT NULL, "notified_by" character varying(200) NOT NULL, "notifying_agency_id" uuid, "police_force" character varying(200), "date_of_death" date, "relationship" character varying(40) NOT NULL, "suspected_suicide" boolean NOT NULL, "circumstances" text, "decision" character varying(20), "decided_on" date, "decision_maker" character varying(200), "decision_rationale" text, "home_office_informed_on" date, "chair_user_id" uuid, "chair_appointed_on" date, "author_user_id" uuid, "chair_independence_statement" text, "chair_independence_declared_at" TIMESTAMP WITH TIME ZONE, "breach_reason" character varying(40), "breach_note" text, "signed_off_on" date, "signed_off_by" character varying(200), "first_submitted_on" date, "family_advocacy_offered_on" date, "family_draft_shared_on" date, "family_pseudonym_note" text, "published_on" date, "publication_url" character varying(500), "family_told_publication_on" date, "removal_review_on" date, "transferred_to" character varying(200), "status_note" text, "status_changed_on" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_review_partnership_status" ON "review"("partnership_id", "status")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_review_reference" ON "review"("partnership_id", "reference")`,
    );
    await queryRunner.query(
      `CREATE TABLE "subject_identity" ("subject_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "sealed" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e16a71cb1ee54905a2d8f480824" PRIMARY KEY ("subject_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "parallel_process" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "reference" character varying(200), "status" character varying(20) NOT NULL, "next_hearing_on" date, "concluded_on" date, "outcome" text, "notes" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa30c7ef948a07efe8271e2fd29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_parallel_process_review" ON "parallel_process"("partnership_id", "review_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "panel_meeting" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "held_on" date NOT NULL, "attendee_ids" uuid array NOT NULL, "decisions" text array NOT NULL, "notes" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f7a99df93a492842e0a33437664" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_panel_meeting_review" ON "panel_meeting"("partnership_id", "review_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "terms_of_reference" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "review_id" uuid NOT NULL, "version_number" integer NOT NULL, "status" character varying(20) NOT NULL, "purpose" text NOT NULL, "period_from" jsonb NOT NULL, "period_to" jsonb NOT NULL, "agency_ids" uuid array NOT NULL, "questions" jsonb NOT NULL, "equality_and_diversity" text, "family_involvement" text, "parallel_processes" text, "revision_note" text, "agreed_on" date, "agreed_at_meeting_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a448e4da92d7e87e827f2601ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_terms_of_reference_version" ON "terms_of_reference"("partnership_id", "review_id", "version_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_reference_counter" ("partnership_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_abb093c3ffb4350570b8d31d629" PRIMARY KEY ("partnership_id", "year"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "review_reference_counter"`);
    await queryRunner.query(`DROP TABLE "terms_of_reference"`);
    await queryRunner.query(`DROP TABLE "panel_meeting"`);
    await queryRunner.query(`DROP TABLE "parallel_process"`);
    await queryRunner.query(`DROP TABLE "subject_identity"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP TABLE "panel_member"`);
    await queryRunner.query(`DROP TABLE "review_pause"`);
    await queryRunner.query(`DROP TABLE "review_subject"`);
    await queryRunner.query(`DROP TABLE "submission"`);
    await queryRunner.query(`DROP TABLE "family_contact"`);
    await queryRunner.query(`DROP TABLE "review_clock_policy"`);
  }
}
