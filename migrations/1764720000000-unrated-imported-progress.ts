import { MigrationInterface, QueryRunner } from 'typeorm';

/** Progress imported from a spreadsheet that gave no RAG rating is kept, without one. */
export class UnratedImportedProgress1764720000000 implements MigrationInterface {
  name = 'UnratedImportedProgress1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_update" ALTER COLUMN "rag" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "progress_update" WHERE "rag" IS NULL`);
    await queryRunner.query(`ALTER TABLE "progress_update" ALTER COLUMN "rag" SET NOT NULL`);
  }
}
