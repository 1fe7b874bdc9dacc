// `npm start`: the whole system on one machine, with demo data. Builds, starts PostgreSQL (embedded when
// DATABASE_URL is unset) and Redis if needed, migrates, seeds, runs the worker and the api, and prints
// where to sign in. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { ensurePostgres, ensureRedis } from './lib/infrastructure.mjs';
import { build, run } from './lib/run.mjs';

const log = (message) => console.log(`[start] ${message}`);
const port = Number(process.env.PORT ?? 3000);
const stops = [];
const children = [];
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)),
  );
  for (const stop of stops.reverse()) await stop().catch(() => {});
  process.exit(code);
}

function launch(name, args, env) {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) =>
    stream.on('data', (chunk) => out.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `)));
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.once('exit', (code) => {
    if (!stopping) {
      log(`${name} stopped (${code}); stopping everything`);
      void stopAll(1);
    }
  });
  children.push(child);
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('The api did not become healthy within a minute');
}

async function main() {
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  await build();
  const postgres = await ensurePostgres(log);
  stops.push(postgres.stop);
  const redis = await ensureRedis(log);
  stops.push(redis.stop);
  const env = { ...process.env, DATABASE_URL: postgres.url, REDIS_URL: redis.url, PORT: String(port) };
  await run(process.execPath, ['dist/apps/worker/main.js', 'migrate'], env);
  await run(process.execPath, ['dist/apps/worker/main.js', 'seed'], env);
  launch('worker', ['dist/apps/worker/main.js', 'run'], env);
  launch('api', ['dist/apps/api/main.js'], env);
  await waitForHealth();
  const { DEMO_SIGN_INS, DEMO_PASSWORD } = await import('./lib/demo-sign-ins.mjs');
  console.log(`
  DHR case management is running.

    Web app        http://localhost:${port}/
    API docs       http://localhost:${port}/api/docs
    Health         http://localhost:${port}/api/health

  Demo sign-ins (password for all: ${DEMO_PASSWORD})
${DEMO_SIGN_INS.map(([role, email]) => `    ${role.padEnd(38)} ${email}`).join('\n')}

  Emails (such as set-password links) appear in the worker log and on the Mailbox page. Ctrl-C stops everything.
`);
}

main().catch((error) => {
  console.error(`[start] ${error.message}`);
  void stopAll(1);
});
