import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateDatabase } from '@dhr/platform-database';

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

const adminUrl = () =>
  process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function asAdmin(sql: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A migrated database of its own, for a test that scans a whole table (the outbox relay) and so must not see
 * rows that other test files write to the run's shared database at the same time. Named after the run's
 * database, so global-teardown drops it even if the test never gets to.
 */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const run = process.env['TEST_DATABASE_NAME'];
  if (!run) throw new Error('No test database: run through Jest, whose global-setup creates one');
  const name = `${run}_${label.replace(/[^a-z0-9]/g, '')}_${randomBytes(3).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  return { url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
