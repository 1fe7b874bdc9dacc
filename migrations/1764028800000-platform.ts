import { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform: tenants and agencies, identity and sessions, audit trail, outbox, email, idempotency. */
export class Platform1764028800000 implements MigrationInterface {
  name = 'Platform1764028800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL, "partnership_id" uuid, "actor_user_id" uuid NOT NULL, "action" character varying(100) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" uuid NOT NULL, "before" jsonb, "after" jsonb, "request_id" character varying(64) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_entity" ON "audit_event" ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_partnership" ON "audit_event" ("partnership_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership" ("id" uuid NOT NULL, "name" character varying(200) NOT NULL, "reference_prefix" character varying(12) NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b00c101c386322ecde5ee3ea45e" UNIQUE ("name"), CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agency" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "short_name" character varying(30), "type" character varying(40) NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_agency_partnership_name" ON "agency" ("partnership_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL, "partnership_id" uuid, "agency_id" uuid, "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "job_title" character varying(200), "roles" text array NOT NULL, "status" character varying(20) NOT NULL, "password_hash" text, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_app_user_partnership" ON "app_user" ("partnership_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "login_session" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), CONSTRAINT "PK_705d252226d51c48c6368d52855" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_login_session_user" ON "login_session" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL, "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_session" ON "refresh_token" ("session_id") `);
    await queryRunner.query(
      `CREATE TABLE "password_token" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_207f5644a9050a7450fa999270c" UNIQUE ("token_hash"), CONSTRAINT "PK_4b36905cda55c809d6c39cb74f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_password_token_user" ON "password_token" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "email_message" ("id" uuid NOT NULL, "partnership_id" uuid, "to_address" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "body" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, "delivered_by" character varying(20), CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_email_message_partnership" ON "email_message" ("partnership_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" uuid NOT NULL, "partnership_id" uuid, "job_name" character varying(100) NOT NULL, "payload_version" integer NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_message_pending" ON "outbox_message" ("created_at") WHERE processed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_record" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "key" character varying(255) NOT NULL, "fingerprint" character(64) NOT NULL, "status_code" integer NOT NULL, "response_body" jsonb, "etag" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0dc165e218120167e4a55dcc8d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_idempotency_record_user_key" ON "idempotency_record" ("user_id", "key") `,
    );
    // the audit trail is append-only: not even the application's own database user may rewrite history
    await queryRunner.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TABLE "email_message"`);
    await queryRunner.query(`DROP TABLE "password_token"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "login_session"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "agency"`);
    await queryRunner.query(`DROP TABLE "partnership"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
