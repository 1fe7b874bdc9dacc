import { Redis } from 'ioredis';
import { Client } from 'pg';

/**
 * Drops the run's database, the databases its tests made for themselves (see fresh-database.ts) and its Redis
 * keys. KEEP_TEST_DATABASE=1 keeps them for a post-mortem.
 */
export default async function globalTeardown(): Promise<void> {
  const name = process.env['TEST_DATABASE_NAME'];
  if (!name || process.env['KEEP_TEST_DATABASE'] === '1') return;
  const admin = new Client({
    connectionString: process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await admin.connect();
  const own: { datname: string }[] = (
    await admin.query(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [
      name,
      `${name}\\_%`,
    ])
  ).rows;
  for (const { datname } of own) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  // test files may add a suffix to the run's prefix for keys of their own
  const keys = await redis.keys(`${process.env['QUEUE_PREFIX']}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}
