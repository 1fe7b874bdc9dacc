import { MigrationInterface, QueryRunner } from 'typeorm';

/** The alerts sent for review clocks due soon or overdue, keyed so that each is sent once. */
export class ReviewClockAlerts1764201600000 implements MigrationInterface {
  name = 'ReviewClockAlerts1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_clock_alert" ("review_id" uuid NOT NULL, "clock" character varying(20) NOT NULL, "state" character varying(20) NOT NULL, "due_on" date NOT NULL, "partnership_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07ccea1d9f178460de2d518718e" PRIMARY KEY ("review_id", "clock", "state", "due_on"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "review_clock_alert"`);
  }
}
