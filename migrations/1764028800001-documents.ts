import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents attached to records: metadata here, bytes on disk or in S3. */
export class Documents1764028800001 implements MigrationInterface {
  name = 'Documents1764028800001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "owner_type" character varying(40) NOT NULL, "owner_id" uuid NOT NULL, "filename" character varying(200) NOT NULL, "content_type" character varying(120) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_document_owner" ON "document" ("partnership_id", "owner_type", "owner_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
