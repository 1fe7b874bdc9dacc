import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * One fresh database and one Redis key prefix per test run, on the machine's real PostgreSQL and Redis.
 * Unit tests need neither, so a run of unit tests alone creates nothing.
 */
export default async function globalSetup(config: { selectProjects?: string[] | null }): Promise<void> {
  const projects = config.selectProjects;
  if (projects && projects.every((p) => p === 'unit')) return;
  const adminUrl = process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `dhr_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env['DATABASE_URL'] = url.toString();
  process.env['TEST_DATABASE_NAME'] = name;
  process.env['QUEUE_PREFIX'] = `dhr-test-${name}`;
  process.env['REDIS_URL'] ??= 'redis://127.0.0.1:6379';
  process.env['NODE_ENV'] = 'test';
  // the suite signs in from one address many times a minute; rate-limit.e2e-spec.ts tests the limit itself
  process.env['SIGN_IN_RATE_LIMIT'] ??= '100000';
  process.env['LOG_LEVEL'] ??= 'warn';
  process.env['DATA_DIR'] ??= `/tmp/${name}`;
  // migrations run from the test files (under an advisory lock, once): Jest's module mapping applies there
}
