import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, ConfigError, loadConfig } from '@dhr/platform-config';
import { migrateDatabase } from '@dhr/platform-database';
import { DemoSeeder } from './seed/demo-seeder';
import { WorkerModule } from './worker.module';

const USAGE = `Usage: node dist/apps/worker/main.js [command]
  run (default)   migrate, then process jobs, relay the outbox and run the schedules
  migrate         run pending database migrations and exit
  seed            load the demo partnerships and users (development only; idempotent) and exit
  create-admin <email> <name>   create a system administrator; the password is read from ADMIN_PASSWORD`;

async function main(): Promise<void> {
  const config = loadConfig();
  const [command = 'run', ...args] = process.argv.slice(2);
  switch (command) {
    case 'migrate': {
      const applied = await migrateDatabase(config.databaseUrl);
      console.log(
        applied.length ? `Applied migrations: ${applied.join(', ')}` : 'The database is up to date.',
      );
      return;
    }
    case 'run':
      await migrateDatabase(config.databaseUrl);
      await startWorker(config);
      return;
    case 'seed':
      if (config.environment === 'production') throw new Error('Demo data is never loaded in production.');
      await oneOff(config, (app) => app.get(DemoSeeder).seed());
      return;
    case 'create-admin': {
      const [email, name] = args;
      const password = process.env['ADMIN_PASSWORD'];
      if (!email || !name || !password) throw new Error(USAGE);
      await oneOff(config, (app) => app.get(DemoSeeder).createSystemAdmin(email, name, password));
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

async function startWorker(config: AppConfig): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, true), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
}

async function oneOff(
  config: AppConfig,
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<void>,
): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, false), {
    logger: ['error', 'warn'],
  });
  try {
    await work(app);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
