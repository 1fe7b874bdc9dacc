import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * natural_sort_key(text): a key that sorts references and section titles as people read them ("1.2" before
 * "1.10", "Priority 2" before "Priority 10"): every run of digits padded to 12, the rest lower-cased. Compare
 * keys with COLLATE "C". Immutable, so it may be indexed if the plan ever needs it.
 */
export class NaturalSortKey1764633600000 implements MigrationInterface {
  name = 'NaturalSortKey1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION natural_sort_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(
          CASE WHEN m.part[1] ~ '^[0-9]' AND length(m.part[1]) <= 12 THEN lpad(m.part[1], 12, '0')
               ELSE lower(m.part[1]) END,
          '' ORDER BY m.n), '')
        FROM regexp_matches(value, '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS m(part, n)
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION natural_sort_key(text)`);
  }
}
